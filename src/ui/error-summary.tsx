import { useEffect, useRef } from 'react';

export interface ErrorItem {
  /** The id of the field the error belongs to: the summary links to it. */
  href: string;
  message: string;
}

/** GOV.UK error summary: shown at the top of the form, focused when it appears, each error a link to its field. */
export function ErrorSummary({ errors, focusKey }: { errors: ErrorItem[]; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
    // Focus each time the form is submitted with errors, not as errors change while typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  if (!errors.length) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={`${e.href}:${e.message}`}>
                {e.href ? (
                  <a
                    href={`#${e.href}`}
                    onClick={(ev) => {
                      ev.preventDefault();
                      const el = document.getElementById(e.href);
                      el?.focus();
                      el?.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {e.message}
                  </a>
                ) : (
                  e.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
