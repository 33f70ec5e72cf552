// What was typed as a tab closed is kept on the device (issue "Nothing saved is ever lost"), and never in the clear once
// the workspace is protected (issue "Protecting children's personal data", point 2): kept sealed, opened on unlocking.
import { beforeEach, describe, expect, it } from 'vitest';
import { selectDatabase } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import { LockedError, lock, unlock } from '@/storage/protection';
import { newPerson } from '@/domain/person';
import { dropStashedDraft, stashDraft, stashedDraft } from './draft-stash';
import { afterUnlocking, lockNow, protect } from './protection';

const NOW = '2025-03-10T10:00:00.000Z';
const SAM = newPerson('sam', { name: 'Sam Patel', designation: 'Team manager' }, NOW);
const DRAFT = { edited: { comments: 'Draft marker quillon' } };
const stored = () => Object.entries(localStorage).filter(([k]) => k.startsWith('audit-workbench:unsaved-draft:'));

let n = 0;
beforeEach(async () => {
  n += 1;
  localStorage.clear();
  await openDatabase(selectDatabase(`draft-stash-${n}`));
});

describe('drafts kept as a tab closes', () => {
  it('are kept in the clear in an unprotected workspace, and sealed when it is protected', async () => {
    stashDraft('a1/recording', DRAFT);
    expect(stored()[0]?.[1]).toContain('Draft marker quillon');
    await protect(SAM, 'correct horse battery', NOW);
    expect(stored()).toHaveLength(1);
    expect(stored()[0]?.[1]).toMatch(/^sealed:/);
    expect(JSON.stringify(stored())).not.toContain('quillon');
    expect(stashedDraft('a1/recording')).toEqual(DRAFT);

    // Locked, nothing can be read; unlocked again, the draft is there for its page.
    await lockNow();
    expect(stashedDraft('a1/recording')).toBeUndefined();
    await expect(afterUnlocking()).rejects.toThrow(LockedError);
    expect(stored()).toHaveLength(1);
    await unlock(SAM.id, 'correct horse battery', undefined, afterUnlocking);
    expect(stashedDraft('a1/recording')).toEqual(DRAFT);
    // However the workspace locks, what was opened goes with the key.
    lock();
    expect(stashedDraft('a1/recording')).toBeUndefined();
    await unlock(SAM.id, 'correct horse battery', undefined, afterUnlocking);
    dropStashedDraft('a1/recording');
    expect(stored()).toEqual([]);
  }, 30_000);

  it('are sealed as they are kept in a protected workspace, never written in the clear', async () => {
    await protect(SAM, 'correct horse battery', NOW);
    stashDraft('a1/recording', DRAFT);
    // A page unloading cannot wait for sealing: nothing is written then, the sealed copy kept as typed stands.
    stashDraft('a1/assessment', DRAFT, { sync: true });
    await expect.poll(() => stored().length).toBe(1);
    expect(stored()[0]?.[1]).toMatch(/^sealed:/);
    expect(JSON.stringify(stored())).not.toContain('quillon');
  }, 30_000);
});
