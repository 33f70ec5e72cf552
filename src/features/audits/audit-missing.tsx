import { Link } from 'react-router';
import { Page } from '@/ui/page';

export function AuditMissing() {
  return (
    <Page title="Audit not found">
      <p className="govuk-body">There is no audit at this address in this workspace.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/audits">
          See all audits
        </Link>
      </p>
    </Page>
  );
}
