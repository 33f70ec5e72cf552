import type { ReactNode } from 'react';

/**
 * A table's own scroll region: on a narrow screen a table wider than the page scrolls sideways inside it, and the
 * page itself never does (WCAG 2.2, 1.4.10 Reflow). Focusable, so it can be scrolled by keyboard.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
