// A key date or a visit date, typed as GOV.UK asks (day, month and year fields, and a time where a timescale runs in
// hours) and stored as text: whatever is typed is kept, so an impossible date is refused with a message beside it
// rather than dropped, and no browser shows it in its own order (mm/dd/yyyy on an en-US browser).
import { useState } from 'react';
import { useController, type UseFormReturn } from 'react-hook-form';
import { storedToTyped, typedToStored, type TypedDateTime } from '@/domain/calendar/date-fields';
import type { SectionEdit } from '@/domain/section-edit';
import { DateInput, fieldId } from '@/ui/form';
import { errorAt } from '@/ui/validated-form';

type DatePath = `caseDates.${string}.${number}` | `visits.${number}.date` | `visits.${number}.recordedOn`;

export function CaseDateInput({
  form,
  path,
  legend,
  withTime,
  hint,
}: {
  form: UseFormReturn<SectionEdit>;
  path: DatePath;
  legend: string;
  withTime?: boolean;
  hint?: string;
}) {
  const { field } = useController({ control: form.control, name: path });
  const value = typeof field.value === 'string' ? field.value : '';
  const [typed, setTyped] = useState<TypedDateTime>(() => storedToTyped(value));
  // What was typed, unless the stored value has changed from elsewhere (a row removed above this one).
  const shown = typedToStored(typed) === value ? typed : storedToTyped(value);
  const input = (key: keyof TypedDateTime) => ({
    name: `${path}.${key}`,
    value: shown[key],
    onChange: (e: { target: { value: string } }) => {
      const next = { ...shown, [key]: e.target.value };
      setTyped(next);
      field.onChange(typedToStored(next));
    },
    onBlur: field.onBlur,
  });
  return (
    <DateInput
      id={fieldId(path)}
      legend={legend}
      hint={`${hint ? `${hint} ` : ''}${withTime ? 'For example 27 3 2025 and 14:30 (the time in the 24-hour clock)' : 'For example 27 3 2025'}`}
      error={errorAt(form.formState.errors, path)}
      registrations={{ day: input('day'), month: input('month'), year: input('year'), time: withTime ? input('time') : undefined }}
    />
  );
}
