// The audit overview report for heads of quality assurance (seed 002, "Findings, accountability and impact": "Findings
// from audit activity are collated into an audit overview report to inform learning and drive improvements"): over a
// period, and optionally one programme, activity or team: grades before and after moderation, the areas of practice
// that are strengths and those to develop, timescale compliance, moderation results, the learning the panel recorded,
// and the actions that follow. Printable, and as CSV. The filter lives in the address, so a report can be shared.
import { useOverview, type Overview } from '@/data/overview';
import { GradeMoves } from './report-figures';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { newBoardReport } from '@/domain/board-report';
import { authorOf } from '@/domain/person';
import { useCurrentPerson } from '@/data/current-person';
import { addReport } from '@/storage/write';
import { newId } from '@/lib/ids';
import { z } from 'zod';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ACTION_LEVELS, ACTION_LEVEL_LABELS } from '@/domain/actions';
import { dateFieldsFromIso } from '@/domain/calendar/date-fields';
import { formatMonth, isIsoDate } from '@/domain/calendar/iso-date';
import { COMPLIANCE_JUDGEMENTS, COMPLIANCE_LABELS, GRADES, GRADE_LABELS } from '@/domain/grade';
import { programmeYearOf } from '@/domain/programme';
import { goodOrBetter } from '@/domain/reports';
import { AUDIT_ACTIVITIES, AUDIT_ACTIVITY_LABELS, type AuditActivity } from '@/domain/template';
import { describeAuditFilter, type AuditFilter } from '@/domain/audit-filter';
import { type AuditSummary } from '@/domain/summary';
import type { AuditProgramme } from '@/domain/programme';
import { Page } from '@/ui/page';
import { SummaryList } from '@/ui/content';
import { ChartFigure } from '@/ui/chart-figure';
import { SimpleTable } from '@/ui/simple-table';
import { AgreementFigures, AgreementMatrix, percent } from '@/ui/agreement-figures';
import { Button, DateInput, Select, fieldId } from '@/ui/form';
import { Form, checkPeriod, dateFieldsSchema, useZodForm, bind, bindDate } from '@/ui/validated-form';
import { downloadCsv, downloadFile, fileName } from '@/ui/download';
import { useProgrammes } from '@/data/live';
import { nowInstant, today } from '@/lib/clock';
import { overviewCsv, overviewJson } from './report-csv';
import { paths } from '@/lib/paths';

const GRADE_COLOURS = { outstanding: '#00703c', good: '#1d70b8', 'requires-improvement': '#f47738', inadequate: '#d4351c' } as const;
const share = (x: number | null) => (x === null ? 'None graded' : percent(x));

/** The filter in the address, or the programme year to date. */
function filterFrom(search: URLSearchParams, todayIso: string): AuditFilter {
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  return {
    from: isIsoDate(from) ? from : `${programmeYearOf(todayIso)}-04-01`,
    to: isIsoDate(to) ? to : todayIso,
    activity: search.get('activity') ?? '',
    team: search.get('team') ?? '',
    programmeId: search.get('programme') ?? '',
  };
}

const filterSchema = z
  .object({ from: dateFieldsSchema, to: dateFieldsSchema, programmeId: z.string(), activity: z.string(), team: z.string() })
  .transform((v, ctx) => {
    const period = checkPeriod(v, ctx);
    return period ? { ...v, ...period } : z.NEVER;
  });

export function OverviewReportPage() {
  const [search, setSearch] = useSearchParams();
  const todayIso = today();
  const filter = useMemo(() => filterFrom(search, todayIso), [search, todayIso]);
  // The summaries from the start of the period on, read by their months: the report counts the period's, and the later
  // audits that follow them say whether their actions' impact is confirmed.
  const overview = useOverview(filter);
  const programmes = useProgrammes();
  if (!overview || !programmes) return null;
  return (
    <Report
      key={search.toString()}
      filter={filter}
      overview={overview}
      programmes={programmes}
      apply={(f) => setSearch({ from: f.from, to: f.to, programme: f.programmeId, activity: f.activity, team: f.team })}
    />
  );
}

