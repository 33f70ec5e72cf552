import { Link } from 'react-router';
import { Page } from './page';

/** The page for an address whose record is not in this workspace (deleted, or never pooled here). */
export function MissingPage({ what, to, linkText }: { what: string; to: string; linkText: string }) {
  return (
    <Page title={`${what.charAt(0).toUpperCase()}${what.slice(1)} not found`}>
      <p className="govuk-body">There is no {what} at this address in this workspace.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={to}>
          {linkText}
        </Link>
      </p>
    </Page>
  );
}
