import { MissingPage } from '@/ui/missing-page';
import { paths } from '@/lib/paths';

export function AuditMissing() {
  return <MissingPage what="audit" to={paths.audits} linkText="See all audits" />;
}
