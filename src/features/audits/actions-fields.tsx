import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { addMonths, addWeeks, type IsoDate } from '@/domain/calendar/iso-date';
import { dateFieldsFromIso } from '@/domain/calendar/date-fields';
import { Checkbox, DateInput, TextInput, Textarea, fieldId } from '@/ui/form';
import { errorAt, bind } from '@/ui/validated-form';
import { RemoveButton } from '@/ui/remove-button';
import { newId } from '@/lib/ids';
import { blankAuditAction, type SectionEdit } from '@/domain/section-edit';

const TIMESCALES: { label: string; from: (d: IsoDate) => IsoDate }[] = [
  { label: 'Within 1 week', from: (d) => addWeeks(d, 1) },
  { label: 'Within 2 weeks', from: (d) => addWeeks(d, 2) },
  { label: 'Within 4 weeks', from: (d) => addWeeks(d, 4) },
  { label: 'Within 3 months', from: (d) => addMonths(d, 3) },
];

/**
 * Recommendations with a suggested timescale (seed 003, "Actions"): what is to be done, who will do it, by when.
 * A timescale such as "within 4 weeks" fills in the date from the date of the audit.
 */
export function ActionsFields({ form, auditDate }: { form: UseFormReturn<SectionEdit>; auditDate: IsoDate }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'actions' });
  const errors = form.formState.errors;
  return (
    <>
      {fields.map((field, i) => {
        const n = i + 1;
        const base = `actions.${i}` as const;
        return (
          <fieldset key={field.id} className="govuk-fieldset govuk-!-margin-bottom-6" aria-labelledby={`action-${n}-legend`}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m" id={`action-${n}-legend`}>
              Action {n}
            </legend>
            <Textarea
              id={fieldId(`${base}.what`)}
              label="What is to be done"
              hint="Specific and measurable: what will have changed when it is done"
              rows={3}
              error={errorAt(errors, `${base}.what`)}
              registration={form.register(`${base}.what`)}
            />
            <TextInput
              id={fieldId(`${base}.ownerName`)}
              label="Who will do it"
              error={errorAt(errors, `${base}.ownerName`)}
              registration={form.register(`${base}.ownerName`)}
            />
            <TextInput
              id={fieldId(`${base}.ownerRole`)}
              label="Their role"
              hint="For example Social worker, Team manager"
              error={errorAt(errors, `${base}.ownerRole`)}
              registration={form.register(`${base}.ownerRole`)}
            />
            <DateInput
              id={fieldId(`${base}.due`)}
              legend="By when"
              error={errorAt(errors, `${base}.due`)}
              registrations={{ day: form.register(`${base}.due.day`), month: form.register(`${base}.due.month`), year: form.register(`${base}.due.year`) }}
            />
            <p className="govuk-body-s">
              Or set a timescale from the date of the audit:{' '}
              {TIMESCALES.map((t) => (
                <span key={t.label}>
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-right-1 govuk-body-s"
                    onClick={() => form.setValue(`${base}.due`, dateFieldsFromIso(t.from(auditDate)), { shouldDirty: true })}
                  >
                    {t.label.toLowerCase()}
                    <span className="govuk-visually-hidden"> for action {n}</span>
                  </button>
                </span>
              ))}
            </p>
            <RemoveButton onRemove={() => remove(i)} focusAfter="add-action">
              Remove action {n}
            </RemoveButton>
          </fieldset>
        );
      })}
      <button type="button" id="add-action" className="govuk-button govuk-button--secondary" onClick={() => append(blankAuditAction(newId()))}>
        {fields.length ? 'Add another action' : 'Add an action'}
      </button>
      <p className="govuk-body">or</p>
      <Checkbox {...bind(form, 'noFurtherAction')} label="No further action" hint="No actions are required" />
    </>
  );
}
