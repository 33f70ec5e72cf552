// Read models kept beside the source records. Each audit's compact summary is a projection of the audit with its own
// version (SUMMARY_PROJECTION_VERSION): written with the audit on every change, and rebuilt from the audits when the
// version the database was built with is not the code's. Migrations never write it. Rebuilding reads the audits in
// batches, with progress, and lists every audit it cannot read instead of skipping it quietly.
// Summaries are kept a month of audit dates to a record (SummaryMonth): a report reads its period's months, a list
// reads a few dozen records rather than one an audit, and a restore of 10,000 audits writes a few dozen summary
// records, not 10,000 (the browser's cost of a write is mostly a cost a record).
import type { Audit } from '@/domain/audit';
import { monthOf, SUMMARY_PROJECTION_VERSION, summarizeAudit, type AuditSummary, type LabelledSummary } from '@/domain/summary';
import type { IsoDate } from '@/domain/calendar/iso-date';
import { getAuditTemplate, getTimescalePolicy } from '@/templates/registry';
import { db, type ProjectionState, type StoredLabels, type SummaryMonth, type UnreadableRecord, type WorkbenchDb } from './db';
import { openFound, openLabels, sealLabels } from './protection';

export type RebuildProgress = (done: number, total: number) => void;

/** The summary of one audit, by the template and policy versions it was made with. Throws when they are unknown. */
export function summaryOf(audit: Audit): AuditSummary {
  return summarizeAudit(getAuditTemplate(audit.templateId, audit.templateVersion), audit, getTimescalePolicy(audit.policyId, audit.policyVersion));
}

