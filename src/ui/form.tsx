// Form parts over GOV.UK Frontend classes. Each takes an id (the error summary links to it), a label or legend, an
// optional hint and error, and the registration from react-hook-form; hint and error are tied to the field with
// aria-describedby, and errors read "Error: …" to screen readers, as GOV.UK does.
import type { ButtonHTMLAttributes, ChangeEvent, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/** The element id for a form path such as "actions.0.what". */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={`${id}-hint`} className="govuk-hint">
      {children}
    </div>
  );
}

export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

function groupClass(error: string | undefined): string {
  return `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** The form's binding; a field kept in a page's own state passes value and onChange instead. */
  registration?: UseFormRegisterReturn | undefined;
  /** Visually hidden label, where the context already says what the field is. */
  labelHidden?: boolean;
}

export function TextInput({
  id,
  label,
  hint,
  error,
  registration,
  labelHidden,
  className,
  ...rest
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <div className={groupClass(error)}>
      <label className={`govuk-label${labelHidden ? ' govuk-visually-hidden' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && <Hint id={id}>{hint}</Hint>}
      <ErrorMessage id={id} message={error} />
      <input
        className={`govuk-input${error ? ' govuk-input--error' : ''}${className ? ` ${className}` : ''}`}
        id={id}
        type="text"
        autoComplete="off"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
        {...registration}
      />
    </div>
  );
}

/** A passphrase: hidden as it is typed, not spell-checked (a spelling service would see it). */
export function PasswordInput(props: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>) {
  return <TextInput {...props} type="password" spellCheck={false} />;
}

export function Textarea({ id, label, hint, error, registration, rows = 5, ...rest }: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <div className={groupClass(error)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && <Hint id={id}>{hint}</Hint>}
      <ErrorMessage id={id} message={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        rows={rows}
        autoComplete="off"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
        {...registration}
      />
    </div>
  );
}

export function Select({
  id,
  label,
  hint,
  error,
  registration,
  options,
  ...rest
}: FieldProps & { options: { value: string; label: string }[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <div className={groupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && <Hint id={id}>{hint}</Hint>}
      <ErrorMessage id={id} message={error} />
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
        {...registration}
      >
        <SelectOptions options={options} />
      </select>
    </div>
  );
}

/** The options of a drop-down. */
export function SelectOptions({ options }: { options: readonly { value: string; label: string }[] }) {
  return (
    <>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the option when it is chosen (GOV.UK conditional reveal). */
  conditional?: ReactNode;
}

interface RadiosProps {
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string | undefined;
  options: RadioOption[];
  registration: UseFormRegisterReturn;
  /** The chosen value, to show conditional content. */
  value?: string | undefined;
  inline?: boolean;
  small?: boolean;
}

/** GOV.UK checkboxes choosing several values. The first box takes `id`, so an error summary link lands on it. */
export function Checkboxes({
  id,
  legend,
  hint,
  error,
  options,
  registration,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
}) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && <Hint id={id}>{hint}</Hint>}
        <ErrorMessage id={id} message={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div key={o.value} className="govuk-checkboxes__item">
                <input className="govuk-checkboxes__input" id={optionId} type="checkbox" value={o.value} {...registration} />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** GOV.UK radios. The first radio takes `id`, so an error summary link lands on the group's first choice. */
export function Radios({ id, legend, legendSize = 's', hint, error, options, registration, value, inline, small }: RadiosProps) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && <Hint id={id}>{hint}</Hint>}
        <ErrorMessage id={id} message={error} />
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}${small ? ' govuk-radios--small' : ''}`}>
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div key={o.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={optionId}
                    type="radio"
                    value={o.value}
                    aria-describedby={o.hint ? `${optionId}-item-hint` : undefined}
                    {...registration}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                    {o.label}
                  </label>
                  {o.hint && (
                    <div id={`${optionId}-item-hint`} className="govuk-hint govuk-radios__hint">
                      {o.hint}
                    </div>
                  )}
                </div>
                {o.conditional && value === o.value && <div className="govuk-radios__conditional">{o.conditional}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkbox({ id, label, hint, error, registration, ...rest }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <div className={groupClass(error)}>
      <ErrorMessage id={id} message={error} />
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input className="govuk-checkboxes__input" id={id} type="checkbox" aria-describedby={describedBy(id, hint, error)} {...rest} {...registration} />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** What binds one field of a date input: a react-hook-form registration, or a value and its change handler. */
type PartInput = UseFormRegisterReturn | { value: string; onChange: (e: ChangeEvent<HTMLInputElement>) => void };

interface DateInputProps {
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm';
  hint?: ReactNode;
  error?: string | undefined;
  registrations: { day: PartInput; month: PartInput; year: PartInput; time?: PartInput | undefined };
}

/** GOV.UK date input: day, month and year (and a time in the 24-hour clock, when asked for) as typed. The day field takes `id`. */
export function DateInput({ id, legend, legendSize = 's', hint, error, registrations }: DateInputProps) {
  const part = (key: 'day' | 'month' | 'year' | 'time', label: string, width: number) => {
    const partId = key === 'day' ? id : `${id}-${key}`;
    return (
      <div className="govuk-date-input__item">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-date-input__label" htmlFor={partId}>
            {label}
          </label>
          <input
            className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
            id={partId}
            type="text"
            inputMode={key === 'time' ? 'text' : 'numeric'}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            {...registrations[key]}
          />
        </div>
      </div>
    );
  };
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && <Hint id={id}>{hint}</Hint>}
        <ErrorMessage id={id} message={error} />
        <div className="govuk-date-input">
          {part('day', 'Day', 2)}
          {part('month', 'Month', 2)}
          {part('year', 'Year', 4)}
          {registrations.time && part('time', 'Time', 4)}
        </div>
      </fieldset>
    </div>
  );
}

export function Button({ children, secondary, warning, ...rest }: { secondary?: boolean; warning?: boolean } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="submit"
      className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}${warning ? ' govuk-button--warning' : ''}`}
      data-module="govuk-button"
      {...rest}
    >
      {children}
    </button>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}

/** GOV.UK file upload: a label, a hint, the error, and what to do with the files chosen. */
export function FileUpload({
  id,
  label,
  hint,
  error,
  multiple,
  onChoose,
}: {
  id: string;
  label: string;
  hint: ReactNode;
  error?: string | undefined;
  multiple?: boolean;
  onChoose: (files: File[]) => void;
}) {
  return (
    <div className={groupClass(error)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} message={error} />
      <input
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        type="file"
        multiple={multiple}
        accept=".json,application/json"
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => {
          onChoose([...(e.target.files ?? [])]);
          // Emptied, so that choosing the same file again (after entering its passphrase, say) is a new choice.
          e.target.value = '';
        }}
      />
    </div>
  );
}
