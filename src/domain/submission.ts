// Part A submitted (seed 003, "Actions": "If the auditor is not the CSW in the case they must then re-assign the audit
// to the CSW responsible for the case"): the escalation brought up to date with the findings, the audit re-assigned,
// and the practice actions it raises for the action register.
import { submitPartA, type Audit } from './audit';
import type { Author } from './author';
import { actionsFromAudit, type ActionRecord } from './actions';
import { withEscalation } from './escalation';
import type { AuditTemplate } from './template';

/** Call once checkPartA (completeness.ts) finds nothing to fix. */
export function submitAuditPartA(template: AuditTemplate, audit: Audit, by: Author, now: string): { audit: Audit; raised: ActionRecord[] } {
  const submitted = submitPartA(withEscalation(template, audit, now, by), by, now);
  return { audit: submitted, raised: actionsFromAudit(submitted, now, by) };
}
