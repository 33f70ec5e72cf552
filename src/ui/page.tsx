import { useEffect, useRef, type ReactNode } from 'react';

interface PageProps {
  title: string;
  /**
   * The browser's title, where the heading names a case or a person: the browser keeps titles in its history and
   * session files, outside the workspace, so a title never carries a case reference or a name.
   */
  browserTitle?: string | undefined;
  /** Shown above the heading in grey, as GOV.UK captions do. */
  caption?: string | undefined;
  /** Prefixes the browser title with "Error: " while the page shows errors (GOV.UK). */
  hasErrors?: boolean | undefined;
  back?: ReactNode;
  children: ReactNode;
  /** Wider pages (tables) use the full width. */
  wide?: boolean | undefined;
}

/** One page: sets the document title, shows the heading, and moves focus to the heading on arrival. */
export function Page({ title, browserTitle, caption, hasErrors, back, children, wide }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${browserTitle ?? title} – Audit Workbench`;
  }, [title, browserTitle, hasErrors]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <>
      {back}
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row">
          <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds-from-desktop'}>
            {caption && <span className="govuk-caption-l">{caption}</span>}
            <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
              {title}
            </h1>
          </div>
        </div>
        {children}
      </main>
    </>
  );
}

export function Columns({ children, wide }: { children: ReactNode; wide?: boolean }) {
  return (
    <div className="govuk-grid-row">
      <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds-from-desktop'}>{children}</div>
    </div>
  );
}

/** A part of a page, labelled by its heading. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}
