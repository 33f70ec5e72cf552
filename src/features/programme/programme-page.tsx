// One year's auditing programme: each month's activity with the audits planned, started and completed against it,
// as a chart and the same figures as a table; activities are added here and changed on their own page.
import { Link, useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatMonth } from '@/domain/calendar/iso-date';
import {
  addEntry,
  describeEntry,
  sameEntry,
  ENTRY_STATE_LABELS,
  progressByMonth,
  programmeProgress,
  programmeYearLabel,
  type AuditProgramme,
  type EntryState,
  SELECTED_ACTIVITIES,
} from '@/domain/programme';
import { authorOf, type Person } from '@/domain/person';
import { AUDIT_ACTIVITY_LABELS } from '@/domain/template';
import type { AuditSummary } from '@/domain/summary';
import { Page, Columns } from '@/ui/page';
import { MissingPage } from '@/ui/missing-page';
import { BackLink, Tag, type TagColour } from '@/ui/content';
import { ChartFigure } from '@/ui/chart-figure';
import { SimpleTable } from '@/ui/simple-table';
import { Button } from '@/ui/form';
import { Form, useZodForm } from '@/ui/validated-form';
import { useProgramme, useSummaries } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { writeProgramme } from '@/storage/write';
import { newId } from '@/lib/ids';
import { today } from '@/lib/clock';
import { EntryFields, entrySchema, entryValues } from './entry-fields';
import { paths } from '@/lib/paths';

const STATE_COLOURS: Record<EntryState, TagColour> = { planned: 'grey', 'under-way': 'blue', done: 'green', behind: 'orange', 'not-done': 'red' };

export function ProgrammePage() {
  const { programmeId } = useParams();
  const programme = useProgramme(programmeId);
  const summaries = useSummaries();
  const person = useCurrentPerson();
  if (programme === undefined || !summaries || !person) return null;
  if (programme === null) return <MissingPage what="programme" to={paths.programmes} linkText="See the auditing programmes" />;
  return <ProgrammeView key={programme.id} programme={programme} summaries={summaries} person={person} />;
}

function ProgrammeView({ programme, summaries, person }: { programme: AuditProgramme; summaries: AuditSummary[]; person: Person }) {
  const progress = programmeProgress(programme, summaries, today());
  const form = useZodForm(entrySchema(programme.startYear), entryValues(null));
  const { errors, submitCount } = form.formState;
  const byMonth = progressByMonth(programme.startYear, progress).map((m) => ({ ...m, month: formatMonth(m.month).slice(0, 3) }));
  const onSubmit = form.handleSubmit(async (v) => {
    const entry = { id: newId(), ...v };
    if (sameEntry(programme, entry)) {
      form.setError('month', { message: `There is already ${describeEntry(entry)} in the programme: change that one instead` });
      return;
    }
    await writeProgramme(programme, (current, now) => addEntry(current, entry, describeEntry(entry), authorOf(person), now));
    form.reset(entryValues(null));
  });

  return (
    <Page
      title={programme.title}
      caption={programmeYearLabel(programme.startYear)}
      hasErrors={Object.keys(errors).length > 0}
      back={<BackLink to={paths.programmes}>Auditing programme</BackLink>}
      wide
    >
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={paths.changeProgramme(programme.id)}>
          Rename or delete the programme
        </Link>
        {' · '}
        <Link
          className="govuk-link"
          to={paths.reports({ programme: programme.id, from: `${programme.startYear}-04-01`, to: `${programme.startYear + 1}-03-31` })}
        >
          Overview report for the programme
        </Link>
      </p>
      {progress.length === 0 ? (
        <p className="govuk-body">No activities yet. Add the first below.</p>
      ) : (
        <>
          <ChartFigure
            caption="Audits planned and completed, month by month"
            chart={
              <ResponsiveContainer width="100%" height={220}>
                <BarChart data={byMonth} accessibilityLayer={false}>
                  <CartesianGrid vertical={false} />
                  <XAxis dataKey="month" />
                  <YAxis allowDecimals={false} />
                  <Legend />
                  <Bar dataKey="planned" fill="#b1b4b6" name="Planned" />
                  <Bar dataKey="completed" fill="#1d70b8" name="Completed" />
                </BarChart>
              </ResponsiveContainer>
            }
            table={
              <SimpleTable
                caption="Activities"
                headings={['Month', 'Activity', 'Focus', 'Team', 'Planned', 'Started', 'Completed', 'Progress', 'Audit or change']}
                rows={progress.map((p) => ({
                  key: p.entry.id,
                  cells: [
                    formatMonth(p.entry.month),
                    AUDIT_ACTIVITY_LABELS[p.entry.activity],
                    p.entry.focus,
                    p.entry.team || 'Across the service',
                    p.entry.planned || 'Not set',
                    p.started,
                    p.completed,
                    <Tag colour={STATE_COLOURS[p.state]}>{ENTRY_STATE_LABELS[p.state]}</Tag>,
                    <>
                      <Link className="govuk-link govuk-!-margin-right-2" to={paths.newAudit(p.entry.id)}>
                        Start an audit<span className="govuk-visually-hidden"> for {describeEntry(p.entry)}</span>
                      </Link>{' '}
                      {SELECTED_ACTIVITIES.includes(p.entry.activity) && (
                        <Link className="govuk-link govuk-!-margin-right-2" to={paths.programmeSelection(programme.id, p.entry.id)}>
                          {p.entry.selection ? `${p.entry.selection.cases.length} case records selected` : 'Select case records'}
                          <span className="govuk-visually-hidden"> for {describeEntry(p.entry)}</span>
                        </Link>
                      )}{' '}
                      <Link className="govuk-link" to={paths.programmeEntry(programme.id, p.entry.id)}>
                        Change<span className="govuk-visually-hidden"> {describeEntry(p.entry)}</span>
                      </Link>
                    </>,
                  ],
                }))}
              />
            }
          />
        </>
      )}
      <Columns>
        <h2 className="govuk-heading-m">Add an activity</h2>
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <EntryFields form={form} startYear={programme.startYear} />
          <Button secondary>Add the activity</Button>
        </Form>
      </Columns>
    </Page>
  );
}
