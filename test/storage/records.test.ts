// One definition per kind of record, and record shapes that upgrade: every table of the database has a definition
// whose indexes are the newest schema version's; each frozen shape step does what its literal fixture says; a row of a
// newer shape than this build knows is left byte for byte as it is by every write path.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, selectDatabase } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import { SCHEMA_VERSIONS } from '@/storage/schema';
import { DEFINITIONS } from '@/storage/records/registry';
import { currentShape } from '@/storage/records/define';
import { auditsGainEveryField } from '@/storage/records/audits';
import { conflictsHoldCurrentAudits } from '@/storage/records/conflicts';
import { isNewerShape, NewerShapeError } from '@/storage/records/shapes';
import { rewriteOlderShapes } from '@/storage/upgrade';
import {
  addAction,
  addAudit,
  addProgramme,
  addReport,
  addRound,
  deleteAudits,
  deleteProgramme,
  writeActions,
  writeAudit,
  writeProgramme,
  writeReport,
  writeRound,
  writeSubmittedAudit,
} from '@/storage/write';
import { getAction, getAudit, getProgramme, getReport, getRound } from '@/storage/read';
import { makeBackup, readBackup, restoreBackup } from '@/storage/backup';
import { importPack, writeResolution } from '@/storage/packs';
import { lock, protectWorkspace, unlock } from '@/storage/protection';
import { newPerson } from '@/domain/person';
import { newAction } from '@/domain/actions';
import { newBoardReport } from '@/domain/board-report';
import type { ConflictRecord } from '@/storage/db';
import { asShape1, AUDITOR, newAudit, NOW } from '../builders/audit';
import { moderationRound } from '../builders/round';
import { auditProgramme } from '../builders/programme';
import { packOf } from '../builders/pack';

let n = 0;
beforeEach(async () => {
  n += 1;
  await openDatabase(selectDatabase(`records-${n}`));
});

describe('the registry of record kinds', () => {
  it('has a definition for every table of the database, with the newest schema version’s indexes', async () => {
    const stores: Record<string, string> = {};
    for (const v of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(v.stores)) {
        if (spec === null) Reflect.deleteProperty(stores, table);
        else stores[table] = spec;
      }
    }
    expect(Object.fromEntries(DEFINITIONS.map((d) => [d.table, d.indexes]))).toEqual(stores);
    expect(
      db()
        .tables.map((t) => t.name)
        .sort(),
    ).toEqual(DEFINITIONS.map((d) => d.table).sort());
  });

  it('keeps in the clear only fields that are ids, revisions, statuses, codes or dates, and every sealed kind keeps its id', () => {
    for (const def of DEFINITIONS) {
      if (!def.sealed) continue;
      expect(def.sealed.clear).toContain('id');
      for (const field of def.sealed.clear)
        expect(['id', 'rev', 'status', 'due', 'level', 'auditIds', 'periodFrom', 'startYear', 'at', 'table', 'recordId']).toContain(field);
    }
  });

  it('sends to audit packs only audits, their actions and their ended branches, and keeps conflicts, provenance, settings and projections on the device', () => {
    expect(DEFINITIONS.filter((d) => d.travels.pack).map((d) => d.table)).toEqual(['audits', 'actions', 'tombstones']);
    expect(DEFINITIONS.filter((d) => d.travels.sync).map((d) => d.table)).toEqual([
      'audits',
      'actions',
      'moderationRounds',
      'programmes',
      'people',
      'reports',
      'deletions',
      'tombstones',
    ]);
    for (const def of DEFINITIONS.filter((d) => d.schema === null)) expect(def.travels).toEqual({ backup: false, pack: false, sync: false });
  });
});

// Every step of every kind is run by a literal fixture below: the guard at the end fails if one never ran.
const stepsRun = new Map<string, ReturnType<typeof vi.fn>>();
beforeAll(() => {
  for (const def of DEFINITIONS) {
    def.upgrades.forEach((step, i) => {
      const spy = vi.fn(step.up);
      stepsRun.set(`${def.table} shape ${i + 1} → ${i + 2}`, spy);
      (step as { up: typeof step.up }).up = spy;
    });
  }
});
afterAll(() => {
  for (const [name, spy] of stepsRun) expect(spy, `the step "${name}" never ran in a test`).toHaveBeenCalled();
});

