// Every schema version is opened from the one before it: seed the old version, reopen with the current app, check.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openDatabase, selectDatabase } from '@/storage/db';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from '@/storage/schema';
import { allActions, getAudit } from '@/storage/read';
import { summaryWithModeration } from '@/storage/migrations';
import { newAudit } from '../builders/audit';

/** A database as an older version of the app left it: the stores of versions 1..n only. */
async function openAsVersion(name: string, n: number): Promise<Dexie> {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= n)) old.version(v.version).stores(v.stores);
  await old.open();
  return old;
}

describe('upgrades', () => {
  it('version 1 → current: audits and summaries kept, the action register added and empty', async () => {
    const old = await openAsVersion('upgrade-from-1', 1);
    const audit = { ...newAudit({}, 'kept-1'), rev: 3 };
    await old.table('audits').put(audit);
    old.close();

    const d = await openDatabase(selectDatabase('upgrade-from-1'));
    expect(d.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await getAudit('kept-1')).toEqual(audit);
    expect(await allActions()).toEqual([]);
    expect(d.actions.schema.indexes.map((i) => i.name).sort()).toEqual(['[status+due]', 'due', 'level', 'status']);
  });

  it('version 2 → current: summaries gain the moderated grade, rounds are added', async () => {
    const old = await openAsVersion('upgrade-from-2', 2);
    const before = { id: 's1', rev: 2, status: 'complete', overallGrade: 'good', escalation: 'none', auditDate: '2025-01-10', caseType: 'child-in-need', activity: 'dip-sampling', updatedAt: 'x' };
    await old.table('summaries').put(before);
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-from-2'));
    expect(await d.summaries.get('s1')).toEqual({ ...before, moderatedGrade: 'none', moderationAuditorGrade: 'none', moderationRoundId: '' });
    expect(await d.moderationRounds.count()).toBe(0);
  });

  it('the version 3 transform is pure and keeps a moderated grade already there', () => {
    expect(summaryWithModeration({ id: 'a' })).toEqual({ id: 'a', moderatedGrade: 'none', moderationAuditorGrade: 'none', moderationRoundId: '' });
    const moderated = { id: 'a', moderatedGrade: 'good', moderationAuditorGrade: 'inadequate', moderationRoundId: 'r' };
    expect(summaryWithModeration(moderated)).toEqual(moderated);
  });

  it('every version after the first is exercised by a test here', () => {
    // Add a test above for each new version; this list must then name it.
    const exercised = [2, 3];
    expect(SCHEMA_VERSIONS.slice(1).map((v) => v.version)).toEqual(exercised);
  });
});
