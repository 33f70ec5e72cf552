// Audit packs, for pooling work: an auditor exports chosen audits, with the actions they raised (their moderation
// records and histories are part of them), as one sealed file; a QA lead imports packs from many auditors. Each record
// is compared with ours by its revisions (importOutcome in the core): added, skipped, kept, brought forward, or a
// conflict kept with both versions until a person resolves it. Nothing is overwritten without that choice. Each
// imported record records where it came from and when, and the summaries are rebuilt from the records imported, all
// in one transaction.
import type { Audit } from '@/domain/audit';
import type { Author } from '@/domain/author';
import type { ActionRecord } from '@/domain/actions';
import { auditsWithActions } from './read';
import { conflictSettled, importOutcome, type ImportOutcome } from '@/domain/pooling';
import { tombstonedRev, tombstoneFor, type Versioned } from '@/domain/revision';
import type { StoredTombstone } from './records/tombstones';
import { readFile, sealFile, BackupError } from './backup';
import { sealForPassphrase } from './sealed-files';
import { db, type ConflictRecord, type ProvenanceRecord } from './db';
import { putSummaries, refuseOtherVersion, type RebuildProgress } from './projections';
import { openFound, refuseStaleProtection, sealLabels, sealRecord, sealRecords } from './protection';
import { StaleWriteError } from './write';
import { nextRevision } from './revisions';
import { RECORDS } from './records/registry';
import { currentShape } from './records/define';
import { refuseNewerShapes, shapeOfRow } from './records/shapes';

/** Whether a stored row was saved by a newer version of the app than this one. */
const isNewerRow = (table: 'audits' | 'actions', row: unknown) => row !== undefined && shapeOfRow(row) > currentShape(RECORDS[table]);

export const PACK_FORMAT = 'audit-workbench-pack';

export interface CheckedPack {
  /** Who made it, and when: "Sam Patel (Team manager), 30 November 2026". */
  from: Author;
  createdAt: string;
  audits: Audit[];
  actions: ActionRecord[];
  /** The ended branches of those records: conflicts resolved where the pack was made. */
  tombstones: StoredTombstone[];
}

/**
 * The chosen audits, with the actions they raised, as the text of a pack file: encrypted under `passphrase` (chosen for
 * this pack and passed on another way), or, when it is null, in the clear by the maker's explicit choice.
 */
export async function makePack(
  auditIds: readonly string[],
  by: Author,
  now: string,
  passphrase: string | null,
  onProgress?: RebuildProgress,
): Promise<{ text: string; audits: number; actions: number }> {
  const { audits, actions } = await auditsWithActions(auditIds, onProgress);
  const ids = [...audits, ...actions].map((r) => r.id);
  const tombstones = await db().tombstones.where('recordId').anyOf(ids).toArray();
  const text = await sealFile(PACK_FORMAT, now, { audits, actions, tombstones }, { from: by });
  return { text: passphrase === null ? text : await sealForPassphrase(PACK_FORMAT, text, passphrase, now), audits: audits.length, actions: actions.length };
}

/** Reads and checks a pack, whole, writing nothing (opening it with `passphrase` if it is sealed). Throws saying what is wrong. */
export async function readPack(text: string, passphrase?: string): Promise<CheckedPack> {
  const file = await readFile(text, PACK_FORMAT, 'an audit pack', passphrase);
  const other = (['moderationRounds', 'programmes', 'people', 'settings', 'conflicts', 'provenance'] as const).find((t) => file.records[t].length > 0);
  if (other) throw new BackupError('This audit pack holds more than audits and their actions.');
  const from = file.envelope.from as Partial<Author> | undefined;
  if (typeof from?.name !== 'string' || typeof from.designation !== 'string') throw new BackupError('This audit pack does not say who made it.');
  const ids = new Set([...file.records.audits, ...file.records.actions].map((r) => r.id));
  if (file.records.tombstones.some((t) => !ids.has(t.recordId))) throw new BackupError('This audit pack ends versions of records it does not hold.');
  return {
    from: { name: from.name, designation: from.designation },
    createdAt: file.createdAt,
    audits: file.records.audits,
    actions: file.records.actions,
    tombstones: file.records.tombstones,
  };
}

export type ImportPlan = Record<ImportOutcome, number>;

