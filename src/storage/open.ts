// Opening the workspace: refuse a database from a newer app, then bring the projections up to date.
import { nowInstant } from '@/lib/clock';
import { db, type WorkbenchDb } from './db';
import { rebuildSummaries, summariesAreCurrent, type RebuildProgress } from './projections';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { reportWorkspaceEvent } from './workspace-events';
import { loadProtection } from './protection';
import { rewriteOlderShapes } from './upgrade';

export class NewerDatabaseError extends Error {
  constructor(found: number) {
    super(
      `This workspace was saved by a newer version of Audit Workbench (schema ${found}; this version knows up to ${CURRENT_SCHEMA_VERSION}). Open it with the newer version.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** The IndexedDB version of the named database as stored, without opening it; null if there is none or no way to tell. */
async function storedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
  const found = (await indexedDB.databases()).find((info) => info.name === name);
  return found?.version ?? null;
}

/**
 * Opens the database, refusing one whose schema is newer than this app's migrations know, and reads whether it is
 * protected (a protected workspace opens locked). Then, unless it is locked, rebuilds the summaries if they were built
 * by another version of the code (reporting progress as it goes); a locked one does so once unlocked (summariesUpToDate).
 */
export async function openDatabase(d: WorkbenchDb = db(), onProgress?: RebuildProgress): Promise<WorkbenchDb> {
  // An older copy of the app must not touch a newer workspace at all: look before Dexie opens it with a schema.
  const stored = await storedVersion(d.name);
  if (stored !== null && Math.floor(stored / 10) > CURRENT_SCHEMA_VERSION) throw new NewerDatabaseError(Math.floor(stored / 10));
  await d.open();
  reportWorkspaceEvent(null);
  // Dexie stores version N as IndexedDB version N × 10.
  const found = Math.floor(d.backendDB().version / 10);
  if (found > CURRENT_SCHEMA_VERSION) {
    d.close();
    throw new NewerDatabaseError(found);
  }
  const protection = await loadProtection(d);
  if (protection.state !== 'locked') await summariesUpToDate(onProgress, d);
  return d;
}

/**
 * Brings what is stored up to this version of the code, on opening or on unlocking: rows of older shapes are rewritten
 * in the current one (./upgrade.ts), then the summaries are rebuilt if another version of the code built them.
 */
export async function summariesUpToDate(onProgress?: RebuildProgress, d: WorkbenchDb = db()): Promise<void> {
  await rewriteOlderShapes(onProgress, d);
  if (!(await summariesAreCurrent(d))) await rebuildSummaries(nowInstant(), onProgress, d);
}
