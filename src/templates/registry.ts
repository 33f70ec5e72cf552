// Loads every audit template and timescale policy under templates/, validates each file strictly at load, and
// keeps them by id and version. An audit names the template and policy versions it was made with, so publishing a
// new version never changes an old audit.
import type { AuditTemplate } from '@/domain/template';
import { templateKey } from '@/domain/template';
import type { TimescalePolicy } from '@/domain/policy';
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

function exactly<T>(items: Map<string, T>, kind: string, id: string, version: number): T {
  const found = items.get(templateKey(id, version));
  if (!found) throw new Error(`No ${kind} ${templateKey(id, version)}`);
  return found;
}

function newest<T extends { id: string; version: number }>(items: Map<string, T>, kind: string, id: string): T {
  const found = latest(items, id);
  if (!found) throw new Error(`No ${kind} "${id}"`);
  return found;
}

export const DEFAULT_AUDIT_TEMPLATE_ID = 'case-file-quality-audit';
export const DEFAULT_TIMESCALE_POLICY_ID = 'auditor-guidance';

export function getAuditTemplate(id: string, version: number): AuditTemplate {
  return exactly(auditTemplates, 'audit template', id, version);
}

export function latestAuditTemplate(id: string = DEFAULT_AUDIT_TEMPLATE_ID): AuditTemplate {
  return newest(auditTemplates, 'audit template', id);
}

export function listTimescalePolicies(): TimescalePolicy[] {
  const ids = [...new Set([...timescalePolicies.values()].map((p) => p.id))];
  return ids.map((id) => newest(timescalePolicies, 'timescale policy', id));
}

export function getTimescalePolicy(id: string, version: number): TimescalePolicy {
  return exactly(timescalePolicies, 'timescale policy', id, version);
}

export function latestTimescalePolicy(id: string = DEFAULT_TIMESCALE_POLICY_ID): TimescalePolicy {
  return newest(timescalePolicies, 'timescale policy', id);
}
