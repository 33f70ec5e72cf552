// "For supervision": one practitioner's practice actions, printable and as CSV (seed 002, "Findings, accountability
// and impact": "There should be evidence in individual supervision that learning from the audit has been considered").
import { useState } from 'react';
import { toCsv } from '@/lib/csv';
import { ACTION_STATUS_LABELS, isOverdue, type ActionRecord } from '@/domain/actions';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { Page } from '@/ui/page';
import { BackLink } from '@/ui/content';
import { SimpleTable } from '@/ui/simple-table';
import { downloadCsv, fileName } from '@/ui/download';
import { useActions } from '@/data/live';
import { today as todayIso } from '@/lib/clock';
import { distinctValues, supervisionRows } from './action-filters';
import { ActionStatusTag } from './action-labels';
import { paths } from '@/lib/paths';

export function supervisionCsv(rows: readonly ActionRecord[], today: string): string {
  return toCsv(
    rows.map((a) => ({
      Action: a.what,
      Owner: a.ownerName,
      Role: a.ownerRole,
      Due: a.due,
      Status: isOverdue(a, today) ? 'Overdue' : ACTION_STATUS_LABELS[a.status],
      'Case reference': a.caseReferences.join('; '),
      'Last review': a.reviews.at(-1)?.note ?? '',
      Evidence: a.completion?.evidence ?? '',
      Impact: a.completion?.impact ?? '',
    })),
  );
}

export function SupervisionPage() {
  const actions = useActions();
  const [practitioner, setPractitioner] = useState('');
  if (!actions) return null;
  const today = todayIso();
  const practitioners = distinctValues(
    actions.filter((a) => a.level === 'practice'),
    'practitioner',
  );
  const rows = practitioner ? supervisionRows(actions, practitioner) : [];
  const download = () => downloadCsv(fileName(['actions for supervision', practitioner, today], 'csv'), supervisionCsv(rows, today));
  return (
    <Page
      title={practitioner ? `Actions for supervision: ${practitioner}` : 'Actions for supervision'}
      browserTitle="Actions for supervision"
      back={<BackLink to={paths.actions()}>All actions</BackLink>}
      wide
    >
      <div className="govuk-form-group app-no-print">
        <label className="govuk-label govuk-label--s" htmlFor="practitioner">
          Practitioner
        </label>
        <select className="govuk-select" id="practitioner" value={practitioner} onChange={(e) => setPractitioner(e.target.value)}>
          <option value="">Choose a practitioner</option>
          {practitioners.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      {practitioner && (
        <>
          <p className="govuk-body app-no-print">
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-right-2" onClick={() => window.print()}>
              Print
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={download}>
              Download as CSV
            </button>
          </p>
          <p className="govuk-body app-print-only">Printed {formatLongDate(today)}.</p>
          <SimpleTable
            caption="Practice actions from audits"
            captionSize="m"
            headings={['Action', 'Owner', 'Due', 'Status', 'Case', 'Last review']}
            rows={rows.map((a) => ({
              key: a.id,
              cells: [
                a.what,
                `${a.ownerName}, ${a.ownerRole}`,
                <span className="app-nowrap">{formatLongDate(a.due)}</span>,
                <ActionStatusTag action={a} today={today} />,
                a.caseReferences.join(', '),
                a.reviews.at(-1)?.note ?? '',
              ],
            }))}
          />
          {rows.length === 0 && <p className="govuk-body">No practice actions for {practitioner}.</p>}
        </>
      )}
    </Page>
  );
}