function Report({
  filter,
  overview,
  programmes,
  apply,
}: {
  filter: AuditFilter;
  overview: Overview<AuditSummary>;
  programmes: AuditProgramme[];
  apply: (f: AuditFilter) => void;
}) {
  const { summaries, moderated: moderatedAudits } = overview;
  const { report: r, actions: acts, improvement, learning } = overview.composition;
  const form = useZodForm(filterSchema, {
    from: dateFieldsFromIso(filter.from),
    to: dateFieldsFromIso(filter.to),
    programmeId: filter.programmeId,
    activity: filter.activity,
    team: filter.team,
  });
  const { errors, submitCount } = form.formState;
  const programmeChoice = form.register('programmeId', {
    // A programme's report covers its year: choosing one sets the period, which can still be changed.
    onChange: (e: { target: { value: string } }) => {
      const p = programmes.find((x) => x.id === e.target.value);
      if (!p) return;
      form.setValue('from', dateFieldsFromIso(`${p.startYear}-04-01`));
      form.setValue('to', dateFieldsFromIso(`${p.startYear + 1}-03-31`));
    },
  });
  const teams = [...new Set([...summaries.map((s) => s.team), ...(filter.team ? [filter.team] : [])])].sort();
  const navigate = useNavigate();
  const person = useCurrentPerson();
  const writeBoardReport = async () => {
    if (!person) return;
    const made = await addReport((now) => newBoardReport(newId(), { kind: 'board', title: `Audit overview: ${period}`, filter }, authorOf(person), now));
    navigate(paths.boardReport(made.id));
  };
  const caseReference = new Map(moderatedAudits.map((a) => [a.id, a.details.caseReference]));
  const programme = programmes.find((p) => p.id === filter.programmeId);
  const reportNameParts = [
    'audit overview',
    filter.from,
    'to',
    filter.to,
    programme?.title,
    filter.activity ? AUDIT_ACTIVITY_LABELS[filter.activity as AuditActivity] : '',
    filter.team,
  ];
  const period = describeAuditFilter(filter, programme?.title ?? '');
  const gradeChart = GRADES.map((g) => ({ grade: GRADE_LABELS[g], auditor: r.overall[g], moderated: r.afterModeration[g] }));
  const monthChart = r.byMonth.map((m) => ({ month: formatMonth(m.month), ...m.grades }));

  return (
    <Page title="Audit overview report" caption={period} hasErrors={Object.keys(errors).length > 0} wide>
      <details className="govuk-details app-no-print" open={submitCount > 0 && Object.keys(errors).length > 0 ? true : undefined}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Change the period, programme, activity or team</span>
        </summary>
        <div className="govuk-details__text">
          <Form errors={errors} submitCount={submitCount} onSubmit={form.handleSubmit(apply)}>
            <DateInput {...bindDate(form, 'from')} legend="Audits from" />
            <DateInput {...bindDate(form, 'to')} legend="Audits to" />
            <Select
              id={fieldId('programmeId')}
              label="Auditing programme"
              hint="Choosing a programme sets the period to its year"
              registration={programmeChoice}
              options={[{ value: '', label: 'Any programme, or none' }, ...programmes.map((p) => ({ value: p.id, label: p.title }))]}
            />
            <Select
              {...bind(form, 'activity')}
              label="Audit activity"
              options={[{ value: '', label: 'All activities' }, ...AUDIT_ACTIVITIES.map((a) => ({ value: a, label: AUDIT_ACTIVITY_LABELS[a] }))]}
            />
            <Select {...bind(form, 'team')} label="Team" options={[{ value: '', label: 'All teams' }, ...teams.map((t) => ({ value: t, label: t }))]} />
            <Button secondary>Show the report</Button>
          </Form>
        </div>
      </details>
      <p className="govuk-body app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-right-2" onClick={() => window.print()}>
          Print the report
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => downloadCsv(fileName(reportNameParts, 'csv'), overviewCsv(r, acts, improvement, period, learning, caseReference))}
        >
          Download the report (CSV)
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-left-2"
          onClick={() =>
            downloadFile(
              fileName(reportNameParts, 'json'),
              overviewJson(r, acts, improvement, period, filter, learning, caseReference, nowInstant()),
              'application/json',
            )
          }
        >
          Download the report (JSON)
        </button>
        <button type="button" className="govuk-button govuk-!-margin-left-2" onClick={() => void writeBoardReport()}>
          Write a board report for this period
        </button>{' '}
        <Link className="govuk-link" to={paths.boardReports}>
          All board reports
        </Link>
      </p>

      <h2 className="govuk-heading-m">Summary</h2>
      <SummaryList
        rows={[
          {
            key: 'Audits in the period',
            value: `${r.audits} (${r.byStatus.complete} complete, ${r.byStatus['with-csw']} with the CSW, ${r.byStatus.draft} draft)`,
          },
          { key: 'Graded Good or better', value: `${share(goodOrBetter(r.overall))} of ${r.graded} submitted audits` },
          { key: 'Good or better after moderation', value: share(goodOrBetter(r.afterModeration)) },
          { key: 'Escalated to senior management', value: `${r.escalations.raised} (${r.escalations.open} awaiting a record of who was told)` },
          {
            key: 'Part B',
            value: `${r.partB.accepted} accepted, ${r.partB.disagreed} disagreed${r.partB.disagreed ? ` (${r.partB.disagreedOpen} not yet resolved)` : ''}`,
          },
        ]}
      />
      {r.audits === 0 && <p className="govuk-body">No audits match. Change the period, programme, activity or team.</p>}

      <h2 className="govuk-heading-m">Grades</h2>
      <ChartFigure
        caption="Overall judgements: the auditors’ and after moderation"
        chart={
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={gradeChart} accessibilityLayer={false}>
              <CartesianGrid vertical={false} />
              <XAxis dataKey="grade" />
              <YAxis allowDecimals={false} />
              <Legend />
              <Bar dataKey="auditor" fill="#b1b4b6" name="Auditor" />
              <Bar dataKey="moderated" fill="#1d70b8" name="After moderation" />
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <SimpleTable
            caption="Overall judgements"
            hiddenCaption
            headings={['Grade', 'Auditor', 'After moderation']}
            rows={GRADES.map((g) => ({ key: g, cells: [GRADE_LABELS[g], r.overall[g], r.afterModeration[g]] }))}
          />
        }
      />
      {r.byMonth.length > 0 && (
        <ChartFigure
          caption="Overall judgements month by month"
          chart={
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={monthChart} accessibilityLayer={false}>
                <CartesianGrid vertical={false} />
                <XAxis dataKey="month" />
                <YAxis allowDecimals={false} />
                <Legend />
                {GRADES.map((g) => (
                  <Bar key={g} dataKey={g} stackId="grades" fill={GRADE_COLOURS[g]} name={GRADE_LABELS[g]} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          }
          table={
            <SimpleTable
              caption="Month by month"
              hiddenCaption
              headings={['Month', 'Audits', ...GRADES.map((g) => GRADE_LABELS[g])]}
              rows={r.byMonth.map((m) => ({ key: m.month, cells: [formatMonth(m.month), m.audits, ...GRADES.map((g) => m.grades[g])] }))}
            />
          }
        />
      )}

      <h2 className="govuk-heading-m">Themes: areas of practice</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h3 className="govuk-heading-s">Strengths</h3>
          {r.strengths.length === 0 ? (
            <p className="govuk-body">None yet.</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {r.strengths.map((a) => (
                <li key={a.sectionId}>
                  {a.title}: {percent(a.wellJudged ?? 0)} judged Good or better, or met
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="govuk-grid-column-one-half">
          <h3 className="govuk-heading-s">Areas to develop</h3>
          {r.development.length === 0 ? (
            <p className="govuk-body">None yet.</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {r.development.map((a) => (
                <li key={a.sectionId}>
                  {a.title}: {percent(1 - (a.wellJudged ?? 0))} judged Requires Improvement or worse, or not fully met
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <SimpleTable
        caption="Judgements by area of practice (submitted audits)"
        headings={['Area', ...GRADES.map((g) => GRADE_LABELS[g]), ...COMPLIANCE_JUDGEMENTS.map((c) => COMPLIANCE_LABELS[c]), 'Judged well']}
        rows={r.areas.map((a) => ({
          key: a.sectionId,
          cells: [
            a.title,
            ...GRADES.map((g) => a.grades[g]),
            ...COMPLIANCE_JUDGEMENTS.map((c) => a.compliance[c]),
            a.wellJudged === null ? 'Not judged' : percent(a.wellJudged),
          ],
        }))}
      />

      <h2 className="govuk-heading-m">Timescale compliance</h2>
      <SummaryList
        rows={[
          { key: 'Audits with timescales judged', value: String(r.timescales.audits) },
          {
            key: 'Timescales met',
            value:
              r.timescales.met + r.timescales.missed
                ? `${r.timescales.met} of ${r.timescales.met + r.timescales.missed} (${percent(r.timescales.met / (r.timescales.met + r.timescales.missed))})`
                : 'None judged',
          },
          { key: 'Missed or overdue', value: String(r.timescales.missed) },
          { key: 'Audits with every timescale met', value: String(r.timescales.auditsAllMet) },
        ]}
      />

      <h2 className="govuk-heading-m">Moderation results</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <AgreementFigures a={r.moderation.agreement} />
          <p className="govuk-body">
            {r.moderation.confirmed} grade{r.moderation.confirmed === 1 ? '' : 's'} confirmed, {r.moderation.changed} changed.{' '}
            <Link className="govuk-link app-no-print" to={paths.statistics}>
              Grading consistency by auditor, team and quarter
            </Link>
          </p>
        </div>
        <div className="govuk-grid-column-one-half">
          <AgreementMatrix a={r.moderation.agreement} caption="Auditor’s grade (rows) against the moderated grade (columns)" />
        </div>
      </div>
      {r.moderation.changes.length > 0 && (
        <SimpleTable
          caption="Grades the panel changed"
          headings={['Case', 'Auditor’s grade', 'Moderated grade']}
          rows={r.moderation.changes.map((c) => ({
            key: c.id,
            cells: [
              <Link className="govuk-link" to={paths.audit(c.id, '/record')}>
                {caseReference.get(c.id) ?? 'Audit record'}
              </Link>,
              GRADE_LABELS[c.from],
              GRADE_LABELS[c.to],
            ],
          }))}
        />
      )}

      <h2 className="govuk-heading-m">Learning from practice audit reviews</h2>
      {moderatedAudits === undefined ? (
        <p className="govuk-body">Reading the learning the panel recorded…</p>
      ) : learning.length === 0 ? (
        <p className="govuk-body">No learning recorded at moderation in this period.</p>
      ) : (
        <SimpleTable
          caption="Learning recorded by the moderation panel"
          hiddenCaption
          headings={['Case', 'Strengths', 'For the individual', 'For the team', 'For the organisation', 'Follow-up']}
          rows={learning.map((l) => ({
            key: l.auditId,
            cells: [`${l.caseReference} (${l.team})`, l.strengths, l.learningIndividual, l.learningTeam, l.learningOrganisation, l.followUp],
          }))}
        />
      )}

      <h2 className="govuk-heading-m">Improvement over time</h2>
      <p className="govuk-body">
        Audits in this report that follow an earlier audit of the same case or the same practitioner, linked from the later audit’s page: “Learning from audits
        is then tested through subsequent audits” (Quality Assurance Framework).
      </p>
      {improvement.linked === 0 ? (
        <p className="govuk-body">No submitted audit in this report follows an earlier one.</p>
      ) : (
        <>
          <SummaryList
            rows={[
              { key: 'Submitted audits that follow an earlier audit', value: String(improvement.linked) },
              { key: 'Grade improved', value: String(improvement.improved) },
              { key: 'Grade the same', value: String(improvement.same) },
              { key: 'Grade declined', value: String(improvement.declined) },
              ...(improvement.notGraded ? [{ key: 'Not graded yet', value: String(improvement.notGraded) }] : []),
              { key: 'Confirming the earlier audit’s impact', value: `${improvement.confirming} (improved, or Good or better again, and submitted)` },
            ]}
          />
          {improvement.moves.length > 0 && <GradeMoves moves={improvement.moves} />}
        </>
      )}

      <h2 className="govuk-heading-m">Actions</h2>
      <SummaryList
        rows={[
          { key: 'Actions', value: `${acts.total} from these audits, and service and strategic actions set in the period` },
          { key: 'Overdue', value: String(acts.overdue) },
          { key: 'Completed with impact recorded', value: String(acts.completedWithImpact) },
          { key: 'Impact confirmed by a later audit', value: String(acts.confirmedByLaterAudit) },
        ]}
      />
      <SimpleTable
        caption="Actions by level and status"
        headings={['Level', 'Open', 'In progress', 'Completed', 'Cancelled']}
        rows={ACTION_LEVELS.map((l) => ({
          key: l,
          cells: [ACTION_LEVEL_LABELS[l], acts.byLevel[l].open, acts.byLevel[l]['in-progress'], acts.byLevel[l].completed, acts.byLevel[l].cancelled],
        }))}
      />
      {acts.themes.length > 0 && (
        <SimpleTable caption="Action themes" headings={['Theme', 'Actions']} rows={acts.themes.map((t) => ({ key: t.theme, cells: [t.theme, t.count] }))} />
      )}
    </Page>
  );
}