describe('audit shape 1 → 2: every field an audit has, required', () => {
  // A literal audit as shape 1 stored it: made before the age band, the programme, the visiting plan, the child's voice
  // and the rest were added.
  const before = {
    id: 'a1',
    rev: '2-abc',
    revisions: ['1-def'],
    updatedAt: '2025-01-02T10:00:00.000Z',
    createdAt: '2025-01-01T10:00:00.000Z',
    templateId: 'case-file-quality-audit',
    templateVersion: 1,
    policyId: 'auditor-guidance',
    policyVersion: 1,
    status: 'draft',
    details: {
      caseReference: 'CR-1',
      team: 'Pod 1',
      practitioner: 'Jo Lee',
      csw: 'Alex Morgan',
      auditor: 'Sam Patel',
      auditDate: '2025-01-01',
      caseType: 'child-in-need',
      activity: 'dip-sampling',
    },
    sections: {},
    caseDates: {},
    visitingRegime: '',
    visits: [{ id: 'v1', date: '2025-01-01', seenAlone: 'yes', notSeenAloneReason: '', announced: 'announced', bedroomSeen: 'yes' }],
    actions: [],
    noFurtherAction: false,
    overall: {},
    escalation: null,
    submittedAt: null,
    acknowledgement: null,
    history: [],
  };
  const after = {
    ...before,
    details: { ...before.details, ageBand: '', programmeId: '', programmeEntryId: '' },
    notRequired: {},
    visitingPlan: null,
    visits: [{ ...before.visits[0], seenAwake: '', recordedOn: '' }],
    moderation: null,
    disagreementResolution: null,
    goodPractice: null,
    voice: null,
    follows: null,
  };

  it('fills each field added since with the value that means none, and keeps what was there', () => {
    expect(auditsGainEveryField(before)).toEqual(after);
    const filled = { ...after, details: { ...after.details, ageBand: '5-9' }, visitingPlan: { every: '2', unit: 'weeks', setBy: 'plan' } };
    expect(auditsGainEveryField(filled)).toEqual(filled);
  });

  it('upgrades a stored row when it is opened, and rewrites it in the current shape with its revision unchanged', async () => {
    await db().audits.put(before as never);
    expect(await getAudit('a1')).toEqual(after);
    expect(await rewriteOlderShapes()).toBe(1);
    expect(await db().audits.get('a1')).toEqual({ ...after, shape: 2 });
    expect(await rewriteOlderShapes()).toBe(0);
  });

  it('upgrades a backup of shape 1 by the same step, then checks it strictly', async () => {
    const audit = await addAudit(() => newAudit({}, 'b1'));
    const text = (await makeBackup(NOW)).text;
    const file = JSON.parse(text) as { shapes?: unknown; records: { audits: Record<string, unknown>[] }; sha256: string };
    expect(file.shapes).toMatchObject({ audits: 2, actions: 1, conflicts: 2 });
    // The same backup as a version before shapes wrote it: no shapes, and the audit without the fields added since.
    const {
      notRequired: _a,
      visitingPlan: _b,
      moderation: _c,
      disagreementResolution: _d,
      goodPractice: _e,
      voice: _f,
      follows: _g,
      ...old
    } = file.records.audits[0] ?? {};
    const { shapes: _s, sha256: _h, ...rest } = { ...file, records: { ...file.records, audits: [old] } };
    const { sha256Hex } = await import('@/lib/digest');
    const oldText = JSON.stringify({ ...rest, sha256: await sha256Hex(JSON.stringify(rest)) });
    expect((await readBackup(oldText)).records.audits).toEqual([audit]);
  });
});

