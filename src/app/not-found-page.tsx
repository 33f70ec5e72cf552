import { Link } from 'react-router';
import { Page } from '@/ui/page';
import { paths } from '@/lib/paths';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.home}>
          Go to the home page
        </Link>
      </p>
    </Page>
  );
}
