// Read models kept beside the source records. Each audit's compact summary is a projection of the audit with its own
// version (SUMMARY_PROJECTION_VERSION): written with the audit on every change, and rebuilt from the audits when the
// version the database was built with is not the code's. Migrations never write it. Rebuilding reads the audits in
// batches, with progress, and lists every audit it cannot read instead of skipping it quietly. Whatever brings many
// audits in at once (a restore, an import) is to rebuild the same way.
import type { Audit } from '@/domain/audit';
import { SUMMARY_PROJECTION_VERSION, summarizeAudit, type AuditSummary } from '@/domain/summary';
import { getAuditTemplate, getTimescalePolicy } from '@/templates/registry';
import { db, type ProjectionState, type UnreadableRecord, type WorkbenchDb } from './db';

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
      unreadable.push({ id: audit.id, caseReference: audit.details?.caseReference ?? '', message: e instanceof Error ? e.message : String(e) });
    }
  }
  return { summaries, unreadable };
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
 * Rebuilds every audit's summary from the audit, a batch a transaction, reporting progress. An audit that cannot be
 * read keeps the summary it had and is listed; a summary with no audit behind it is removed. The projection's version
 * is recorded last, so a rebuild cut short runs again on the next open.
 */
export async function rebuildSummaries(now: string, onProgress?: RebuildProgress, d: WorkbenchDb = db()): Promise<ProjectionState> {
  const ids = (await d.audits.toCollection().primaryKeys()) as string[];
  const unreadable: UnreadableRecord[] = [];
  if (ids.length) onProgress?.(0, ids.length);
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    await d.transaction('rw', d.audits, d.summaries, async () => {
      const audits = (await d.audits.bulkGet(batch)).filter((a): a is Audit => a !== undefined);
      const built = summariesOf(audits);
      unreadable.push(...built.unreadable);
      await d.summaries.bulkPut(built.summaries);
    });
    onProgress?.(Math.min(start + BATCH, ids.length), ids.length);
  }
  const state: ProjectionState = { id: 'summaries', version: SUMMARY_PROJECTION_VERSION, rebuiltAt: now, unreadable };
  await d.transaction('rw', d.audits, d.summaries, d.projections, async () => {
    const audits = new Set((await d.audits.toCollection().primaryKeys()) as string[]);
    const orphans = ((await d.summaries.toCollection().primaryKeys()) as string[]).filter((id) => !audits.has(id));
    await d.summaries.bulkDelete(orphans);
    await d.projections.put(state);
  });
  return state;
}
