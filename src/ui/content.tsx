// Small GOV.UK content components: tags, summary lists, details, banners, inset and warning text, back link.
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export function Tag({ colour, children }: { colour?: TagColour | undefined; children: ReactNode }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  action?: { to: string; label: string; hidden: string } | undefined;
  /** A control that acts at once (a button), in place of a link. */
  control?: ReactNode;
}

export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((r, i) => (
        <div className="govuk-summary-list__row" key={i}>
          <dt className="govuk-summary-list__key">{r.key}</dt>
          <dd className="govuk-summary-list__value">{r.value}</dd>
          {r.action && (
            <dd className="govuk-summary-list__actions app-no-print">
              <Link className="govuk-link" to={r.action.to}>
                {r.action.label}
                <span className="govuk-visually-hidden"> {r.action.hidden}</span>
              </Link>
            </dd>
          )}
          {r.control && <dd className="govuk-summary-list__actions app-no-print">{r.control}</dd>}
        </div>
      ))}
    </dl>
  );
}

export function SummaryCard({ title, actions, children }: { title: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
        {actions && <div className="govuk-summary-card__actions app-no-print">{actions}</div>}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}

export function Details({ summary, children, open }: { summary: ReactNode; children: ReactNode; open?: boolean }) {
  return (
    <details className="govuk-details" open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

/** A GOV.UK notification banner; `alert` for news that must interrupt (success does too), otherwise a region. */
export function NotificationBanner({ title, success, alert, children }: { title: string; success?: boolean; alert?: boolean; children: ReactNode }) {
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success || alert ? 'alert' : 'region'}
      aria-labelledby={`banner-${title.replace(/\W+/g, '-')}`}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={`banner-${title.replace(/\W+/g, '-')}`}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}

export function BackLink({ to, children = 'Back' }: { to: string; children?: ReactNode }) {
  return (
    <Link to={to} className="govuk-back-link app-no-print">
      {children}
    </Link>
  );
}

/** A link that looks like a button, as GOV.UK writes it: for a page that starts a job ("Start an audit"). */
export function ButtonLink({ to, start, className = '', children }: { to: string; start?: boolean; className?: string; children: ReactNode }) {
  return (
    <Link
      to={to}
      role="button"
      draggable="false"
      className={`govuk-button${start ? ' govuk-button--start' : ''}${className ? ` ${className}` : ''}`}
      data-module="govuk-button"
    >
      {children}
    </Link>
  );
}

/** Keeps line breaks in text that the user typed. */
export function MultilineText({ text }: { text: string | undefined }) {
  if (!text?.trim()) return <span className="govuk-hint">Not answered</span>;
  return <span className="app-pre-wrap">{text}</span>;
}