const emptyPlan = (): ImportPlan => ({ added: 0, identical: 0, kept: 0, 'fast-forward': 0, conflict: 0, 'newer-here': 0 });

/** What importing the pack would do to each record, counted, without writing anything. */
export async function planImport(pack: CheckedPack): Promise<ImportPlan> {
  const d = db();
  const plan = emptyPlan();
  for (const [table, incoming] of [
    ['audits', pack.audits],
    ['actions', pack.actions],
  ] as const) {
    const rows = await d.table(table).bulkGet(incoming.map((r) => r.id));
    const ours = await openFound<Versioned>(table, rows);
    const ended = await tombstonedRevs(pack, incoming);
    incoming.forEach((r, i) => (plan[importOutcome(ours[i], r, { oursNewer: isNewerRow(table, rows[i]), tombstoned: ended.get(r.id) })] += 1));
  }
  return plan;
}

/** For each record brought in, the revisions whose branches a tombstone ended: ours, and those the pack carries. */
async function tombstonedRevs(pack: CheckedPack, incoming: readonly Versioned[]): Promise<Map<string, Set<string>>> {
  const ids = incoming.map((r) => r.id);
  const ours = await db().tombstones.where('recordId').anyOf(ids).toArray();
  const out = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  for (const t of [...ours, ...pack.tombstones]) out.get(t.recordId)?.add(tombstonedRev(t));
  return out;
}

/** What importing one kind of record will write: worked out (and sealed) before the transaction that writes it. */
interface Incoming<T extends Versioned> {
  table: 'audits' | 'actions';
  ids: string[];
  /** Our versions as read, which the transaction checks have not moved on. */
  ours: (T | undefined)[];
  writes: T[];
  replaced: (T | undefined)[];
  rows: unknown[];
  conflicts: unknown[];
  provenance: unknown[];
  /** Conflicts kept before that what is brought in settles: their other version is now an ancestor, or was ended. */
  settled: string[];
}

/**
 * Imports a checked pack in one transaction: new and newer records written, conflicts kept with both versions,
 * where each came from recorded, and the summaries of the audits written rebuilt. What to write is worked out from
 * our records as read before the transaction (sealing them needs the browser's crypto, which cannot wait inside one);
 * if any of ours changed meanwhile, nothing is written and the import is refused. Returns what happened to each.
 */
