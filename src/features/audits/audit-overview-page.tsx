// An audit's task list: Part A sections with their status, the check-and-submit step, and Part B.
import { Link } from 'react-router';
import { escalationState } from '@/domain/escalation';
import { sectionStatus } from '@/domain/completeness';
import { ESCALATION_REASON_LABELS } from '@/domain/template';
import { Page, Columns } from '@/ui/page';
import { BackLink, NotificationBanner, SummaryList } from '@/ui/content';
import { TaskList, type Task } from '@/ui/task-list';
import { AuditMissing } from './audit-missing';
import { detailsRows, StatusTag } from './labels';
import { useAuditPage } from './use-audit-page';
import { FollowsSummary } from './follows-summary';
import { paths } from '@/lib/paths';
import { disagreementOpen, isReadOnly } from '@/domain/audit';

export function AuditOverviewPage() {
  const data = useAuditPage();
  if (data.state === 'loading') return null;
  if (data.state === 'missing') return <AuditMissing />;
  const { audit, template, policy } = data;
  const d = audit.details;
  const draft = !isReadOnly(audit);
  const escalation = escalationState(audit);

  return (
    <Page title={`Audit of case ${d.caseReference}`} browserTitle="Audit" caption={template.title} back={<BackLink to={paths.audits}>All audits</BackLink>}>
      {data.newerVersion && (
        <NotificationBanner title="Saved by a newer version">
          <p className="govuk-notification-banner__heading">This audit was saved by a newer version of Audit Workbench.</p>
          <p className="govuk-body">It is shown as it is and no change to it can be saved here: update the app to change it.</p>
        </NotificationBanner>
      )}
      {escalation === 'open' && audit.escalation && (
        <NotificationBanner title="Escalation needed">
          <p className="govuk-notification-banner__heading">These findings must be escalated to the senior management team immediately:</p>
          <ul className="govuk-list govuk-list--bullet">
            {audit.escalation.reasons.map((r) => (
              <li key={r}>{ESCALATION_REASON_LABELS[r]}</li>
            ))}
          </ul>
          <p className="govuk-body">
            <Link className="govuk-notification-banner__link" to={paths.audit(audit.id, '/escalation')}>
              Record who in senior management was told, and when
            </Link>
          </p>
        </NotificationBanner>
      )}
      {disagreementOpen(audit) && (
        <NotificationBanner title="Part B disagreement">
          <p className="govuk-notification-banner__heading">The CSW disagreed with this audit: {audit.acknowledgement?.reasons}</p>
          <p className="govuk-body">
            <Link className="govuk-notification-banner__link" to={paths.audit(audit.id, '/disagreement')}>
              Record the response and its outcome
            </Link>
          </p>
        </NotificationBanner>
      )}
      <Columns>
        <p className="govuk-body">
          Status: <StatusTag status={audit.status} />
        </p>
        <SummaryList
          rows={detailsRows(d).map((r) => ({
            ...r,
            action: draft ? { to: paths.audit(audit.id, '/details'), label: 'Change', hidden: String(r.key).toLowerCase() } : undefined,
          }))}
        />
        {template.parts.map((part) => {
          const tasks: Task[] = part.sections.map((s) => {
            const status = sectionStatus(template, s, audit, policy);
            const to =
              s.kind === 'reassignment'
                ? paths.audit(audit.id, '/check')
                : s.kind === 'acknowledgement'
                  ? paths.audit(audit.id, '/part-b')
                  : paths.audit(audit.id, `/sections/${s.id}`);
            return { id: `task-${s.id}`, title: s.title, to, status };
          });
          return (
            <section key={part.id} aria-labelledby={`${part.id}-heading`}>
              <h2 className="govuk-heading-m" id={`${part.id}-heading`}>
                {part.title}
              </h2>
              <TaskList tasks={tasks} />
            </section>
          );
        })}
        <h2 className="govuk-heading-m">This audit</h2>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={paths.audit(audit.id, '/voice')}>
              {audit.voice
                ? 'Child and family voice and the audit conversation: recorded, change'
                : 'Record the child and family voice and the audit conversation'}
            </Link>
          </li>
          <li>
            {audit.follows ? (
              <>
                Follows <FollowsSummary audit={audit} />.{' '}
                <Link className="govuk-link" to={paths.audit(audit.id, '/follows')}>
                  Change<span className="govuk-visually-hidden"> the earlier audit this one follows</span>
                </Link>
              </>
            ) : (
              <Link className="govuk-link" to={paths.audit(audit.id, '/follows')}>
                Link to an earlier audit of this case or practitioner
              </Link>
            )}
          </li>
          <li>
            <Link className="govuk-link" to={paths.audit(audit.id, '/good-practice')}>
              {audit.goodPractice
                ? `Flagged as good practice, to share ${audit.goodPractice.routes.length} way${audit.goodPractice.routes.length === 1 ? '' : 's'}: change`
                : 'Flag as good practice'}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={paths.audit(audit.id, '/record')}>
              View and print the audit record
            </Link>
          </li>
          {audit.escalation && (
            <li>
              <Link className="govuk-link" to={paths.audit(audit.id, '/escalation')}>
                Escalation
              </Link>
            </li>
          )}
          {!draft && (
            <li>
              <Link className="govuk-link" to={paths.audit(audit.id, '/reopen')}>
                Reopen this audit
              </Link>
            </li>
          )}
        </ul>
      </Columns>
    </Page>
  );
}
