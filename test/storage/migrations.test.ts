// Every schema version is opened from the one before it: seed the old version, reopen with the current app, check.
// The guard at the end proves, by spies rather than a list kept by hand, that every upgrade transform ran and every
// earlier version was upgraded from.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { selectDatabase } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from '@/storage/schema';
import { allActions, allLabelledSummaries, allSummaries, getAudit } from '@/storage/read';
import { MIGRATIONS, roundWithProgramme, withRevisionIds } from '@/storage/migrations';
import { projectionState } from '@/storage/projections';
import { SUMMARY_PROJECTION_VERSION } from '@/domain/summary';
import { asShape1, completedPartA, newAudit } from '../builders/audit';

const upgradedFrom = new Set<number>();
const transformSpies = new Map<string, ReturnType<typeof vi.fn>>();

beforeAll(() => {
  // Each named upgrade's transform of each table is wrapped in a spy before any database opens, so the guard below
  // sees it run.
  for (const [name, upgrade] of Object.entries(MIGRATIONS)) {
    const tables = upgrade as Record<string, (typeof upgrade)[string]>;
    for (const [table, transform] of Object.entries(upgrade)) {
      const spy = vi.fn(transform);
      transformSpies.set(`${name} (${table})`, spy);
      tables[table] = spy;
    }
  }
});

