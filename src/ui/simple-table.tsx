import type { ReactNode } from 'react';
import { TableScroll } from './table-scroll';

/** A small GOV.UK table: a caption, column headings and rows of cells. Large lists use DataTable instead. */
export function SimpleTable({
  caption,
  captionSize = 's',
  hiddenCaption,
  headings,
  rows,
}: {
  caption: string;
  captionSize?: 's' | 'm';
  hiddenCaption?: boolean;
  headings: string[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <TableScroll label={caption}>
      <table className="govuk-table">
        <caption className={hiddenCaption ? 'govuk-visually-hidden' : `govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {headings.map((h) => (
              <th key={h} scope="col" className="govuk-table__header">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => (
            <tr key={r.key} className="govuk-table__row">
              {r.cells.map((c, i) => (
                <td key={i} className="govuk-table__cell">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
