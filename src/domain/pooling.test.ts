// Pooling audits from many auditors: records compared by revision as CouchDB replication does, and conflicts
// resolved by a person field by field (issue: "Nothing is ever overwritten without a person choosing it").
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conflictSettled, differences, importOutcome, resolveConflict, ConflictError } from './pooling';
import { canonicalJson, couchRevisions, relate, tombstonedRev, tombstoneFor, withNextRevision, type Versioned } from './revision';
import { AUDITOR, CSW } from '@test/builders/audit';

type Rec = Versioned & { note: string; team: string; history: { at: string; by: typeof AUDITOR; kind: 'edited'; detail: string }[] };

/** A revision hash for tests (the app hashes with SHA-256 in storage): djb2 of the content and its parent. */
const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 33) ^ c.charCodeAt(0)) >>> 0, 5381).toString(16);
const edit = (r: Rec, change: Partial<Rec>): Rec => {
  const next = { ...r, ...change };
  return withNextRevision(next, hash(canonicalJson({ ...next, parent: r.rev })));
};
const base: Rec = withNextRevision({ id: 'a', rev: '', revisions: [], updatedAt: '', note: 'start', team: 'Pod 1', history: [] }, 'base');

describe('what importing a record does', () => {
  it('follows from the two histories: identical, either side ahead, or diverged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 4 }),
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 4 }),
        fc.boolean(),
        (oursEdits, theirsEdits, shared) => {
          const start = shared ? edit(base, { note: 'shared' }) : base;
          const ours = oursEdits.reduce((r, note, i) => edit(r, { note: `o${i}${note}` }), start);
          const theirs = theirsEdits.reduce((r, note, i) => edit(r, { note: `t${i}${note}` }), start);
          const expected =
            oursEdits.length === 0 && theirsEdits.length === 0
              ? 'identical'
              : theirsEdits.length === 0
                ? 'kept'
                : oursEdits.length === 0
                  ? 'fast-forward'
                  : 'conflict';
          expect(importOutcome(ours, theirs)).toBe(expected);
        },
      ),
    );
    expect(importOutcome(undefined, base)).toBe('added');
  });
});

describe('resolving a conflict', () => {
  const ours = edit(base, { note: 'ours', history: [{ at: '2025-01-02', by: AUDITOR, kind: 'edited', detail: 'mine' }] });
  const theirs = edit(base, { note: 'theirs', team: 'Pod 2', history: [{ at: '2025-01-03', by: CSW, kind: 'edited', detail: 'theirs' }] });

  it('shows each field that differs, with both values', () => {
    expect(differences(ours, theirs)).toEqual([
      { path: ['note'], ours: 'ours', theirs: 'theirs' },
      { path: ['team'], ours: 'Pod 1', theirs: 'Pod 2' },
    ]);
  });

  it('needs a choice for every field, takes each as chosen, keeps both histories, and continues our branch alone', () => {
    expect(() => resolveConflict(ours, theirs, { '["note"]': 'ours' }, AUDITOR, 'now')).toThrow(ConflictError);
    const resolved = resolveConflict(ours, theirs, { '["note"]': 'ours', '["team"]': 'theirs' }, AUDITOR, '2025-01-04');
    expect(resolved).toMatchObject({ note: 'ours', team: 'Pod 2' });
    expect(resolved.history.map((h) => h.detail)).toEqual(['mine', 'theirs', 'Conflict resolved: took the other version of team']);
    const written = withNextRevision(resolved, 'resolved');
    // A single-parent chain, as CouchDB reads `_revisions` by position: the child of our leaf, and no other branch in it.
    expect(written.revisions).toEqual([ours.rev, ...ours.revisions]);
    expect(couchRevisions(written)).toEqual({ start: 3, ids: ['resolved', ...[ours.rev, ...ours.revisions].map((r) => r.split('-')[1])] });
    expect(relate(written, ours)).toBe('ours-descends');
    expect(relate(written, theirs)).toBe('diverged');
  });

  it('ends the other branch with a tombstone, which settles the conflict wherever the two meet', () => {
    const written = withNextRevision(resolveConflict(ours, theirs, { '["note"]': 'ours', '["team"]': 'theirs' }, AUDITOR, '2025-01-04'), 'resolved');
    const tombstone = withNextRevision(tombstoneFor(theirs, '2025-01-04'), 'ended');
    expect(tombstone).toMatchObject({ id: theirs.id, rev: '3-ended', revisions: [theirs.rev, ...theirs.revisions], deleted: true });
    const ended = new Set([tombstonedRev(tombstone)]);
    // Here, the other version brought in again is kept out; where the other version is ours, the resolution moves it on.
    expect(importOutcome(written, theirs)).toBe('conflict');
    expect(importOutcome(written, theirs, { tombstoned: ended })).toBe('kept');
    expect(importOutcome(theirs, written, { tombstoned: ended })).toBe('fast-forward');
    // A conflict kept on another device is settled by the resolution or the tombstone, whichever side it kept.
    expect(conflictSettled(theirs.rev, written, ended)).toBe(true);
    expect(conflictSettled(ours.rev, written, new Set())).toBe(true);
    expect(conflictSettled(theirs.rev, written, new Set())).toBe(false);
  });
});
