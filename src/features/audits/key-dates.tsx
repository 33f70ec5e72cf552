// Inputs for a case's key dates, by event: one date for most events, a list for those that repeat (reviews, core
// groups), a date and time for events that a timescale in hours runs from or to.
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { PolicyEvent } from '@/domain/timescales';
import { ErrorMessage, fieldId } from '@/ui/form';
import { errorAt } from '@/ui/validated-form';
import type { SectionEdit } from '@/domain/section-edit';

export function KeyDates({ events, form, maxDate }: { events: PolicyEvent[]; form: UseFormReturn<SectionEdit>; maxDate: string }) {
  const dates = useWatch({ control: form.control, name: 'caseDates' }) ?? {};
  const errors = form.formState.errors;
  return (
    <>
      {events.map((event) => {
        const list = dates[event.id]?.length ? (dates[event.id] ?? []) : [''];
        return (
          <div key={event.id} className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{event.label}</legend>
              {event.time && <div className="govuk-hint">Date and time</div>}
              {list.map((_, i) => {
                const path = `caseDates.${event.id}.${i}` as const;
                const id = fieldId(path);
                const error = errorAt(errors, path);
                return (
                  <div key={i} className={error ? 'govuk-form-group--error govuk-!-padding-left-3' : undefined}>
                    <label className="govuk-label" htmlFor={id}>
                      {event.repeats ? `${event.label} ${i + 1}` : event.label}
                      <span className="govuk-visually-hidden">{event.time ? ', date and time' : ', date'}</span>
                    </label>
                    <ErrorMessage id={id} message={error} />
                    <input
                      className={`govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}`}
                      id={id}
                      type={event.time ? 'datetime-local' : 'date'}
                      max={event.time ? `${maxDate}T23:59` : maxDate}
                      aria-describedby={error ? `${id}-error` : undefined}
                      {...form.register(path)}
                    />
                    {event.repeats && list.length > 1 && (
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
              {event.repeats && (
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
              )}
            </fieldset>
          </div>
        );
      })}
    </>
  );
}
