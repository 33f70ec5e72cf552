// Exports of audits: as CSV, one value a row (every detail, answer, comment, judgement, timescale result, visit, action,
// escalation, acknowledgement, moderation record and history entry), and as JSON, the records themselves with the
// actions raised in them, for another system to read.
import type { Audit } from '@/domain/audit';
import type { ActionRecord } from '@/domain/actions';
import { auditExportRows } from '@/domain/audit-export';
import { getAuditTemplate, getTimescalePolicy } from '@/templates/registry';
import { toCsv } from '@/lib/csv';

export function auditsCsv(audits: readonly Audit[]): string {
  return toCsv(
    audits.flatMap((a) =>
      auditExportRows(a, getAuditTemplate(a.templateId, a.templateVersion), getTimescalePolicy(a.policyId, a.policyVersion)).map((r) => ({
        'Audit id': r.auditId,
        'Case reference': r.caseReference,
        Part: r.part,
        Section: r.section,
        Item: r.item,
        Value: r.value,
      })),
    ),
  );
}

export function auditsJson(audits: readonly Audit[], actions: readonly ActionRecord[], filter: string, exportedAt: string): string {
  return JSON.stringify({ format: 'audit-workbench-audits', exportedAt, filter, audits, actions }, null, 2);
}