export async function importPack(pack: CheckedPack, source: string, now: string, onProgress?: RebuildProgress): Promise<ImportPlan> {
  const d = db();
  const plan = emptyPlan();
  const total = pack.audits.length + pack.actions.length;
  let done = 0;
  onProgress?.(0, total);
  const prepare = async <T extends Versioned>(table: 'audits' | 'actions', incoming: readonly T[]): Promise<Incoming<T>> => {
    const rows = await d.table(table).bulkGet(incoming.map((r) => r.id));
    const ours = await openFound<T>(table, rows);
    const ended = await tombstonedRevs(pack, incoming);
    const provenance = await openFound<ProvenanceRecord>('provenance', await d.provenance.bulkGet(incoming.map((r) => `${table}:${r.id}`)));
    const kept = (await d.conflicts
      .where('recordId')
      .anyOf(incoming.map((r) => r.id))
      .primaryKeys()) as string[];
    const settled: string[] = [];
    const writes: T[] = [];
    const replaced: (T | undefined)[] = [];
    const conflicts: ConflictRecord[] = [];
    incoming.forEach((theirs, i) => {
      const outcome = importOutcome(ours[i], theirs, { oursNewer: isNewerRow(table, rows[i]), tombstoned: ended.get(theirs.id) });
      plan[outcome] += 1;
      if (outcome === 'added' || outcome === 'fast-forward') {
        writes.push(theirs);
        replaced.push(ours[i]);
      }
      if (outcome === 'conflict') {
        // One conflict a version brought in: a second pack's version is kept beside the first, not over it.
        conflicts.push({
          id: `${table}:${theirs.id}:${theirs.rev}`,
          table,
          recordId: theirs.id,
          ours: ours[i] as never,
          theirs: theirs as never,
          from: source,
          importedAt: now,
        });
      }
      if (outcome !== 'identical' && outcome !== 'kept') {
        const entry = { from: source, at: now, rev: theirs.rev, outcome };
        provenance[i] = { id: `${table}:${theirs.id}`, entries: [...(provenance[i]?.entries ?? []), entry] };
      }
      // A conflict's id ends with the revision of its other version (`<table>:<id>:<rev>`).
      const now_ = outcome === 'added' || outcome === 'fast-forward' ? theirs : ours[i];
      const prefix = `${table}:${theirs.id}:`;
      for (const key of kept) {
        if (key.startsWith(prefix) && now_ && conflictSettled(key.slice(prefix.length), now_, ended.get(theirs.id) ?? new Set())) settled.push(key);
      }
    });
    return {
      table,
      ids: incoming.map((r) => r.id),
      ours,
      writes,
      replaced,
      rows: await sealRecords(table, writes),
      conflicts: await sealRecords('conflicts', conflicts),
      provenance: await sealRecords(
        'provenance',
        provenance.filter((p) => p !== undefined),
      ),
      settled,
    };
  };
  const audits = await prepare('audits', pack.audits);
  const actions = await prepare('actions', pack.actions);
  const labels = await sealLabels(audits.writes);
  await d.transaction('rw', [d.audits, d.actions, d.summaryMonths, d.projections, d.conflicts, d.provenance, d.tombstones, d.keySlots], async () => {
    await refuseOtherVersion(d);
    await d.tombstones.bulkPut(pack.tombstones);
    await refuseStaleProtection(d);
    for (const kind of [audits, actions] as Incoming<Versioned>[]) {
      const store = d.table(kind.table);
      const stored = (await store.bulkGet(kind.ids)) as (Versioned | undefined)[];
      refuseNewerShapes(
        RECORDS[kind.table],
        kind.writes.map((w) => stored[kind.ids.indexOf(w.id)]),
      );
      if (stored.some((s, i) => (s?.rev ?? '') !== (kind.ours[i]?.rev ?? ''))) {
        throw new StaleWriteError('A record in this pack', []);
      }
      await store.bulkPut(kind.rows);
      await d.conflicts.bulkDelete(kind.settled);
      await d.conflicts.bulkPut(kind.conflicts as ConflictRecord[]);
      await d.provenance.bulkPut(kind.provenance as ProvenanceRecord[]);
      done += kind.ours.length;
      onProgress?.(done, total);
    }
    await putSummaries(d, audits.writes, audits.replaced, labels);
  });
  return plan;
}

/**
 * Writes a person's resolution of a conflict, made from our version as they saw it (`ours`): refused if that moved on
 * meanwhile (the page then shows the new one), otherwise the resolved record is written as the next revision on our
 * branch, the other version's branch is ended by a tombstone (as CouchDB resolves a conflict), and the conflict is gone.
 */
export async function writeResolution(conflict: ConflictRecord, ours: Versioned, resolved: Audit | ActionRecord, now: string): Promise<void> {
  const d = db();
  const next = await nextRevision(resolved);
  const ended = await nextRevision(tombstoneFor(conflict.theirs, now));
  const tombstone: StoredTombstone = {
    id: `${conflict.table}:${conflict.recordId}:${ended.rev}`,
    table: conflict.table,
    recordId: conflict.recordId,
    rev: ended.rev,
    revisions: ended.revisions,
    updatedAt: now,
  };
  const row = await sealRecord(conflict.table, next);
  const labels = conflict.table === 'audits' ? await sealLabels([next as Audit]) : new Map();
  await d.transaction('rw', [d.audits, d.actions, d.summaryMonths, d.projections, d.conflicts, d.tombstones, d.keySlots], async () => {
    await refuseStaleProtection(d);
    const store = d.table<unknown, string>(conflict.table);
    const stored = (await store.get(conflict.recordId)) as Versioned | undefined;
    refuseNewerShapes(RECORDS[conflict.table], [stored]);
    if ((stored?.rev ?? '') !== ours.rev) throw new StaleWriteError('This record', []);
    await store.put(row);
    if (conflict.table === 'audits') {
      await refuseOtherVersion(d);
      // Ours is the stored audit (their revisions match): its month is the one the summary leaves.
      await putSummaries(d, [next as Audit], [ours as Audit], labels);
    }
    await d.tombstones.put(tombstone);
    await d.conflicts.delete(conflict.id);
  });
}