describe('conflict shape 1 → 2: the audits a conflict keeps, in their current shape', () => {
  const shape1Audit = (visitingRegime: string) => ({ ...asShape1(newAudit({}, 'c1')), rev: '2-abc', revisions: ['1-def'], visitingRegime });
  const before = {
    id: 'audits:c1:2-abc',
    table: 'audits',
    recordId: 'c1',
    ours: shape1Audit('ours'),
    theirs: shape1Audit('theirs'),
    from: 'a pack',
    importedAt: NOW,
  };

  it('brings both versions of an audit up by the audit’s own step, and leaves an action’s as they are', () => {
    expect(conflictsHoldCurrentAudits(before)).toEqual({ ...before, ours: auditsGainEveryField(before.ours), theirs: auditsGainEveryField(before.theirs) });
    const action = { id: 'actions:x:2-abc', table: 'actions', recordId: 'x', ours: { id: 'x' }, theirs: { id: 'x' }, from: 'a pack', importedAt: NOW };
    expect(conflictsHoldCurrentAudits(action)).toBe(action);
  });

  it('lets a conflict kept before shapes be shown, backed up and restored', async () => {
    await db().conflicts.put(before as never);
    const backup = await readBackup((await makeBackup(NOW)).text);
    expect(backup.records.conflicts[0]?.ours).toMatchObject({ visitingRegime: 'ours', notRequired: {}, follows: null });
    expect(await rewriteOlderShapes()).toBe(1);
    expect(await db().conflicts.get(before.id)).toMatchObject({ shape: 2, theirs: { visitingRegime: 'theirs', voice: null } });
  });
});

describe('an older row its schema refuses once brought up', () => {
  it('is opened as the steps leave it, never keeps the workspace from opening, and is left in its old shape', async () => {
    const { notRequired: _n, ...odd } = { ...newAudit({}, 'odd'), rev: '1-abc', legacyNote: 'a field no version of the app wrote' };
    await db().audits.put(odd as never);
    expect(await getAudit('odd')).toMatchObject({ legacyNote: 'a field no version of the app wrote', notRequired: {} });
    expect(await rewriteOlderShapes()).toBe(1);
    expect(await db().audits.get('odd')).toEqual(odd);
    await openDatabase(selectDatabase(`records-${n}-again`));
    await db().audits.put(odd as never);
    db().close();
    await expect(openDatabase(selectDatabase(`records-${n}-again`))).resolves.toBeDefined();
  });
});

