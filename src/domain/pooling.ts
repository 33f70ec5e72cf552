// Pooling audits from many auditors (seed 002, "Moderation": panels and heads of QA work across all auditors): a
// record brought in from an audit pack is compared with ours by its revisions, as CouchDB replication does. New: it
// is added. The same revision: nothing to do. Ours descends from it: ours is kept. It descends from ours: ours moves
// forward to it. Diverged: a conflict, both kept until a person chooses, field by field. Nothing is ever
// overwritten without that choice. Pure.
import { relate, type Versioned } from './revision';
import type { HistoryEntry } from './audit';
import type { Author } from './author';

export type ImportOutcome = 'added' | 'identical' | 'kept' | 'fast-forward' | 'conflict' | 'newer-here';

export const IMPORT_OUTCOME_LABELS: Record<ImportOutcome, string> = {
  added: 'New, added',
  identical: 'Already here, unchanged',
  kept: 'Ours is newer, kept',
  'fast-forward': 'Theirs is newer, brought up to date',
  conflict: 'Changed on both sides: to be resolved',
  'newer-here': 'Saved here by a newer version of the app: left as it is',
};

/** What else decides an import: whether ours was saved by a newer version, and the revisions whose branches ended. */
export interface ImportContext {
  /** Ours was saved by a newer version of the app than this one: it is never written over or merged into here. */
  oursNewer?: boolean;
  /** The revisions of this record ended by a tombstone, here or in what is brought in: their branches lost a conflict. */
  tombstoned?: ReadonlySet<string>;
}

/**
 * What bringing in `incoming` does to `ours`. Two diverged versions are a conflict unless a tombstone has settled it:
 * the one whose branch was ended lost, as CouchDB picks the winner among the leaves that are not deleted.
 */
export function importOutcome(
  ours: Versioned | undefined,
  incoming: Versioned,
  { oursNewer = false, tombstoned = new Set() }: ImportContext = {},
): ImportOutcome {
  if (!ours) return 'added';
  if (oursNewer) return ours.rev === incoming.rev ? 'identical' : 'newer-here';
  switch (relate(ours, incoming)) {
    case 'same':
      return 'identical';
    case 'ours-descends':
      return 'kept';
    case 'theirs-descends':
      return 'fast-forward';
    case 'diverged':
      if (tombstoned.has(incoming.rev)) return 'kept';
      if (tombstoned.has(ours.rev)) return 'fast-forward';
      return 'conflict';
  }
}

/** Whether a conflict kept beside a record is settled by it: its other version is an ancestor of it, or was ended. */
export function conflictSettled(theirsRev: string, record: Pick<Versioned, 'rev' | 'revisions'>, tombstoned: ReadonlySet<string>): boolean {
  return record.rev === theirsRev || record.revisions.includes(theirsRev) || tombstoned.has(theirsRev);
}

/** One field that differs between two versions of a record: its path, and each side's value. */
export interface FieldDifference {
  path: string[];
  ours: unknown;
  theirs: unknown;
}

const NOT_FIELDS = new Set(['rev', 'revisions', 'updatedAt', 'history']);

function fieldsOf(record: object, depth: number): Map<string, { path: string[]; value: unknown }> {
  const out = new Map<string, { path: string[]; value: unknown }>();
  const walk = (v: unknown, path: string[]) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && path.length < depth && Object.keys(v).length) {
      for (const [k, child] of Object.entries(v)) if (!(path.length === 0 && NOT_FIELDS.has(k)) && child !== undefined) walk(child, [...path, k]);
      return;
    }
    out.set(JSON.stringify(path), { path, value: v });
  };
  walk(record, []);
  return out;
}

/** The fields two versions of a record disagree on, in a stable order: what a person chooses between. */
export function differences(ours: object, theirs: object, depth = 2): FieldDifference[] {
  const a = fieldsOf(ours, depth);
  const b = fieldsOf(theirs, depth);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys
    .filter((k) => JSON.stringify(a.get(k)?.value) !== JSON.stringify(b.get(k)?.value))
    .map((k) => ({ path: JSON.parse(k) as string[], ours: a.get(k)?.value, theirs: b.get(k)?.value }));
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      if (value === undefined) Reflect.deleteProperty(node, key);
      else node[key] = value;
    } else {
      node[key] = { ...((node[key] as Record<string, unknown> | undefined) ?? {}) };
      node = node[key] as Record<string, unknown>;
    }
  });
}

export class ConflictError extends Error {}

/**
 * A conflict resolved by a person: for each field the two versions disagree on, the side they chose. The result is
 * the next revision on our branch (its revision is worked out by storage, a child of ours: a single-parent chain, as
 * CouchDB keeps it), keeps both histories, and records the choice; the other branch is ended by a tombstone
 * (tombstoneFor), so that neither comes back as a conflict here or anywhere the two travel.
 */
export function resolveConflict<T extends Versioned & { history?: HistoryEntry[] }>(
  ours: T,
  theirs: T,
  choices: Readonly<Record<string, 'ours' | 'theirs'>>,
  by: Author,
  now: string,
): T {
  const diffs = differences(ours, theirs);
  const missing = diffs.filter((d) => !choices[JSON.stringify(d.path)]);
  if (missing.length) throw new ConflictError(`Choose a version for every field that differs (${missing.length} still to choose)`);
  const resolved = structuredClone(ours) as T & Record<string, unknown>;
  const taken: string[] = [];
  for (const d of diffs) {
    if (choices[JSON.stringify(d.path)] === 'theirs') {
      setPath(resolved, d.path, structuredClone(d.theirs));
      taken.push(d.path.join('.'));
    }
  }
  const seen = new Set((ours.history ?? []).map((h) => JSON.stringify(h)));
  const history = [...(ours.history ?? []), ...(theirs.history ?? []).filter((h) => !seen.has(JSON.stringify(h)))].sort((x, y) =>
    x.at < y.at ? -1 : x.at > y.at ? 1 : 0,
  );
  const detail = taken.length ? `Conflict resolved: took the other version of ${taken.join(', ')}` : 'Conflict resolved: kept this version of every field';
  return {
    ...resolved,
    rev: ours.rev,
    revisions: ours.revisions,
    ...(ours.history ? { history: [...history, { at: now, by, kind: 'edited' as const, detail }] } : {}),
  };
}
