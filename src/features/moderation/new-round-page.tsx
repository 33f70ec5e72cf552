// Starting a moderation round: choose the population (submitted audits, with the CSW or complete, in a period, optionally by activity, programme
// or team) and draw the sample by the seed's rule, with a seed that is recorded so anyone can re-draw and check it.
import { NAME_LIMIT, CODE_LIMIT } from '@/domain/text-limits';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { dateFieldsFromIso } from '@/domain/calendar/date-fields';
import { addMonths } from '@/domain/calendar/iso-date';
import { moderationPopulation, newRound } from '@/domain/moderation';
import { authorOf } from '@/domain/person';
import { AUDIT_ACTIVITIES, AUDIT_ACTIVITY_LABELS } from '@/domain/template';
import { Page, Columns } from '@/ui/page';
import { BackLink } from '@/ui/content';
import { Button, Checkbox, DateInput, Select, TextInput } from '@/ui/form';
import { Form, checkPeriod, dateFieldsSchema, useZodForm, bind, bindDate, textSchema } from '@/ui/validated-form';
import { useProgrammes, useSummaries } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { addRound } from '@/storage/write';
import { newId } from '@/lib/ids';
import { today as todayIso } from '@/lib/clock';
import { paths } from '@/lib/paths';

function schema() {
  return z
    .object({
      title: textSchema('The name', NAME_LIMIT, { required: 'Enter a name for the round, for example “Quarter 1 2025”' }),
      from: dateFieldsSchema,
      to: dateFieldsSchema,
      activity: z.string(),
      team: z.string(),
      programmeId: z.string(),
      blind: z.boolean(),
      seed: textSchema('The seed', CODE_LIMIT, { required: 'Enter a seed for the random draw' }),
      percent: z
        .string()
        .trim()
        .regex(/^\d{1,3}$/, { error: 'Enter the percentage as a whole number, for example 10' }),
    })
    .transform((v, ctx) => {
      const period = checkPeriod(v, ctx);
      const percent = Number(v.percent);
      if (percent < 10 || percent > 100)
        ctx.addIssue({ code: 'custom', path: ['percent'], message: 'The percentage must be at least 10 (the framework’s minimum) and at most 100' });
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
    const saved = await addRound((now) =>
      newRound(
        {
          id: newId(),
          title: v.title,
          periodFrom: v.from,
          periodTo: v.to,
          activity: v.activity,
          team: v.team,
          programmeId: v.programmeId,
          blind: v.blind,
          seed: v.seed,
          minFraction: v.minFraction,
        },
        population,
        now,
        authorOf(person),
      ),
    );
    navigate(paths.round(saved.id));
  });
  return (
    <Page title="Start a moderation round" hasErrors={Object.keys(errors).length > 0} back={<BackLink to={paths.rounds}>Moderation</BackLink>}>
      <Columns>
        <p className="govuk-body">
          The sample takes every Inadequate and every Outstanding audit, and a random selection of the Requires Improvement and Good audits of at least the
          percentage below of all the submitted audits in the period (rounded up), with at least one of each.
        </p>
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <TextInput {...bind(form, 'title')} label="Name of the round" />
          <DateInput {...bindDate(form, 'from')} legend="Audits from" />
          <DateInput {...bindDate(form, 'to')} legend="Audits to" />
          <Select
            {...bind(form, 'activity')}
            label="Audit activity"
            options={[{ value: '', label: 'All activities' }, ...AUDIT_ACTIVITIES.map((a) => ({ value: a, label: AUDIT_ACTIVITY_LABELS[a] }))]}
          />
          <Select
            {...bind(form, 'programmeId')}
            label="Auditing programme"
            options={[{ value: '', label: 'Any programme, or none' }, ...programmes.map((p) => ({ value: p.id, label: p.title }))]}
          />
          <Select {...bind(form, 'team')} label="Team" options={[{ value: '', label: 'All teams' }, ...teams.map((t) => ({ value: t, label: t }))]} />
          <TextInput {...bind(form, 'percent')} label="Random share, per cent" hint="At least 10" inputMode="numeric" className="govuk-input--width-3" />
          <TextInput
            {...bind(form, 'seed')}
            label="Seed for the random draw"
            hint="Recorded with the round: the same seed and audits always give the same sample"
            className="govuk-input--width-10"
          />
          <Checkbox
            {...bind(form, 'blind')}
            label="Blind round: keep each auditor’s grade from the panel until it has recorded its own"
            hint="The sample then shows no grades, and each practice audit review is recorded blind"
          />
          <Button>Draw the sample</Button>
        </Form>
      </Columns>
    </Page>
  );
}
