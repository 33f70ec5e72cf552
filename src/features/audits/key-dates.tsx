// Inputs for a case's key dates, by event: one date for most events, a list for those that repeat (reviews, core
// groups), a date and time for events that a timescale in hours runs from or to.
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { PolicyEvent } from '@/domain/policy';
import { fieldId } from '@/ui/form';
import { CaseDateInput } from './case-date-input';
import type { SectionEdit } from '@/domain/section-edit';

export function KeyDates({ events, form }: { events: PolicyEvent[]; form: UseFormReturn<SectionEdit> }) {
  const dates = useWatch({ control: form.control, name: 'caseDates' }) ?? {};
  return (
    <>
      {events.map((event) => {
        if (!event.repeats) return <CaseDateInput key={event.id} form={form} path={`caseDates.${event.id}.0`} legend={event.label} withTime={event.time} />;
        const list = dates[event.id]?.length ? (dates[event.id] ?? []) : [''];
        return (
          <div key={event.id} className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{event.label}</legend>
              {list.map((_, i) => {
                const path = `caseDates.${event.id}.${i}` as const;
                return (
                  <div key={i}>
                    <CaseDateInput form={form} path={path} legend={`${event.label} ${i + 1}`} withTime={event.time} />
                    {list.length > 1 && (
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-left-2 govuk-!-margin-bottom-2"
                        onClick={() => {
                          form.setValue(
                            `caseDates.${event.id}`,
                            list.filter((__, k) => k !== i),
                            { shouldDirty: true },
                          );
                          requestAnimationFrame(() => document.getElementById(`add-${event.id}`)?.focus());
                        }}
                      >
                        Remove
                        <span className="govuk-visually-hidden">
                          {' '}
                          {event.label.toLowerCase()} {i + 1}
                        </span>
                      </button>
                    )}
                  </div>
                );
              })}
              <button
                type="button"
                id={`add-${event.id}`}
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => {
                  form.setValue(`caseDates.${event.id}`, [...list, ''], { shouldDirty: true });
                  requestAnimationFrame(() => document.getElementById(fieldId(`caseDates.${event.id}.${list.length}`))?.focus());
                }}
              >
                Add another<span className="govuk-visually-hidden"> {event.label.toLowerCase()}</span>
              </button>
            </fieldset>
          </div>
        );
      })}
    </>
  );
}
