import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * A chart as a figure: a caption, the chart (hidden from screen readers, which read the table instead), and the same
 * facts as a table. The table comes first: the chart is drawn in the frame after it is on screen, so a report's
 * figures never wait for its charts. The chart's place is kept (`height`), so nothing moves when it arrives.
 */
export function ChartFigure({ caption, chart, table, height = 220 }: { caption: string; chart: ReactNode; table: ReactNode; height?: number }) {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setDrawn(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
      <figcaption className="govuk-heading-s">{caption}</figcaption>
      <div aria-hidden="true" style={{ minHeight: height }}>
        {drawn ? chart : null}
      </div>
      {table}
    </figure>
  );
}
