// Starting a moderation round: choose the population (completed audits in a period, optionally by activity, programme
// or team) and draw the sample by the seed's rule, with a seed that is recorded so anyone can re-draw and check it.
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { dateFieldsFromIso } from '@/domain/calendar/date-fields';
import { addMonths } from '@/domain/calendar/iso-date';
import { moderationPopulation, newRound } from '@/domain/moderation';
import { authorOf } from '@/domain/person';
import { AUDIT_ACTIVITIES, AUDIT_ACTIVITY_LABELS } from '@/domain/template';
import { Page } from '@/ui/page';
import { BackLink } from '@/ui/content';
import { Button, Checkbox, DateInput, Select, TextInput, fieldId } from '@/ui/form';
import { Form, checkPeriod, dateFieldsSchema, errorAt, useZodForm } from '@/ui/validated-form';
import { useProgrammes, useSummaries } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { writeRound } from '@/storage/write';
import { newId } from '@/lib/ids';
import { today as todayIso } from '@/lib/clock';
import { paths } from '@/lib/paths';


function schema() {
  return z
    .object({
      title: z.string().trim().min(1, { error: 'Enter a name for the round, for example “Quarter 1 2025”' }).max(100, { error: 'The name must be 100 characters or fewer' }),
      from: dateFieldsSchema,
      to: dateFieldsSchema,
      activity: z.string(),
      team: z.string(),
      programmeId: z.string(),
      blind: z.boolean(),
      seed: z.string().trim().min(1, { error: 'Enter a seed for the random draw' }).max(50, { error: 'The seed must be 50 characters or fewer' }),
      percent: z.string().trim().regex(/^\d{1,3}$/, { error: 'Enter the percentage as a whole number, for example 10' }),
    })
    .transform((v, ctx) => {
      const period = checkPeriod(v, ctx);
      const percent = Number(v.percent);
      if (percent < 10 || percent > 100) ctx.addIssue({ code: 'custom', path: ['percent'], message: 'The percentage must be at least 10 (the framework’s minimum) and at most 100' });
      if (!period || percent < 10 || percent > 100) return z.NEVER;
      return { ...v, ...period, minFraction: percent / 100 };
    });
}

export function NewRoundPage() {
  const person = useCurrentPerson();
  const summaries = useSummaries();
  const programmes = useProgrammes();
  const navigate = useNavigate();
  const today = todayIso();
  const form = useZodForm(schema(), {
    title: '',
    from: dateFieldsFromIso(addMonths(today, -3)),
    to: dateFieldsFromIso(today),
    activity: '',
    team: '',
    programmeId: '',
    blind: false,
    seed: newId().slice(0, 8),
    percent: '10',
  });
  if (!person || !summaries || !programmes) return null;
  const teams = [...new Set(summaries.map((s) => s.team))].sort();
  const { errors, submitCount } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const population = moderationPopulation(summaries, { from: v.from, to: v.to, activity: v.activity, team: v.team, programmeId: v.programmeId });
    const saved = await writeRound((now) =>
      newRound({ id: newId(), title: v.title, periodFrom: v.from, periodTo: v.to, activity: v.activity, team: v.team, programmeId: v.programmeId, blind: v.blind, seed: v.seed, minFraction: v.minFraction }, population, now, authorOf(person)),
    );
    navigate(paths.round(saved.id));
  });
  return (
    <Page title="Start a moderation round" hasErrors={Object.keys(errors).length > 0} back={<BackLink to={paths.rounds}>Moderation</BackLink>}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <p className="govuk-body">
            The sample takes every Inadequate and every Outstanding audit, and a random selection of the Requires Improvement and Good audits of at least the percentage below of all the completed audits in
            the period (rounded up), with at least one of each.
          </p>
          <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
            <TextInput id={fieldId('title')} label="Name of the round" error={errors.title?.message} registration={form.register('title')} />
            <DateInput id={fieldId('from')} legend="Audits from" error={errorAt(errors, 'from')} registrations={{ day: form.register('from.day'), month: form.register('from.month'), year: form.register('from.year') }} />
            <DateInput id={fieldId('to')} legend="Audits to" error={errorAt(errors, 'to')} registrations={{ day: form.register('to.day'), month: form.register('to.month'), year: form.register('to.year') }} />
            <Select id={fieldId('activity')} label="Audit activity" registration={form.register('activity')} options={[{ value: '', label: 'All activities' }, ...AUDIT_ACTIVITIES.map((a) => ({ value: a, label: AUDIT_ACTIVITY_LABELS[a] }))]} />
            <Select id={fieldId('programmeId')} label="Auditing programme" registration={form.register('programmeId')} options={[{ value: '', label: 'Any programme, or none' }, ...programmes.map((p) => ({ value: p.id, label: p.title }))]} />
            <Select id={fieldId('team')} label="Team" registration={form.register('team')} options={[{ value: '', label: 'All teams' }, ...teams.map((t) => ({ value: t, label: t }))]} />
            <TextInput id={fieldId('percent')} label="Random share, per cent" hint="At least 10" inputMode="numeric" className="govuk-input--width-3" error={errors.percent?.message} registration={form.register('percent')} />
            <TextInput id={fieldId('seed')} label="Seed for the random draw" hint="Recorded with the round: the same seed and audits always give the same sample" className="govuk-input--width-10" error={errors.seed?.message} registration={form.register('seed')} />
            <Checkbox
              id={fieldId('blind')}
              label="Blind round: keep each auditor’s grade from the panel until it has recorded its own"
              hint="The sample then shows no grades, and each practice audit review is recorded blind"
              registration={form.register('blind')}
            />
            <Button>Draw the sample</Button>
          </Form>
        </div>
      </div>
    </Page>
  );
}
