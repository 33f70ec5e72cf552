// Audit packs pooled by a QA lead: every outcome of the merge, nothing overwritten without a recorded choice, where
// each record came from, and an import that fails part way changing nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { db, selectDatabase } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import { importPack, makePack, planImport, readPack, writeResolution } from '@/storage/packs';
import { addAudit, writeAudit } from '@/storage/write';
import { allSummaries, getAudit } from '@/storage/read';
import { resolveConflict } from '@/domain/pooling';
import type { Audit } from '@/domain/audit';
import { AUDITOR, CSW, newAudit, NOW } from '../builders/audit';
import { packOf } from '../builders/pack';

let n = 0;
async function workspace(name: string) {
  n += 1;
  await openDatabase(selectDatabase(`${name}-${n}`));
}
beforeEach(() => workspace('packs'));
afterEach(() => {
  vi.restoreAllMocks();
});

const note = (text: string) => (a: Audit) => ({ ...a, visitingRegime: text });

describe('pooling audit packs', () => {
  it('adds new audits, skips identical ones, keeps ours when newer, brings ours forward when theirs is newer, and keeps both when both changed', async () => {
    // The auditor's workspace: five audits, packed once, then some changed.
    const made = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => addAudit(() => newAudit({ caseReference: `CR-${id}` }, id))));
    const first = await packOf(made.map((a) => a.id));
    // The QA lead's workspace brings in the first pack, then changes c and e.
    await workspace('lead');
    expect(await importPack(first, 'first pack', NOW)).toMatchObject({ added: 5 });
    await writeAudit((await getAudit('c'))!, note('changed by the lead'));
    await writeAudit((await getAudit('e'))!, note('changed by the lead'));
    const leadBefore = await getAudit('e');
    // The auditor, back in their own workspace, changes d and e and packs again with a new audit f.
    selectDatabase(`packs-${n - 1}`);
    await writeAudit((await getAudit('d'))!, note('changed by the auditor'));
    await writeAudit((await getAudit('e'))!, note('changed by the auditor'));
    await addAudit(() => newAudit({ caseReference: 'CR-f' }, 'f'));
    const second = await readPack((await makePack(['a', 'b', 'c', 'd', 'e', 'f'], AUDITOR, NOW, null)).text);
    selectDatabase(`lead-${n}`);
    expect(await planImport(second)).toEqual({ added: 1, identical: 2, kept: 1, 'fast-forward': 1, conflict: 1, 'newer-here': 0 });
    expect(await importPack(second, 'second pack from Sam Patel', NOW)).toEqual({
      added: 1,
      identical: 2,
      kept: 1,
      'fast-forward': 1,
      conflict: 1,
      'newer-here': 0,
    });
    expect((await getAudit('c'))?.visitingRegime).toBe('changed by the lead');
    expect((await getAudit('d'))?.visitingRegime).toBe('changed by the auditor');
    expect(await getAudit('e')).toEqual(leadBefore);
    const [conflict] = await db().conflicts.toArray();
    expect(conflict).toMatchObject({
      id: `audits:e:${second.audits.find((a) => a.id === 'e')!.rev}`,
      ours: { visitingRegime: 'changed by the lead' },
      theirs: { visitingRegime: 'changed by the auditor' },
      from: 'second pack from Sam Patel',
    });
    expect((await db().provenance.get('audits:f'))?.entries).toEqual([
      { from: 'second pack from Sam Patel', at: NOW, rev: expect.stringMatching(/^1-/) as unknown as string, outcome: 'added' },
    ]);
    expect((await allSummaries()).find((s) => s.id === 'd')?.rev).toBe((await getAudit('d'))?.rev);

    // Resolved by a person, field by field: the conflict goes, and importing the same pack again changes nothing.
    const resolved = resolveConflict(conflict!.ours as Audit, conflict!.theirs as Audit, { '["visitingRegime"]': 'theirs' }, CSW, NOW);
    await writeResolution(conflict!, conflict!.ours, resolved, NOW);
    expect((await getAudit('e'))?.visitingRegime).toBe('changed by the auditor');
    expect(await db().conflicts.count()).toBe(0);
    expect(await planImport(second)).toMatchObject({ conflict: 0, 'fast-forward': 0, added: 0 });
  });

  it('never overwrites a record without a recorded choice, whatever the histories', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('ours', 'theirs', 'both', 'neither'), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 }),
        async (plan) => {
          await workspace('theirs');
          const theirsDb = `theirs-${n}`;
          const made = await Promise.all(plan.map((_, i) => addAudit(() => newAudit({}, `r${i}`))));
          const pack0 = await packOf(made.map((a) => a.id));
          await workspace('ours');
          const oursDb = `ours-${n}`;
          await importPack(pack0, 'pack 0', NOW);
          for (const [i, [who, text]] of plan.entries()) {
            if (who === 'ours' || who === 'both') await writeAudit((await getAudit(`r${i}`))!, note(`ours ${text}`));
            if (who === 'theirs' || who === 'both') {
              selectDatabase(theirsDb);
              await writeAudit((await getAudit(`r${i}`))!, note(`theirs ${text}`));
              selectDatabase(oursDb);
            }
          }
          const before = (await Promise.all(made.map((a) => getAudit(a.id)))).filter((a) => a !== undefined);
          selectDatabase(theirsDb);
          const pack1 = await packOf(made.map((a) => a.id));
          selectDatabase(oursDb);
          await importPack(pack1, 'pack 1', NOW);
          for (const old of before) {
            const now = await getAudit(old.id);
            const conflict = (await db().conflicts.toArray()).find((c) => c.recordId === old.id);
            // Unchanged; or moved forward to a descendant of ours; or ours kept beside theirs in a conflict.
            const unchanged = JSON.stringify(now) === JSON.stringify(old);
            const descends = !!now && now.revisions.includes(old.rev);
            expect(unchanged || descends).toBe(true);
            if (conflict) expect(conflict.ours).toEqual(old);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('keeps each pack’s version of a record changed on all sides, and resolves each against ours as it is now', async () => {
    const [made] = await Promise.all([addAudit(() => newAudit({}, 'x'))]);
    const pack0 = await packOf([made!.id]);
    const changedPack = async (text: string) => {
      await workspace('side');
      await importPack(pack0, 'pack 0', NOW);
      await writeAudit((await getAudit('x'))!, note(text));
      return packOf(['x']);
    };
    const one = await changedPack('from one');
    const two = await changedPack('from two');
    await workspace('lead');
    await importPack(pack0, 'pack 0', NOW);
    await writeAudit((await getAudit('x'))!, note('the lead’s'));
    await importPack(one, 'pack one', NOW);
    await importPack(two, 'pack two', NOW);
    const conflicts = await db().conflicts.toArray();
    expect(conflicts.map((c) => (c.theirs as Audit).visitingRegime).sort()).toEqual(['from one', 'from two']);
    // Resolving the first changes ours; the second is then resolved against ours as it is now.
    const first = conflicts.find((c) => c.from === 'pack one')!;
    await writeResolution(
      first,
      (await getAudit('x'))!,
      resolveConflict((await getAudit('x'))!, first.theirs as Audit, { '["visitingRegime"]': 'theirs' }, CSW, NOW),
      NOW,
    );
    const second = conflicts.find((c) => c.from === 'pack two')!;
    await expect(writeResolution(second, second.ours, second.ours as Audit, NOW)).rejects.toThrow('changed elsewhere');
    const now = (await getAudit('x'))!;
    await writeResolution(second, now, resolveConflict(now, second.theirs as Audit, { '["visitingRegime"]': 'ours' }, CSW, NOW), NOW);
    expect((await getAudit('x'))?.visitingRegime).toBe('from one');
    expect(await db().conflicts.count()).toBe(0);
  });

  it('changes nothing when a write fails part way through an import', async () => {
    const made = await Promise.all(['a', 'b'].map((id) => addAudit(() => newAudit({}, id))));
    const pack = await packOf(made.map((a) => a.id));
    await workspace('fails');
    await addAudit(() => newAudit({}, 'kept'));
    const before = JSON.stringify(await Promise.all(['audits', 'summaryMonths', 'provenance', 'conflicts'].map((t) => db().table(t).toArray())));
    vi.spyOn(db().summaryMonths, 'bulkPut').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(importPack(pack, 'pack', NOW)).rejects.toThrow('disk full');
    expect(JSON.stringify(await Promise.all(['audits', 'summaryMonths', 'provenance', 'conflicts'].map((t) => db().table(t).toArray())))).toBe(before);
  });

  it('refuses a file that is not a pack, or a pack holding more than audits and actions', async () => {
    await expect(readPack('{"format":"audit-workbench-backup"}')).rejects.toThrow('This file is not an audit pack of Audit Workbench.');
  });
});
