// Home: open escalations first and prominently, then the work in hand.
import { Link } from 'react-router';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { Page, Columns } from '@/ui/page';
import { ButtonLink, NotificationBanner, WarningText } from '@/ui/content';
import { useConflicts, useOpenActions, useProjectionState, useSettings, useLabelledSummaries } from '@/data/live';
import { isDueSoon, isOverdue } from '@/domain/actions';
import { localDateOf, today as todayIso } from '@/lib/clock';
import { backupOverdue } from '@/domain/backup-reminder';
import { paths, type AuditPage } from '@/lib/paths';
import type { LabelledSummary } from '@/domain/summary';

export function HomePage() {
  const summaries = useLabelledSummaries();
  const actions = useOpenActions();
  const projection = useProjectionState();
  const settings = useSettings();
  const conflicts = useConflicts();
  if (conflicts === undefined || summaries === undefined || actions === undefined || projection === undefined || settings === undefined) return null;
  const unreadable = projection?.unreadable ?? [];
  const today = todayIso();
  const backupDue = backupOverdue(
    settings.lastBackupAt ? localDateOf(settings.lastBackupAt) : null,
    settings.backupReminderDays ?? 7,
    today,
    summaries.length > 0,
  );
  const overdue = actions.filter((a) => isOverdue(a, today)).length;
  const dueSoon = actions.filter((a) => isDueSoon(a, today)).length;
  const count = (status: string) => summaries.filter((s) => s.status === status).length;
  const escalations = summaries.filter((s) => s.escalation === 'open');
  const unplanned = summaries.filter((s) => s.escalationFollowUp === 'no-plan');
  const disagreements = summaries.filter((s) => s.disagreementOpen);
  return (
    <Page title="Audit Workbench" wide>
      {escalations.length > 0 && (
        <NotificationBanner title="Open escalations">
          <p className="govuk-notification-banner__heading">
            {escalations.length === 1 ? '1 audit has findings' : `${escalations.length} audits have findings`} to escalate to the senior management team, with
            no record yet of who was told.
          </p>
          <CaseLinks summaries={escalations} page="/escalation" />
        </NotificationBanner>
      )}
      {unplanned.length > 0 && (
        <NotificationBanner title="Escalations without an action plan">
          <p className="govuk-notification-banner__heading">
            {unplanned.length === 1 ? '1 escalation was' : `${unplanned.length} escalations were`} made to senior management with no response or action plan
            recorded yet.
          </p>
          <CaseLinks summaries={unplanned} page="/escalation" />
        </NotificationBanner>
      )}
      {disagreements.length > 0 && (
        <NotificationBanner title="Part B disagreements">
          <p className="govuk-notification-banner__heading">
            {disagreements.length === 1 ? 'A CSW has' : `CSWs have`} disagreed with {disagreements.length === 1 ? 'an audit' : `${disagreements.length} audits`}
            , with no response recorded yet.
          </p>
          <CaseLinks summaries={disagreements} page="/disagreement" withCsw />
        </NotificationBanner>
      )}
      {unreadable.length > 0 && (
        <NotificationBanner title="Audits this version cannot read">
          <p className="govuk-notification-banner__heading">
            {unreadable.length === 1 ? '1 audit was' : `${unreadable.length} audits were`} made with a template or policy this version of Audit Workbench does
            not have, so lists and reports show {unreadable.length === 1 ? 'it' : 'them'} as last summarised, or not at all. Nothing has been changed or
            deleted: open the workspace with the version that made {unreadable.length === 1 ? 'it' : 'them'}.
          </p>
          <ul className="govuk-list">
            {unreadable.map((u) => (
              <li key={u.id}>
                Case {summaries.find((s) => s.id === u.id)?.caseReference ?? 'not yet summarised'} (record {u.id}): {u.message}
              </li>
            ))}
          </ul>
        </NotificationBanner>
      )}
      {backupDue && (
        <WarningText>
          {settings.lastBackupAt
            ? `This workspace has not been backed up since ${formatLongDate(localDateOf(settings.lastBackupAt))}.`
            : 'This workspace has never been backed up.'}{' '}
          Everything is kept in this browser only:{' '}
          <Link className="govuk-link" to={paths.settings}>
            back up the workspace
          </Link>{' '}
          and keep the file safe.
        </WarningText>
      )}
      <Columns>
        <p className="govuk-body-l">Audit case records, follow the findings through, and keep grading consistent.</p>
        <ButtonLink to={paths.newAudit()} start>
          Start an audit
        </ButtonLink>
        <h2 className="govuk-heading-m">Actions</h2>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={paths.actions('overdue')}>
              {overdue} overdue
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={paths.actions('due-soon')}>
              {dueSoon} due in the next two weeks
            </Link>
          </li>
        </ul>
        <h2 className="govuk-heading-m">Audits</h2>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={paths.audits}>
              {count('draft')} in draft
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={paths.audits}>
              {count('with-csw')} with the CSW for Part B
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={paths.audits}>
              {count('complete')} complete
            </Link>
          </li>
        </ul>
        <h2 className="govuk-heading-m">Pooling</h2>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={paths.pooling}>
              {conflicts.length > 0 ? `${conflicts.length} changed on both sides, to resolve` : 'Share audits in a pack, or bring packs in'}
            </Link>
          </li>
        </ul>
      </Columns>
    </Page>
  );
}

/** The audits a banner is about, each linked to the page that deals with it. */
function CaseLinks({ summaries, page, withCsw }: { summaries: readonly LabelledSummary[]; page: AuditPage; withCsw?: boolean }) {
  return (
    <ul className="govuk-list">
      {summaries.map((s) => (
        <li key={s.id}>
          <Link className="govuk-notification-banner__link" to={paths.audit(s.id, page)}>
            Case {s.caseReference}
          </Link>{' '}
          {withCsw ? `(CSW ${s.csw}), audited` : 'audited'} by {s.auditor} on {formatLongDate(s.auditDate)}
        </li>
      ))}
    </ul>
  );
}
