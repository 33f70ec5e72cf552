// Revisions as CouchDB keeps them (issue: records carry a revision history, "<n>-<hash>" with the ids of their
// ancestors), so that merging packs now and syncing later are the same comparison.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, isRev, relate, REVISION_LIMIT, revGeneration, revisionContent, withNextRevision, type Versioned } from './revision';

const fresh: Versioned = { id: 'a', rev: '', revisions: [], updatedAt: 't' };

describe('revisions', () => {
  it('count up, keep their ancestors newest first, and are pruned to the limit', () => {
    const one = withNextRevision(fresh, 'aa');
    const two = withNextRevision(one, 'bb');
    expect([one.rev, two.rev, two.revisions]).toEqual(['1-aa', '2-bb', ['1-aa']]);
    let r = fresh;
    for (let i = 0; i < REVISION_LIMIT + 5; i += 1) r = withNextRevision(r, `h${i}`);
    expect(revGeneration(r.rev)).toBe(REVISION_LIMIT + 5);
    expect(r.revisions).toHaveLength(REVISION_LIMIT);
    expect(r.revisions[0]).toBe(`${REVISION_LIMIT + 4}-h${REVISION_LIMIT + 3}`);
  });

  it('tell the same, a descendant, an ancestor and a divergence apart', () => {
    const one = withNextRevision(fresh, 'aa');
    const mine = withNextRevision(one, 'mine');
    const theirs = withNextRevision(one, 'theirs');
    expect(relate(one, one)).toBe('same');
    expect(relate(mine, one)).toBe('ours-descends');
    expect(relate(one, mine)).toBe('theirs-descends');
    expect(relate(mine, theirs)).toBe('diverged');
  });

  it('hash the content with its parent, whatever the order of its fields', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (content) => {
        const reversed = Object.fromEntries(Object.entries(content).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(content));
      }),
    );
    const a = { ...fresh, rev: '1-aa', note: 'x' };
    expect(revisionContent({ ...a, revisions: ['0-zz'] })).toBe(revisionContent(a));
    expect(revisionContent({ ...a, rev: '1-bb' })).not.toBe(revisionContent(a));
  });

  it('know a revision id when they see one', () => {
    expect(['1-aa', '12-0f3c'].map(isRev)).toEqual([true, true]);
    expect(['', '0-aa', '1-', 'aa', 1, '1-A'].map(isRev)).toEqual([false, false, false, false, false, false]);
  });
});
