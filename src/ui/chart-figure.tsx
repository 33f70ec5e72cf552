import type { ReactNode } from 'react';

/**
 * A chart as a figure: a caption, the chart (hidden from screen readers, which read the table instead), and the same
 * facts as a table.
 */
export function ChartFigure({ caption, chart, table }: { caption: string; chart: ReactNode; table: ReactNode }) {
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
      <figcaption className="govuk-heading-s">{caption}</figcaption>
      <div aria-hidden="true">{chart}</div>
      {table}
    </figure>
  );
}
