import { useParams } from 'react-router';
import type { Audit } from '@/domain/audit';
import type { Person } from '@/domain/person';
import type { AuditTemplate } from '@/domain/template';
import type { TimescalePolicy } from '@/domain/policy';
import { useAudit } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { getAuditTemplate, getTimescalePolicy } from '@/templates/registry';
import { isNewerShape } from '@/storage/records/shapes';

export type AuditPageData =
  | { state: 'loading' }
  | { state: 'missing' }
  | {
      state: 'ready';
      audit: Audit;
      template: AuditTemplate;
      policy: TimescalePolicy;
      person: Person;
      /** Saved by a newer version of the app: shown as it is, and no change to it is saved here. */
      newerVersion: boolean;
    };

/** The audit named in the address, the template version it was made with, and who is working. */
export function useAuditPage(): AuditPageData {
  const { auditId } = useParams();
  const audit = useAudit(auditId);
  const person = useCurrentPerson();
  if (audit === undefined || person === undefined) return { state: 'loading' };
  if (audit === null || person === null) return { state: 'missing' };
  return {
    state: 'ready',
    audit,
    template: getAuditTemplate(audit.templateId, audit.templateVersion),
    policy: getTimescalePolicy(audit.policyId, audit.policyVersion),
    person,
    newerVersion: isNewerShape(audit),
  };
}
