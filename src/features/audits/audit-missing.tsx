import { MissingPage } from '@/ui/missing-page';

export function AuditMissing() {
  return <MissingPage what="audit" to="/audits" linkText="See all audits" />;
}
