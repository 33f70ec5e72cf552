// Pooling audits from many auditors: records compared by revision as CouchDB replication does, and conflicts
// resolved by a person field by field (issue: "Nothing is ever overwritten without a person choosing it").
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { differences, importOutcome, resolveConflict, ConflictError } from './pooling';
import { canonicalJson, relate, withNextRevision, type Versioned } from './revision';
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

  it('needs a choice for every field, takes each as chosen, keeps both histories, and descends from both', () => {
    expect(() => resolveConflict(ours, theirs, { '["note"]': 'ours' }, AUDITOR, 'now')).toThrow(ConflictError);
    const resolved = resolveConflict(ours, theirs, { '["note"]': 'ours', '["team"]': 'theirs' }, AUDITOR, '2025-01-04');
    expect(resolved).toMatchObject({ note: 'ours', team: 'Pod 2' });
    expect(resolved.history.map((h) => h.detail)).toEqual(['mine', 'theirs', 'Conflict resolved: took the other version of team']);
    const written = withNextRevision(resolved, 'resolved');
    expect(relate(written, ours)).toBe('ours-descends');
    expect(relate(written, theirs)).toBe('ours-descends');
    expect(importOutcome(written, theirs)).toBe('kept');
  });
});
