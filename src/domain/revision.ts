// Revisions as CouchDB keeps them, so that pooling audit packs now and syncing with a CouchDB-compatible server later
// are the same logic: each revision of a record has an id "<n>-<keyed hash of its parent and content>", and the record
// carries the ids of the revisions before it, newest first (pruned to a limit): a single-parent chain, as CouchDB reads
// `_revisions` by position. Comparing two copies of a record by these tells whether they are the same, one descends
// from the other, or they have diverged. A branch that lost a conflict ends in a tombstone, a deleted child of its
// leaf, as CouchDB resolves conflicts. Pure: the hash is computed outside.

/** A revision id, "<n>-<hash>"; '' for a record never written. */
export type Rev = string;

/** What every stored record carries. */
export interface Versioned {
  id: string;
  rev: Rev;
  /** The ids of the revisions before this one, newest first, at most REVISION_LIMIT of them. */
  revisions: Rev[];
  updatedAt: string;
}

/** A record not yet written: no revision yet, made now. */
export function unwritten(id: string, now: string): Versioned & { createdAt: string } {
  return { id, rev: '', revisions: [], createdAt: now, updatedAt: now };
}

/** How many ancestors a record keeps (CouchDB keeps 1,000 by default; a few hundred edits is a long audit). */
export const REVISION_LIMIT = 200;

/** The generation of a revision: 3 for "3-ab12…", 0 for a record never written. */
export function revGeneration(rev: Rev): number {
  const n = Number(rev.slice(0, rev.indexOf('-')));
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function isRev(value: unknown): value is Rev {
  return typeof value === 'string' && /^[1-9]\d*-[0-9a-z]+$/.test(value);
}

/** The record's content as the hash sees it: everything but its revision ids, in a canonical order. */
export function revisionContent(record: Versioned): string {
  const { rev: _rev, revisions: _revisions, ...content } = record;
  return canonicalJson({ parent: record.rev, content });
}

/** The record as its next revision, given the hash of its content (revisionContent). */
export function withNextRevision<T extends Versioned>(record: T, hash: string): T {
  const revisions = record.rev ? [record.rev, ...record.revisions].slice(0, REVISION_LIMIT) : [];
  return { ...record, rev: `${revGeneration(record.rev) + 1}-${hash}`, revisions };
}

/** The end of a branch that lost a conflict: a deleted child of its leaf, carrying that leaf's chain. */
export interface Tombstone extends Versioned {
  deleted: true;
}

/** A branch's tombstone, before its revision is worked out (withNextRevision makes it the child of `leaf`). */
export function tombstoneFor(leaf: Pick<Versioned, 'id' | 'rev' | 'revisions'>, now: string): Tombstone {
  return { id: leaf.id, rev: leaf.rev, revisions: leaf.revisions, updatedAt: now, deleted: true };
}

/** The revision a tombstone ends: its parent. */
export function tombstonedRev(tombstone: Pick<Versioned, 'revisions'>): Rev {
  return tombstone.revisions[0] ?? '';
}

/** The chain as CouchDB's `_revisions` holds it: the newest generation, and the hashes newest first. */
export function couchRevisions(record: Pick<Versioned, 'rev' | 'revisions'>): { start: number; ids: string[] } {
  const hash = (rev: Rev) => rev.slice(rev.indexOf('-') + 1);
  return { start: revGeneration(record.rev), ids: [record.rev, ...record.revisions].map(hash) };
}

export type RevisionRelation = 'same' | 'ours-descends' | 'theirs-descends' | 'diverged';

/** How two copies of one record stand: the same revision, one an ancestor of the other, or diverged. */
export function relate(ours: Pick<Versioned, 'rev' | 'revisions'>, theirs: Pick<Versioned, 'rev' | 'revisions'>): RevisionRelation {
  if (ours.rev === theirs.rev) return 'same';
  if (ours.revisions.includes(theirs.rev)) return 'ours-descends';
  if (theirs.revisions.includes(ours.rev)) return 'theirs-descends';
  return 'diverged';
}

/** JSON with object keys sorted, so that equal content always gives the same text (and the same hash). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
