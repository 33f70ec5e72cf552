// The audits flagged as good practice, route by route (seed 002, "Celebrating best practice as part of auditing
// activity": escalation to senior management, Story Boards, lunch and learn, the DCS Roundup, the practice hub, the
// Practice Learning and Development meetings and the Quality Assurance and Practice Development Board).
import { Link } from 'react-router';
import { goodPracticeByRoute } from '@/domain/good-practice';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { useLabelledSummaries } from '@/data/live';
import { paths } from '@/lib/paths';
import { Page } from '@/ui/page';
import { SimpleTable } from '@/ui/simple-table';

export function GoodPracticeListPage() {
  const summaries = useLabelledSummaries();
  if (!summaries) return null;
  const flagged = summaries.filter((s) => s.goodPracticeRoutes.length > 0);
  const byId = new Map(flagged.map((s) => [s.id, s]));
  return (
    <Page title="Good practice" wide>
      <p className="govuk-body">
        Audits flagged as examples of good practice, listed by how each is to be shared. Flag an audit from its page, under “This audit”.
      </p>
      {flagged.length === 0 ? (
        <p className="govuk-body">No audit is flagged as good practice yet.</p>
      ) : (
        goodPracticeByRoute(flagged).map(({ route, auditIds }) => (
          <SimpleTable
            key={route.id}
            caption={`${route.label} (${auditIds.length})`}
            headings={['Case', 'Team', 'Practitioner', 'Date of audit']}
            rows={auditIds.map((id) => {
              const s = byId.get(id);
              return {
                key: id,
                cells: [
                  <Link className="govuk-link" to={paths.audit(id, '/good-practice')}>
                    {s?.caseReference ?? id}
                  </Link>,
                  s?.team ?? '',
                  s?.practitioner ?? '',
                  s ? formatLongDate(s.auditDate) : '',
                ],
              };
            })}
          />
        ))
      )}
    </Page>
  );
}