describe('a row of a newer shape than this build knows', () => {
  const FUTURE = 99;
  /** Stores a row as a newer version would, and returns a copy to compare with. */
  async function newerRow(table: 'audits' | 'actions' | 'moderationRounds' | 'programmes' | 'reports', record: { id: string }) {
    const row = { ...record, shape: FUTURE, fieldOfTheFuture: { kept: ['as', 'it', 'is'] } };
    await db().table(table).put(row);
    return structuredClone(row);
  }

  it('is opened as it is, marked read-only, and refused by every write of it', async () => {
    const audit = await addAudit(() => newAudit({}, 'f1'));
    const row = await newerRow('audits', audit);
    const opened = (await getAudit('f1'))!;
    expect(isNewerShape(opened)).toBe(true);
    expect(opened).toMatchObject({ fieldOfTheFuture: { kept: ['as', 'it', 'is'] } });

    const refusals: [string, () => Promise<unknown>][] = [
      ['a change to the audit', () => writeAudit(opened, (a) => ({ ...a, visitingRegime: 'changed' }))],
      ['submitting Part A', () => writeSubmittedAudit(opened, (a) => ({ audit: { ...a, status: 'with-csw' }, raised: [] }), AUDITOR)],
      [
        'deleting it under the retention period',
        () => deleteAudits([opened], (at) => ({ id: 'del-1', at, by: AUDITOR, rule: 'test', auditIds: ['f1'], actions: 0 })),
      ],
      ['a backup of the workspace', () => makeBackup(NOW)],
      [
        'protecting the workspace',
        () => protectWorkspace(newPerson('p1', { name: 'Sam Patel', designation: 'Auditor' }, NOW), 'correct horse battery', NOW, 1000),
      ],
    ];
    for (const [what, attempt] of refusals) {
      await expect(attempt(), what).rejects.toThrow(NewerShapeError);
      expect(await db().audits.get('f1'), what).toEqual(row);
    }
    expect(await rewriteOlderShapes()).toBe(0);
    expect(await db().audits.get('f1')).toEqual(row);
  });

  it('is left as it is by a pack that brings a newer revision, and by a restore, which is refused', async () => {
    const audit = await addAudit(() => newAudit({}, 'f2'));
    const pack = await packOf(['f2']);
    const backup = await readBackup((await makeBackup(NOW)).text);
    // The pack holds a descendant of what is stored: it would fast-forward a row of this build's shape.
    const ahead = await writeAudit(audit, (a) => ({ ...a, visitingRegime: 'theirs' }));
    const descendant = { ...pack, audits: [ahead] };
    await db().audits.put({ ...audit });
    const row = await newerRow('audits', audit);
    expect(await importPack(descendant, 'a pack', NOW)).toMatchObject({ 'fast-forward': 0, 'newer-here': 1 });
    expect(await db().audits.get('f2')).toEqual(row);
    await expect(restoreBackup(backup, NOW)).rejects.toThrow(NewerShapeError);
    expect(await db().audits.get('f2')).toEqual(row);
    const conflict: ConflictRecord = { id: 'audits:f2:x', table: 'audits', recordId: 'f2', ours: audit, theirs: ahead, from: 'a pack', importedAt: NOW };
    await expect(writeResolution(conflict, audit, ahead, NOW)).rejects.toThrow(NewerShapeError);
    expect(await db().audits.get('f2')).toEqual(row);
  });

  it('of an action, a round, a programme or a report is refused by the write of each', async () => {
    const action = await addAction((now) =>
      newAction(
        'x1',
        { what: 'Visit', level: 'practice', ownerName: 'Jo', ownerRole: 'SW', team: '', practitioner: '', due: '2025-04-01', theme: '' },
        AUDITOR,
        now,
      ),
    );
    const round = await addRound(() => moderationRound([]));
    const programme = await addProgramme(() => auditProgramme([{ id: 'e1', month: '2025-04' }]));
    const report = await addReport((now) =>
      newBoardReport(
        'r1',
        { kind: 'board', title: 'Q1', filter: { from: '2025-01-01', to: '2025-03-31', activity: '', team: '', programmeId: '' } },
        AUDITOR,
        now,
      ),
    );
    const rows = {
      actions: await newerRow('actions', action),
      moderationRounds: await newerRow('moderationRounds', round),
      programmes: await newerRow('programmes', programme),
      reports: await newerRow('reports', report),
    };
    const opened = {
      action: (await getAction('x1'))!,
      round: (await getRound(round.id))!,
      programme: (await getProgramme(programme.id))!,
      report: (await getReport('r1'))!,
    };
    await expect(writeActions([opened.action], (list) => list.map((a) => ({ ...a, what: 'changed' })))).rejects.toThrow(NewerShapeError);
    await expect(writeRound(opened.round, (r) => ({ ...r, title: 'changed' }))).rejects.toThrow(NewerShapeError);
    await expect(writeProgramme(opened.programme, (p) => ({ ...p, title: 'changed' }))).rejects.toThrow(NewerShapeError);
    await expect(deleteProgramme(opened.programme)).rejects.toThrow(NewerShapeError);
    await expect(writeReport(opened.report, (r) => ({ ...r, title: 'changed' }))).rejects.toThrow(NewerShapeError);
    for (const [table, row] of Object.entries(rows)) expect(await db().table(table).get(row.id)).toEqual(row);
  });

  it('sealed in a protected workspace, is opened after unlocking and still refused', async () => {
    const sam = newPerson('p2', { name: 'Sam Patel', designation: 'Auditor' }, NOW);
    await protectWorkspace(sam, 'correct horse battery', NOW, 1000);
    const audit = await addAudit(() => newAudit({}, 'f3'));
    const stored = (await db().audits.get('f3')) as unknown as Record<string, unknown>;
    expect(stored.shape).toBe(currentShape(DEFINITIONS[0]!));
    lock();
    await unlock('p2', 'correct horse battery');
    const opened = (await getAudit('f3'))!;
    expect(opened).toEqual(audit);
    expect(isNewerShape(opened)).toBe(false);
  });
});
