// Agreement between auditors' and moderated grades as figures and as the 4×4 table, wherever grading consistency shows.
import { TableScroll } from './table-scroll';
import type { GradeAgreement } from '@/domain/agreement';
import { GRADES, GRADE_LABELS } from '@/domain/grade';
import { SummaryList } from './content';

export const percent = (x: number) => `${Math.round(x * 100)}%`;
export const kappaText = (k: number | null) => (k === null ? 'Not defined' : k.toFixed(2));

export function AgreementFigures({ a }: { a: GradeAgreement }) {
  return (
    <SummaryList
      rows={[
        { key: 'Moderated audits', value: String(a.n) },
        { key: 'Same grade', value: a.n ? `${percent(a.exact)} (${Math.round(a.exact * a.n)} of ${a.n})` : 'None' },
        { key: 'Within one grade', value: a.n ? percent(a.withinOne) : 'None' },
        { key: 'Upgraded by the panel', value: String(a.upgraded) },
        { key: 'Downgraded by the panel', value: String(a.downgraded) },
        { key: 'Weighted kappa (quadratic)', value: kappaText(a.weightedKappa) },
      ]}
    />
  );
}

export function AgreementMatrix({ a, caption }: { a: GradeAgreement; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <td className="govuk-table__header" />
            {GRADES.map((g) => (
              <th key={g} scope="col" className="govuk-table__header">
                {GRADE_LABELS[g]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {GRADES.map((g, i) => (
            <tr key={g} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {GRADE_LABELS[g]}
              </th>
              {GRADES.map((m, j) => (
                <td key={m} className="govuk-table__cell govuk-table__cell--numeric">
                  {a.matrix[i]?.[j] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
