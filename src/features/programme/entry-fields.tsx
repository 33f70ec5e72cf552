// The fields of one programme activity, shared by adding and changing: month, activity, focus area, team and the
// number of audits planned.
import { NAME_LIMIT } from '@/domain/text-limits';
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { formatMonth } from '@/domain/calendar/iso-date';
import { PRACTICE_AREAS, programmeMonths, type ProgrammeEntry, plannedProblem } from '@/domain/programme';
import { AUDIT_ACTIVITIES, AUDIT_ACTIVITY_LABELS } from '@/domain/template';
import { Select, TextInput } from '@/ui/form';
import { bind, textSchema } from '@/ui/validated-form';

export function entrySchema(startYear: number) {
  const months = programmeMonths(startYear);
  return z
    .object({
      month: z.string().refine((m) => months.includes(m), { error: 'Select the month of the activity' }),
      activity: z.enum(AUDIT_ACTIVITIES, { error: 'Select the audit activity' }),
      focus: z.string(),
      team: textSchema('The team', NAME_LIMIT),
      planned: z
        .string()
        .trim()
        .regex(/^\d{0,4}$/, { error: 'Enter the number of audits planned as a whole number, for example 30, or leave it blank' })
        .transform((v) => (v === '' ? 0 : Number(v))),
    })
    .superRefine((v, ctx) => {
      const problem = plannedProblem(v.activity, v.planned);
      if (problem) ctx.addIssue({ code: 'custom', path: ['planned'], message: problem });
    });
}

export type EntryValues = z.input<ReturnType<typeof entrySchema>>;

export function entryValues(entry: ProgrammeEntry | null): Partial<EntryValues> {
  return entry
    ? { month: entry.month, activity: entry.activity, focus: entry.focus, team: entry.team, planned: entry.planned ? String(entry.planned) : '' }
    : { month: '', focus: '', team: '', planned: '' };
}

export function EntryFields({ form, startYear }: { form: UseFormReturn<EntryValues, unknown, z.output<ReturnType<typeof entrySchema>>>; startYear: number }) {
  return (
    <>
      <Select
        {...bind(form, 'month')}
        label="Month"
        options={[{ value: '', label: 'Choose a month' }, ...programmeMonths(startYear).map((m) => ({ value: m, label: formatMonth(m) }))]}
      />
      <Select
        {...bind(form, 'activity')}
        label="Audit activity"
        options={[{ value: '', label: 'Choose an activity' }, ...AUDIT_ACTIVITIES.map((a) => ({ value: a, label: AUDIT_ACTIVITY_LABELS[a] }))]}
      />
      <Select
        {...bind(form, 'focus')}
        label="Area of practice in focus (optional)"
        hint="The core areas of practice the framework’s programme measures"
        options={[{ value: '', label: 'No particular focus' }, ...PRACTICE_AREAS.map((a) => ({ value: a, label: a }))]}
      />
      <TextInput {...bind(form, 'team')} label="Team (optional)" hint="Leave blank for activity across the service" />
      <TextInput
        {...bind(form, 'planned')}
        label="Audits planned (optional)"
        hint="For example, up to 30 case records for a thematic audit"
        inputMode="numeric"
        className="govuk-input--width-4"
      />
    </>
  );
}