/** Summaries of the audits, and those that could not be summarised with why. */
export function summariesOf(audits: readonly Audit[]): { summaries: AuditSummary[]; unreadable: UnreadableRecord[] } {
  const summaries: AuditSummary[] = [];
  const unreadable: UnreadableRecord[] = [];
  for (const audit of audits) {
    try {
      summaries.push(summaryOf(audit));
    } catch (e) {
      unreadable.push({ id: audit.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return { summaries, unreadable };
}

const without = <T>(record: Record<string, T>, id: string): Record<string, T> => Object.fromEntries(Object.entries(record).filter(([k]) => k !== id));

const emptyMonth = (id: string): SummaryMonth => ({ id, summaries: {}, labels: {} });

/** The summaries of audits grouped into their months, with their labels as stored (./protection.ts sealLabels). */
export function monthsOf(summaries: readonly AuditSummary[], labels: ReadonlyMap<string, StoredLabels>): SummaryMonth[] {
  const months = new Map<string, SummaryMonth>();
  for (const s of summaries) {
    const label = labels.get(s.id);
    if (!label) continue;
    const id = monthOf(s.auditDate);
    const month = months.get(id) ?? emptyMonth(id);
    month.summaries[s.id] = s;
    month.labels[s.id] = label;
    months.set(id, month);
  }
  return [...months.values()];
}

/**
 * Keeps the summaries of audits just written in step, in the caller's transaction: each is put in its month and taken
 * out of the month it was in before (`before`, the stored versions the write replaced), with its labels as sealed
 * before the transaction (`labels`). Throws, undoing the write, when an audit cannot be summarised.
 */
export async function putSummaries(
  d: WorkbenchDb,
  audits: readonly Audit[],
  before: readonly (Audit | undefined)[],
  labels: ReadonlyMap<string, StoredLabels>,
): Promise<void> {
  const ids = [...new Set([...audits, ...before].flatMap((a) => (a ? [monthOf(a.details.auditDate)] : [])))];
  const stored = await d.summaryMonths.bulkGet(ids);
  const months = new Map(ids.map((id, i) => [id, stored[i] ?? emptyMonth(id)]));
  for (const old of before) {
    const month = old && months.get(monthOf(old.details.auditDate));
    if (!month || !old) continue;
    month.summaries = without(month.summaries, old.id);
    month.labels = without(month.labels, old.id);
  }
  for (const audit of audits) {
    const month = months.get(monthOf(audit.details.auditDate));
    if (!month) continue;
    const label = labels.get(audit.id);
    if (!label) throw new Error(`The labels of audit ${audit.id} were not prepared before writing it`);
    month.summaries[audit.id] = summaryOf(audit);
    month.labels[audit.id] = label;
  }
  const emptied = [...months.values()].filter((m) => Object.keys(m.summaries).length === 0);
  await d.summaryMonths.bulkDelete(emptied.map((m) => m.id));
  await d.summaryMonths.bulkPut([...months.values()].filter((m) => !emptied.includes(m)));
}

/** The summaries in stored months, with their labels when asked. */
export function summariesIn(months: readonly (SummaryMonth | undefined)[]): AuditSummary[] {
  return months.flatMap((m) => (m ? Object.values(m.summaries) : []));
}

/** The summaries in stored months with their labels, opened (sealed labels are decrypted with the workspace key). */
export async function labelledSummariesIn(months: readonly (SummaryMonth | undefined)[]): Promise<LabelledSummary[]> {
  const out = months.flatMap((m) => (m ? Object.values(m.summaries).map((s) => ({ summary: s, stored: m.labels[s.id] })) : []));
  return Promise.all(out.map(async ({ summary, stored }) => ({ ...summary, ...(await openLabels(summary.id, stored)) }) as LabelledSummary));
}

/** The summaries of audits dated from `from` to `to` inclusive, reading only those months. */
export async function summariesBetween(from: IsoDate, to: IsoDate, d: WorkbenchDb = db()): Promise<AuditSummary[]> {
  const months = await d.summaryMonths.where(':id').between(monthOf(from), monthOf(to), true, true).toArray();
  return summariesIn(months).filter((s) => s.auditDate >= from && s.auditDate <= to);
}

/** Like summariesBetween, with each summary's labels (the case reference and names) opened. */
export async function labelledSummariesBetween(from: IsoDate, to: IsoDate, d: WorkbenchDb = db()): Promise<LabelledSummary[]> {
  const months = await d.summaryMonths.where(':id').between(monthOf(from), monthOf(to), true, true).toArray();
  return (await labelledSummariesIn(months)).filter((s) => s.auditDate >= from && s.auditDate <= to);
}

/**
 * The summaries of the audits with these ids, read from the months they are expected in (`YYYY-MM`); if any is not
 * there (its date changed since the month was noted), every month is read for it.
 */
export async function summariesByIds(ids: ReadonlySet<string>, months: readonly string[], d: WorkbenchDb = db()): Promise<AuditSummary[]> {
  const found = summariesIn(await d.summaryMonths.bulkGet([...new Set(months)])).filter((s) => ids.has(s.id));
  if (found.length >= ids.size) return found;
  return summariesIn(await d.summaryMonths.toArray()).filter((s) => ids.has(s.id));
}

export async function projectionState(d: WorkbenchDb = db()): Promise<ProjectionState | undefined> {
  return d.projections.get('summaries');
}

/** Whether the summaries were built by this version of the code. */
export async function summariesAreCurrent(d: WorkbenchDb = db()): Promise<boolean> {
  return (await projectionState(d))?.version === SUMMARY_PROJECTION_VERSION;
}

export class OtherVersionError extends Error {
  constructor() {
    super('Audit Workbench was updated in another tab or window, so this page can no longer save. Reload the page: what is saved is kept.');
    this.name = 'OtherVersionError';
  }
}

/**
 * Refuses, in the caller's transaction, to write summaries in another version's shape: a tab left open from an older
 * version after a newer one rebuilt the summaries (or the other way round) must not write them.
 */
export async function refuseOtherVersion(d: WorkbenchDb): Promise<void> {
  const state = await projectionState(d);
  if (state && state.version !== SUMMARY_PROJECTION_VERSION) throw new OtherVersionError();
}

const BATCH = 500;

/**
 * Rebuilds every audit's summary from the audit, reading the audits a batch at a time and reporting progress, then
 * replacing the summaries in one transaction. An audit that cannot be read keeps the summary it had and is listed; a
 * summary with no audit behind it is dropped. The projection's version is recorded with them, so a rebuild cut short
 * runs again on the next open. Other tabs cannot write summaries meanwhile: they refuse while the version differs.
 */
export async function rebuildSummaries(now: string, onProgress?: RebuildProgress, d: WorkbenchDb = db()): Promise<ProjectionState> {
  const ids = (await d.audits.toCollection().primaryKeys()) as string[];
  const unreadable: UnreadableRecord[] = [];
  const audits: Audit[] = [];
  const summaries: AuditSummary[] = [];
  if (ids.length) onProgress?.(0, ids.length);
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = (await openFound<Audit>('audits', await d.audits.bulkGet(ids.slice(start, start + BATCH)))).filter((a): a is Audit => a !== undefined);
    const built = summariesOf(batch);
    audits.push(...batch);
    summaries.push(...built.summaries);
    unreadable.push(...built.unreadable);
    onProgress?.(Math.min(start + BATCH, ids.length), ids.length);
  }
  const months = monthsOf(summaries, await sealLabels(audits));
  const state: ProjectionState = { id: 'summaries', version: SUMMARY_PROJECTION_VERSION, rebuiltAt: now, unreadable };
  await d.transaction('rw', d.summaryMonths, d.projections, async () => {
    // An audit that cannot be summarised keeps the summary it had.
    const kept = new Map(unreadable.map((u) => [u.id, true]));
    if (kept.size) {
      const byId = new Map(months.map((m) => [m.id, m]));
      for (const old of await d.summaryMonths.toArray()) {
        for (const [id, summary] of Object.entries(old.summaries)) {
          if (!kept.has(id)) continue;
          const month = byId.get(old.id) ?? emptyMonth(old.id);
          month.summaries[id] = summary;
          const labels = old.labels[id];
          if (labels) month.labels[id] = labels;
          byId.set(old.id, month);
        }
      }
      months.splice(0, months.length, ...byId.values());
    }
    await d.summaryMonths.clear();
    await d.summaryMonths.bulkPut(months);
    await d.projections.put(state);
  });
  return state;
}
