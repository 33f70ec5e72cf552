// Loads every audit template and timescale policy under templates/, validates each file strictly at load, and
// keeps them by id and version. An audit names the template and policy versions it was made with, so publishing a
// new version never changes an old audit.
import type { AuditTemplate } from '@/domain/template';
import { templateKey } from '@/domain/template';
import type { TimescalePolicy } from '@/domain/timescales';
import { auditTemplateSchema } from './audit-template-schema';
import { timescalePolicySchema } from './timescale-policy-schema';
import { formatIssues } from './format-issues';

const auditFiles = import.meta.glob<unknown>('../../templates/audits/*.json', { eager: true, import: 'default' });
const policyFiles = import.meta.glob<unknown>('../../templates/timescales/*.json', { eager: true, import: 'default' });

function loadAll<T extends { id: string; version: number }>(files: Record<string, unknown>, parse: (file: string, data: unknown) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const [file, data] of Object.entries(files)) {
    const item = parse(file, data);
    const expected = `${templateKey(item.id, item.version)}.json`;
    if (!file.endsWith(`/${expected}`)) throw new Error(`${file}: the file name must be ${expected}`);
    out.set(templateKey(item.id, item.version), item);
  }
  return out;
}

export function parseAuditTemplate(file: string, data: unknown): AuditTemplate {
  const result = auditTemplateSchema.safeParse(data);
  if (!result.success) throw new Error(`Audit template is not valid:\n${formatIssues(file, result.error)}`);
  return result.data;
}

export function parseTimescalePolicy(file: string, data: unknown): TimescalePolicy {
  const result = timescalePolicySchema.safeParse(data);
  if (!result.success) throw new Error(`Timescale policy is not valid:\n${formatIssues(file, result.error)}`);
  return result.data;
}

const auditTemplates = loadAll(auditFiles, parseAuditTemplate);
const timescalePolicies = loadAll(policyFiles, parseTimescalePolicy);

function latest<T extends { id: string; version: number }>(items: Map<string, T>, id: string): T | undefined {
  let best: T | undefined;
  for (const t of items.values()) if (t.id === id && (!best || t.version > best.version)) best = t;
  return best;
}

export const DEFAULT_AUDIT_TEMPLATE_ID = 'case-file-quality-audit';
export const DEFAULT_TIMESCALE_POLICY_ID = 'auditor-guidance';

export function getAuditTemplate(id: string, version: number): AuditTemplate {
  const t = auditTemplates.get(templateKey(id, version));
  if (!t) throw new Error(`No audit template ${templateKey(id, version)}`);
  return t;
}

export function latestAuditTemplate(id: string = DEFAULT_AUDIT_TEMPLATE_ID): AuditTemplate {
  const t = latest(auditTemplates, id);
  if (!t) throw new Error(`No audit template "${id}"`);
  return t;
}

export function listTimescalePolicies(): TimescalePolicy[] {
  const ids = [...new Set([...timescalePolicies.values()].map((p) => p.id))];
  return ids.map((id) => latest(timescalePolicies, id)).filter((p): p is TimescalePolicy => p !== undefined);
}

export function getTimescalePolicy(id: string, version: number): TimescalePolicy {
  const p = timescalePolicies.get(templateKey(id, version));
  if (!p) throw new Error(`No timescale policy ${templateKey(id, version)}`);
  return p;
}

export function latestTimescalePolicy(id: string = DEFAULT_TIMESCALE_POLICY_ID): TimescalePolicy {
  const p = latest(timescalePolicies, id);
  if (!p) throw new Error(`No timescale policy "${id}"`);
  return p;
}
