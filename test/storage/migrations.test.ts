// Every schema version is opened from the one before it: seed the old version, reopen with the current app, check.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openDatabase, selectDatabase } from '@/storage/db';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from '@/storage/schema';
import { allActions, getAudit } from '@/storage/read';
import { roundWithProgramme, summaryWithModeration, summaryWithReportFields } from '@/storage/migrations';
import { completedPartA, newAudit } from '../builders/audit';

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
    // A summary with no audit behind it cannot be made again, so it takes the later versions' defaults.
    expect(await d.summaries.get('s1')).toEqual({ ...before, moderatedGrade: 'none', moderationAuditorGrade: 'none', moderationRoundId: '', programmeId: '', programmeEntryId: '', areaJudgements: '', timescalesMet: 0, timescalesMissed: 0 });
    expect(await d.moderationRounds.count()).toBe(0);
  });

  it('the version 3 transform is pure and keeps a moderated grade already there', () => {
    expect(summaryWithModeration({ id: 'a' })).toEqual({ id: 'a', moderatedGrade: 'none', moderationAuditorGrade: 'none', moderationRoundId: '' });
    const moderated = { id: 'a', moderatedGrade: 'good', moderationAuditorGrade: 'inadequate', moderationRoundId: 'r' };
    expect(summaryWithModeration(moderated)).toEqual(moderated);
  });

  it('version 3 → current: summaries are made again from their audits, rounds gain a programme and the blind setting', async () => {
    const old = await openAsVersion('upgrade-from-3', 3);
    const audit = { ...completedPartA('requires-improvement', { programmeId: 'p1', programmeEntryId: 'e1' }), id: 'a3', rev: 4 };
    const staleSummary = { id: 'a3', rev: 4, status: 'draft', overallGrade: 'none', moderatedGrade: 'none', moderationAuditorGrade: 'none', moderationRoundId: '' };
    const round = { id: 'r1', rev: 1, periodFrom: '2025-01-01', title: 'Q1' };
    await old.table('audits').put(audit);
    await old.table('summaries').put(staleSummary);
    await old.table('moderationRounds').put(round);
    old.close();

    const d = await openDatabase(selectDatabase('upgrade-from-3'));
    expect(await d.summaries.get('a3')).toMatchObject({
      id: 'a3',
      rev: 4,
      caseReference: audit.details.caseReference,
      overallGrade: 'requires-improvement',
      programmeId: 'p1',
      programmeEntryId: 'e1',
      areaJudgements: 'mmmRRRRRRR',
      timescalesMet: 0,
      timescalesMissed: 0,
    });
    expect(await d.moderationRounds.get('r1')).toEqual({ ...round, programmeId: '', blind: false });
    expect(await d.summaries.where('programmeId').equals('p1').count()).toBe(1);
    expect(await d.programmes.count()).toBe(0);
  });

  it('version 3 → current: an audit this version cannot read keeps its summary, with defaults, and the upgrade completes', async () => {
    const old = await openAsVersion('upgrade-unreadable', 3);
    const audit = { ...newAudit({}, 'odd'), templateId: 'no-such-template' };
    await old.table('audits').put(audit);
    await old.table('summaries').put({ id: 'odd', rev: 1, status: 'draft', overallGrade: 'none' });
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-unreadable'));
    expect(await d.summaries.get('odd')).toMatchObject({ id: 'odd', status: 'draft', areaJudgements: '', programmeId: '' });
  });

  it('the version 4 transforms are pure and keep what is there', () => {
    expect(summaryWithReportFields({ id: 's', areaJudgements: 'mG', timescalesMet: 2 })).toEqual({ id: 's', areaJudgements: 'mG', timescalesMet: 2, timescalesMissed: 0, programmeId: '', programmeEntryId: '' });
    expect(roundWithProgramme({ id: 'r' })).toEqual({ id: 'r', programmeId: '', blind: false });
    expect(roundWithProgramme({ id: 'r', programmeId: 'p', blind: true })).toEqual({ id: 'r', programmeId: 'p', blind: true });
  });

  it('every version after the first is exercised by a test here', () => {
    // Add a test above for each new version; this list must then name it.
    const exercised = [2, 3, 4];
    expect(SCHEMA_VERSIONS.slice(1).map((v) => v.version)).toEqual(exercised);
  });
});
