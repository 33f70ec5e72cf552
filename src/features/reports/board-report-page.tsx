// One board report or Brief Overview report. A draft: the head of QA writes each section beside the figures, saved as
// they type, and chooses whether people may be named; issuing freezes the figures. Issued: the report as it was
// issued, words and figures, ready to print again.
import { useOverview } from '@/data/overview';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { describeAuditFilter } from '@/domain/audit-filter';
import {
  editReport,
  issueReport,
  REPORT_KIND_LABELS,
  REPORT_SECTIONS,
  REPORT_TEXT_LIMIT,
  reportFigures,
  ReportError,
  type BoardReport,
  type FrozenFigures,
  type ReportSectionId,
} from '@/domain/board-report';
import { formatDateTime } from '@/domain/calendar/iso-date';
import { authorOf, type Person } from '@/domain/person';
import { tooLong } from '@/domain/text-limits';
import { useProgrammes, useReport } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { unsavedDraft } from '@/data/unsaved';
import { stashedDraft } from '@/data/draft-stash';
import { useAutosave } from '@/data/use-autosave';
import { issueReportAsRead, writeReport } from '@/storage/write';
import { localDateTimeOf } from '@/lib/clock';
import { describeFailure } from '@/lib/failures';
import { paths } from '@/lib/paths';
import { BackLink, NotificationBanner } from '@/ui/content';
import { ErrorSummary } from '@/ui/error-summary';
import { Checkbox, Textarea } from '@/ui/form';
import { MissingPage } from '@/ui/missing-page';
import { Page, Section } from '@/ui/page';
import { ReportFigures } from './report-figures';

export function BoardReportPage() {
  const { reportId } = useParams();
  const report = useReport(reportId);
  const person = useCurrentPerson();
  const programmes = useProgrammes();
  if (report === undefined || !person || !programmes) return null;
  if (report === null) return <MissingPage what="report" to={paths.boardReports} linkText="See the reports" />;
  const period = describeAuditFilter(report.filter, programmes.find((p) => p.id === report.filter.programmeId)?.title ?? '');
  const back = <BackLink to={paths.boardReports}>All reports</BackLink>;
  if (report.status === 'issued' && report.issued) {
    return (
      <Page title={report.title} caption={`${REPORT_KIND_LABELS[report.kind]}: ${period}`} back={back} wide>
        <p className="govuk-body">
          Issued on {formatDateTime(localDateTimeOf(report.issued.at))} by {report.issued.by.name}, {report.issued.by.designation}. The figures are as they
          stood then.
        </p>
        <p className="govuk-body app-no-print">
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
            Print the report
          </button>
        </p>
        {REPORT_SECTIONS.map((s) => (
          <Section key={s.id} id={s.id} title={s.title}>
            <p className="govuk-body app-pre-wrap">{report.text[s.id] || 'Nothing written.'}</p>
          </Section>
        ))}
        <ReportFigures f={report.issued.figures} />
      </Page>
    );
  }
  return <Draft key={report.id} report={report} person={person} period={period} back={back} />;
}

/** The report's figures as they are now, and the names (and case references) of the audits it is about. */
function useLiveFigures(report: BoardReport): { figures: FrozenFigures; known: string[] } | undefined {
  const overview = useOverview(report.filter, true);
  return useMemo(() => {
    if (!overview) return undefined;
    const { report: r, actions, improvement, learning } = overview.composition;
    const byId = new Map(overview.summaries.map((s) => [s.id, s]));
    const figures = reportFigures(
      r,
      actions,
      improvement,
      learning,
      (id) => byId.get(id)?.caseReference,
      (id) => byId.get(id)?.team,
      report.namePeople,
    );
    const known = overview.summaries.filter((s) => r.auditIds.has(s.id)).flatMap((s) => [s.caseReference, s.auditor, s.practitioner, s.csw]);
    return { figures, known };
  }, [overview, report.namePeople]);
}