/** A database as an older version of the app left it: the stores of versions 1..n only. */
async function openAsVersion(name: string, n: number): Promise<Dexie> {
  upgradedFrom.add(n);
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
    expect(await getAudit('kept-1')).toEqual({ ...audit, rev: expect.stringMatching(/^3-[0-9a-f]{32}$/) as unknown as string, revisions: [] });
    expect(await allActions()).toEqual([]);
    expect(d.actions.schema.indexes.map((i) => i.name).sort()).toEqual(['[status+due]', 'auditIds', 'due', 'level', 'shape', 'status']);
  });

  it('version 2 → current: rounds are added; a summary with no audit behind it is removed when the summaries are rebuilt', async () => {
    const old = await openAsVersion('upgrade-from-2', 2);
    const before = {
      id: 's1',
      rev: 2,
      status: 'complete',
      overallGrade: 'good',
      escalation: 'none',
      auditDate: '2025-01-10',
      caseType: 'child-in-need',
      activity: 'dip-sampling',
      updatedAt: 'x',
    };
    await old.table('summaries').put(before);
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-from-2'));
    expect(await allSummaries()).toEqual([]);
    expect(await d.moderationRounds.count()).toBe(0);
    expect(await projectionState()).toMatchObject({ version: SUMMARY_PROJECTION_VERSION, unreadable: [] });
  });

  it('version 3 → current: summaries are made again from their audits, rounds gain a programme and the blind setting', async () => {
    const old = await openAsVersion('upgrade-from-3', 3);
    const audit = { ...completedPartA('requires-improvement', { programmeId: 'p1', programmeEntryId: 'e1' }), id: 'a3', rev: 4 };
    const staleSummary = {
      id: 'a3',
      rev: 4,
      status: 'draft',
      overallGrade: 'none',
      moderatedGrade: 'none',
      moderationAuditorGrade: 'none',
      moderationRoundId: '',
    };
    const round = { id: 'r1', rev: 1, periodFrom: '2025-01-01', title: 'Q1' };
    await old.table('audits').put(audit);
    await old.table('summaries').put(staleSummary);
    await old.table('moderationRounds').put(round);
    old.close();

    const d = await openDatabase(selectDatabase('upgrade-from-3'));
    expect(await allLabelledSummaries()).toMatchObject([
      {
        id: 'a3',
        rev: expect.stringMatching(/^4-/) as unknown as string,
        caseReference: audit.details.caseReference,
        overallGrade: 'requires-improvement',
        programmeId: 'p1',
        programmeEntryId: 'e1',
        areaJudgements: 'mmmRRRRRRR',
        timescalesMet: 0,
        timescalesMissed: 0,
      },
    ]);
    expect(await d.moderationRounds.get('r1')).toEqual({
      ...round,
      programmeId: '',
      blind: false,
      rev: expect.stringMatching(/^1-/) as unknown as string,
      revisions: [],
    });
    expect(await d.programmes.count()).toBe(0);
  });

  it('version 3 → current: an audit this version cannot read is listed, and the upgrade completes', async () => {
    const old = await openAsVersion('upgrade-unreadable', 3);
    const audit = { ...newAudit({}, 'odd'), templateId: 'no-such-template' };
    await old.table('audits').put(audit);
    await old.table('summaries').put({ id: 'odd', rev: 1, status: 'draft', overallGrade: 'none' });
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-unreadable'));
    // Its summary of version 3's shape went with the store summaries were kept in before version 8.
    expect(await d.audits.get('odd')).toMatchObject({ id: 'odd' });
    expect((await projectionState())?.unreadable).toEqual([{ id: 'odd', message: expect.stringContaining('no-such-template') as unknown as string }]);
  });

  it('version 4 → current: the action register is found by the audits it comes from', async () => {
    const old = await openAsVersion('upgrade-from-4', 4);
    await old.table('actions').put({ id: 'x', status: 'open', due: '2025-04-01', level: 'practice', auditIds: ['a1', 'a2'] });
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-from-4'));
    expect((await d.actions.where('auditIds').equals('a2').toArray()).map((a) => a.id)).toEqual(['x']);
  });

  it('version 5 → current: every record’s revision counter becomes a revision id, "<n>-<hash>"', async () => {
    const old = await openAsVersion('upgrade-from-5', 5);
    await old.table('audits').put({ ...newAudit({}, 'a5'), rev: 3 });
    await old.table('actions').put({ id: 'x5', rev: 2, status: 'open', due: '2025-04-01', level: 'practice', auditIds: ['a5'] });
    await old.table('moderationRounds').put({ id: 'r5', rev: 1, periodFrom: '2025-01-01', title: 'Q1', programmeId: '', blind: false });
    await old.table('programmes').put({ id: 'p5', rev: 4, startYear: 2025, entries: [] });
    await old.table('people').put({ id: 'u5', rev: 1, name: 'Sam Patel', designation: 'Team manager' });
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-from-5'));
    const revs = [
      await d.audits.get('a5'),
      await d.actions.get('x5'),
      await d.moderationRounds.get('r5'),
      await d.programmes.get('p5'),
      await d.people.get('u5'),
    ];
    expect(revs.map((r) => r?.rev.split('-')[0])).toEqual(['3', '2', '1', '4', '1']);
    for (const r of revs) {
      expect(r?.rev).toMatch(/^\d+-[0-9a-f]{32}$/);
      expect(r?.revisions).toEqual([]);
    }
    expect((await allSummaries()).find((s) => s.id === 'a5')?.rev).toBe(revs[0]?.rev);
  });

  it('version 6 → current: conflicts and where imported records came from are kept in their own tables', async () => {
    const old = await openAsVersion('upgrade-from-6', 6);
    const audit = { ...newAudit({}, 'a6'), rev: '1-abc', revisions: [] };
    await old.table('audits').put(audit);
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-from-6'));
    // Rewritten in the current shape, its revision unchanged (test/storage/records.test.ts).
    expect(await d.audits.get('a6')).toEqual({ ...audit, shape: 2 });
    expect(await d.conflicts.count()).toBe(0);
    expect(await d.provenance.count()).toBe(0);
  });

  it('version 7 → current: summaries move to a record a month, made again from the audits, without names', async () => {
    const old = await openAsVersion('upgrade-from-7', 7);
    const audit = { ...completedPartA('good'), id: 'a7', rev: '3-abc', revisions: ['2-abc', '1-abc'] };
    await old.table('audits').put(audit);
    await old.table('summaries').put({ id: 'a7', rev: '3-abc', caseReference: audit.details.caseReference, auditor: audit.details.auditor });
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-from-7'));
    expect(d.tables.map((t) => t.name)).not.toContain('summaries');
    const [month] = await d.summaryMonths.toArray();
    expect(month?.id).toBe(audit.details.auditDate.slice(0, 7));
    expect(month?.summaries.a7).toMatchObject({ id: 'a7', rev: '3-abc', overallGrade: 'good' });
    expect(JSON.stringify(month?.summaries)).not.toContain(audit.details.caseReference);
    expect(month?.labels.a7).toEqual({
      caseReference: audit.details.caseReference,
      auditor: audit.details.auditor,
      practitioner: audit.details.practitioner,
      csw: audit.details.csw,
    });
  });

  it('version 8 → current: board reports are kept in their own table', async () => {
    const old = await openAsVersion('upgrade-from-8', 8);
    const audit = { ...newAudit({}, 'a8'), rev: '1-abc', revisions: [] };
    await old.table('audits').put(audit);
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-from-8'));
    // Rewritten in the current shape, its revision unchanged (test/storage/records.test.ts).
    expect(await d.audits.get('a8')).toEqual({ ...audit, shape: 2 });
    expect(await d.reports.count()).toBe(0);
  });

  it('version 9 → current: an unprotected workspace keeps its records as they are, with no key slots', async () => {
    const old = await openAsVersion('upgrade-from-9', 9);
    const audit = { ...newAudit({}, 'a9'), rev: '1-abc', revisions: [] };
    await old.table('audits').put(audit);
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-from-9'));
    // Rewritten in the current shape, its revision unchanged (test/storage/records.test.ts).
    expect(await d.audits.get('a9')).toEqual({ ...audit, shape: 2 });
    expect(await d.keySlots.count()).toBe(0);
  });

  it('version 10 → current: the record of deletions is added and empty', async () => {
    const old = await openAsVersion('upgrade-from-10', 10);
    await old.table('keySlots').put({ id: 'p', name: 'Sam Patel', designation: 'Team manager', createdAt: '', salt: '', iterations: 1, iv: '', wrapped: '' });
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-from-10'));
    expect(await d.keySlots.count()).toBe(1);
    expect(await d.deletions.count()).toBe(0);
  });

  it('version 11 → current: rows of an older shape are rewritten in the current one', async () => {
    const old = await openAsVersion('upgrade-from-11', 11);
    const shape1 = { ...asShape1(newAudit({}, 'a11')), rev: '1-abc' };
    await old.table('audits').put(shape1);
    await old.table('people').put({ id: 'u11', rev: '1-abc', revisions: [], updatedAt: '', name: 'Sam Patel', designation: 'Team manager' });
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-from-11'));
    expect(d.audits.schema.indexes.map((i) => i.name)).toEqual(['shape']);
    expect(await d.audits.get('a11')).toMatchObject({ shape: 2, rev: '1-abc', notRequired: {}, visitingPlan: null, moderation: null, follows: null });
    // A kind with no upgrade steps is shape 1 as it was, and not rewritten.
    expect(await d.people.get('u11')).not.toHaveProperty('shape');
    expect(await d.tombstones.count()).toBe(0);
  });

  it('version 11 → current: a key slot names no one, and the lock screen’s label for it moves to a table of its own', async () => {
    const old = await openAsVersion('upgrade-from-11-slots', 11);
    await old
      .table('keySlots')
      .put({ id: 'u11', name: 'Sam Patel', designation: 'Team manager', createdAt: 'x', salt: 's', iterations: 1, iv: 'i', wrapped: 'w' });
    old.close();
    const d = await openDatabase(selectDatabase('upgrade-from-11-slots'));
    expect(await d.keySlots.get('u11')).toEqual({ id: 'u11', createdAt: 'x', salt: 's', iterations: 1, iv: 'i', wrapped: 'w' });
    expect(await d.slotLabels.get('u11')).toEqual({ id: 'u11', name: 'Sam Patel', designation: 'Team manager' });
  });

  it('the version 6 transform is pure, deterministic, and leaves a revision id as it is', () => {
    expect(withRevisionIds({ id: 'a', rev: 2 })).toEqual(withRevisionIds({ id: 'a', rev: 2 }));
    expect(withRevisionIds({ id: 'a', rev: 2 }).rev).not.toBe(withRevisionIds({ id: 'b', rev: 2 }).rev);
    expect(withRevisionIds({ id: 'a', rev: 0 })).toEqual({ id: 'a', rev: '', revisions: [] });
    const current = { id: 'a', rev: '2-abc', revisions: ['1-def'] };
    expect(withRevisionIds(current)).toBe(current);
  });

  it('the version 4 transform is pure and keeps what is there', () => {
    expect(roundWithProgramme({ id: 'r' })).toEqual({ id: 'r', programmeId: '', blind: false });
    expect(roundWithProgramme({ id: 'r', programmeId: 'p', blind: true })).toEqual({ id: 'r', programmeId: 'p', blind: true });
  });
});

afterAll(() => {
  // The guard: every named transform ran in a test above, and every version before the current one was upgraded from.
  for (const [name, spy] of transformSpies) expect(spy, `the upgrade "${name}" never ran in a test`).toHaveBeenCalled();
  expect([...upgradedFrom].sort((a, b) => a - b)).toEqual(SCHEMA_VERSIONS.slice(0, -1).map((v) => v.version));
});
