// The board reports and Brief Overview reports: drafts being written and those issued, each opened to go on writing
// or to print again.
import { Link } from 'react-router';
import { describeAuditFilter } from '@/domain/audit-filter';
import { REPORT_KIND_LABELS } from '@/domain/board-report';
import { formatDateTime } from '@/domain/calendar/iso-date';
import { useProgrammes, useReports } from '@/data/live';
import { localDateTimeOf } from '@/lib/clock';
import { paths } from '@/lib/paths';
import { BackLink, Tag } from '@/ui/content';
import { Page } from '@/ui/page';
import { SimpleTable } from '@/ui/simple-table';

export function BoardReportsPage() {
  const reports = useReports();
  const programmes = useProgrammes();
  if (!reports || !programmes) return null;
  return (
    <Page title="Board reports" back={<BackLink to={paths.reports()}>Audit overview report</BackLink>} wide>
      <p className="govuk-body">
        A board report is written from the audit overview report, for the period and filter it shows; a Brief Overview report from a thematic audit in the
        programme. Drafts are saved as they are written; an issued report keeps its figures as they were when it was issued.
      </p>
      {reports.length === 0 ? (
        <p className="govuk-body">No reports yet. Open the audit overview report and choose “Write a board report for this period”.</p>
      ) : (
        <SimpleTable
          caption="Reports"
          captionSize="m"
          headings={['Report', 'Kind', 'Covers', 'Status']}
          rows={reports.map((r) => ({
            key: r.id,
            cells: [
              <Link className="govuk-link" to={paths.boardReport(r.id)}>
                {r.title}
              </Link>,
              REPORT_KIND_LABELS[r.kind],
              describeAuditFilter(r.filter, programmes.find((p) => p.id === r.filter.programmeId)?.title ?? ''),
              r.issued ? (
                <>
                  <Tag colour="green">Issued</Tag> {formatDateTime(localDateTimeOf(r.issued.at))}
                </>
              ) : (
                <Tag colour="grey">Draft</Tag>
              ),
            ],
          }))}
        />
      )}
    </Page>
  );
}