function Draft({ report, person, period, back }: { report: BoardReport; person: Person; period: string; back: React.ReactNode }) {
  const key = `report:${report.id}`;
  const live = useLiveFigures(report);
  const place = useMemo(() => ({ key, what: `The report "${report.title}"`, href: paths.boardReport(report.id) }), [key, report.title, report.id]);
  const { schedule, flush, status, latest } = useAutosave(report, place, writeReport, { followNewer: true });
  // What was typed and not saved (a failed save, or a tab closed before the save), put back over the report's words.
  const [kept] = useState(() => (unsavedDraft(key) ?? stashedDraft(key)) as Partial<BoardReport['text']> | undefined);
  const [text, setText] = useState<BoardReport['text']>(() => ({ ...report.text, ...(kept ?? {}) }));
  const [issueError, setIssueError] = useState({ message: '', attempt: 0 });
  /** The sections typed on this page: each save applies them to the report as it is then. */
  const typed = useRef<Partial<BoardReport['text']>>(kept ?? {});
  const saveTyped = () => {
    const words = { ...typed.current };
    schedule((r) => editReport(r, { text: words }), words);
  };
  // What comes back unsaved is saved again, once.
  const restored = useRef(false);
  useEffect(() => {
    if (kept && !restored.current) {
      restored.current = true;
      saveTyped();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const type = (id: ReportSectionId, value: string) => {
    typed.current = { ...typed.current, [id]: value };
    setText((t) => ({ ...t, [id]: value }));
    saveTyped();
  };
  const issue = async () => {
    if (!live) return;
    try {
      if (!(await flush())) throw new Error('what was typed could not be saved first (see above)');
      // Issued from the copy its names were checked against, or not at all: a change made elsewhere is not merged in.
      latest.current = await issueReportAsRead(latest.current, (r, now) => issueReport(r, live.figures, live.known, authorOf(person), now));
    } catch (e) {
      setIssueError((x) => ({ message: e instanceof ReportError ? e.message : `Not issued: ${describeFailure(e)}`, attempt: x.attempt + 1 }));
    }
  };
  const errors = REPORT_SECTIONS.flatMap((s) =>
    text[s.id].length > REPORT_TEXT_LIMIT ? [{ href: `report-${s.id}`, message: tooLong(s.title, REPORT_TEXT_LIMIT) }] : [],
  );

  return (
    <Page
      title={report.title}
      caption={`${REPORT_KIND_LABELS[report.kind]}, draft: ${period}`}
      back={back}
      hasErrors={errors.length > 0 || !!issueError.message}
      wide
    >
      <ErrorSummary errors={[...errors, ...(issueError.message ? [{ href: 'issue', message: issueError.message }] : [])]} focusKey={issueError.attempt} />
      <p className="govuk-body">
        Write each section beside the figures. It is saved as you type. Until it is issued, the figures follow the audits; issuing freezes them into the report.
      </p>
      <p className="govuk-body app-save-status" aria-live="polite">
        {status.state === 'error' ? (
          <strong className="govuk-error-message">Not saved: {status.message}</strong>
        ) : status.state === 'saving' ? (
          'Saving…'
        ) : (
          'Saved'
        )}
      </p>
      <Checkbox
        id="report-name-people"
        label="Name case references, practitioners, auditors and CSWs in this report"
        hint="Left unticked, the report says “an audit in Pod 2” instead of a case reference, and cannot be issued while its words name anyone the audits name."
        checked={report.namePeople}
        onChange={(e) => {
          const namePeople = e.target.checked;
          schedule((r) => editReport(r, { text: { ...typed.current }, namePeople }), { ...typed.current });
          void flush();
        }}
      />
      {REPORT_SECTIONS.map((s) => (
        <Textarea
          key={s.id}
          id={`report-${s.id}`}
          label={s.title}
          rows={s.id === 'keyFindings' ? 8 : 5}
          error={text[s.id].length > REPORT_TEXT_LIMIT ? tooLong(s.title, REPORT_TEXT_LIMIT) : undefined}
          value={text[s.id]}
          onChange={(e) => type(s.id, e.target.value)}
        />
      ))}
      {live ? <ReportFigures f={live.figures} /> : <p className="govuk-body">Working out the figures…</p>}
      {issueError.message && (
        <NotificationBanner title="Not issued" alert>
          <p className="govuk-notification-banner__heading">{issueError.message}</p>
        </NotificationBanner>
      )}
      <button type="button" id="issue" className="govuk-button" disabled={!live || errors.length > 0} onClick={() => void issue()}>
        Issue the report
      </button>
    </Page>
  );
}
