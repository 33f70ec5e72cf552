// The fields of one programme activity, shared by adding and changing: month, activity, focus area, team and the
// number of audits planned.
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { formatMonth } from '@/domain/calendar/iso-date';
import { PRACTICE_AREAS, programmeMonths, type ProgrammeEntry } from '@/domain/programme';
import { AUDIT_ACTIVITIES, AUDIT_ACTIVITY_LABELS } from '@/domain/template';
import { Select, TextInput, fieldId } from '@/ui/form';

export function entrySchema(startYear: number) {
  const months = programmeMonths(startYear);
  return z.object({
    month: z.string().refine((m) => months.includes(m), { error: 'Select the month of the activity' }),
    activity: z.enum(AUDIT_ACTIVITIES, { error: 'Select the audit activity' }),
    focus: z.string(),
    team: z.string().trim().max(100, { error: 'The team must be 100 characters or fewer' }),
    planned: z
      .string()
      .trim()
      .regex(/^\d{0,4}$/, { error: 'Enter the number of audits planned as a whole number, for example 30, or leave it blank' })
      .transform((v) => (v === '' ? 0 : Number(v))),
  });
}

export type EntryValues = z.input<ReturnType<typeof entrySchema>>;

export function entryValues(entry: ProgrammeEntry | null): Partial<EntryValues> {
  return entry ? { month: entry.month, activity: entry.activity, focus: entry.focus, team: entry.team, planned: entry.planned ? String(entry.planned) : '' } : { month: '', focus: '', team: '', planned: '' };
}

export function EntryFields({ form, startYear }: { form: UseFormReturn<EntryValues, unknown, z.output<ReturnType<typeof entrySchema>>>; startYear: number }) {
  const { errors } = form.formState;
  return (
    <>
      <Select id={fieldId('month')} label="Month" error={errors.month?.message} registration={form.register('month')} options={[{ value: '', label: 'Choose a month' }, ...programmeMonths(startYear).map((m) => ({ value: m, label: formatMonth(m) }))]} />
      <Select id={fieldId('activity')} label="Audit activity" error={errors.activity?.message} registration={form.register('activity')} options={[{ value: '', label: 'Choose an activity' }, ...AUDIT_ACTIVITIES.map((a) => ({ value: a, label: AUDIT_ACTIVITY_LABELS[a] }))]} />
      <Select
        id={fieldId('focus')}
        label="Area of practice in focus (optional)"
        hint="The core areas of practice the framework’s programme measures"
        registration={form.register('focus')}
        options={[{ value: '', label: 'No particular focus' }, ...PRACTICE_AREAS.map((a) => ({ value: a, label: a }))]}
      />
      <TextInput id={fieldId('team')} label="Team (optional)" hint="Leave blank for activity across the service" error={errors.team?.message} registration={form.register('team')} />
      <TextInput id={fieldId('planned')} label="Audits planned (optional)" hint="For example, up to 30 case records for a thematic audit" inputMode="numeric" className="govuk-input--width-4" error={errors.planned?.message} registration={form.register('planned')} />
    </>
  );
}
