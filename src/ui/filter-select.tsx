import { ErrorMessage, SelectOptions } from './form';

/** A drop-down that applies at once (filters, bulk updates): "All" (or no choice) first unless `all` is null. */
export function FilterSelect({
  id,
  label,
  value,
  onChange,
  options,
  all = 'All',
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  all?: string | null;
  error?: string | undefined;
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <ErrorMessage id={id} message={error} />
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      >
        {all !== null && <option value="">{all}</option>}
        <SelectOptions options={options} />
      </select>
    </div>
  );
}
