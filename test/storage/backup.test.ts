// Backup and restore: a backup gives back exactly what was backed up; a damaged, changed or newer file is refused
// with a message before anything is written; an older one is upgraded; a restore is all or nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { db, selectDatabase } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import { BACKUP_TABLES, BackupError, makeBackup, readBackup, restoreBackup, workspaceCounts } from '@/storage/backup';
import { addAction, addAudit, addPerson, addProgramme, addReport, addRound, deleteAudits, writeSettings } from '@/storage/write';
import { deletionRecord } from '@/domain/retention';
import { recordVoice } from '@/domain/voice';
import { newBoardReport } from '@/domain/board-report';
import { allLabelledSummaries, getAudit, getAudits } from '@/storage/read';
import { sha256Hex } from '@/lib/digest';
import { makePack, readPack } from '@/storage/packs';
import { CURRENT_SCHEMA_VERSION } from '@/storage/schema';
import { actionRecord } from '../builders/action';
import { AUDITOR, completedPartA, newAudit, NOW } from '../builders/audit';
import { AUDITOR_PROFILE } from '../builders/person';
import { auditProgramme } from '../builders/programme';
import { moderationRound } from '../builders/round';

let n = 0;
beforeEach(async () => {
  n += 1;
  await openDatabase(selectDatabase(`backup-${n}`));
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Every record of every table, as stored, for comparing a workspace before and after. */
async function dump(): Promise<string> {
  const d = db();
  const tables = [...BACKUP_TABLES, 'summaryMonths', 'projections'];
  return JSON.stringify(await Promise.all(tables.map((t) => d.table(t).toArray())));
}

/** A workspace with one of every kind of record, the audit carrying `answer` as an answer. */
async function seed(answer = 'Seen on the record.') {
  const audit = completedPartA('good');
  audit.sections['recording']!.answers['evidence'] = answer;
  const voiced = recordVoice(
    audit,
    {
      ways: ['child'],
      notGatheredReason: '',
      said: `They said: ${answer}`,
      reflected: 'In the plan',
      participants: ['practitioner'],
      otherParticipants: '',
      reflections: '',
    },
    AUDITOR,
    NOW,
  );
  await addAudit(() => voiced);
  await addAction(() => ({ ...actionRecord({ id: 'x1', auditIds: [audit.id] }), rev: '', revisions: [] }));
  await addRound(() => moderationRound([{ id: audit.id, grade: 'good' }]));
  await addProgramme(() => auditProgramme([{ id: 'e1', month: '2025-03' }]));
  await addPerson(() => AUDITOR_PROFILE);
  await addReport((now) => ({
    ...newBoardReport(
      'r1',
      { kind: 'board', title: 'Quarter 1', filter: { from: '2025-01-01', to: '2025-03-31', activity: '', team: '', programmeId: '' } },
      AUDITOR,
      now,
    ),
    text: { keyFindings: answer, workingWell: '', toImprove: '', learning: '', recommendations: '', actionsAgreed: '' },
  }));
  // An earlier deletion under the retention period, of an audit no longer here.
  await addAudit(() => newAudit({ caseReference: 'CR-OLD', auditDate: '2019-01-10' }, 'old'));
  await deleteAudits(await getAudits(['old']), (now) => deletionRecord('del-1', ['old'], 0, 'Dated before 10 March 2022 (older than 3 years)', AUDITOR, now));
  await writeSettings({ currentPersonId: AUDITOR_PROFILE.id, timescalePolicyId: 'camden' });
  // The end of a branch that lost a conflict resolved here.
  await db().tombstones.put({
    id: `audits:${audit.id}:3-ended`,
    table: 'audits',
    recordId: audit.id,
    rev: '3-ended',
    revisions: ['2-lost', '1-abc'],
    updatedAt: NOW,
  });
}

/** How many of each kind of record seed() writes: one of every kind, none kept in conflict or brought in. */
const SEEDED = {
  audits: 1,
  actions: 1,
  moderationRounds: 1,
  programmes: 1,
  people: 1,
  settings: 1,
  conflicts: 0,
  provenance: 0,
  reports: 1,
  deletions: 1,
  tombstones: 1,
};

/** The backup's text with its records changed by `edit`, and sealed again with a correct checksum. */
async function resealed(text: string, edit: (envelope: Record<string, unknown>) => void): Promise<string> {
  const envelope = JSON.parse(text) as Record<string, unknown>;
  edit(envelope);
  const { sha256: _old, ...rest } = envelope;
  return JSON.stringify({ ...rest, sha256: await sha256Hex(JSON.stringify(rest)) });
}

describe('backup and restore', () => {
  it('gives back exactly what was backed up, every kind of record, non-ASCII text and a 1 MB answer included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constant('Ní Bhriain’s “plan” 👍\n'.repeat(50_000))), async (answer) => {
        n += 1;
        await openDatabase(selectDatabase(`round-trip-${n}`));
        await seed(answer);
        const before = await dump();
        const { text, counts } = await makeBackup(NOW);
        expect(counts).toEqual(SEEDED);
        await openDatabase(selectDatabase(`round-trip-${n}-restored`));
        await restoreBackup(await readBackup(text), NOW);
        const after = await dump();
        const secret = (await db().settings.get('workspace'))?.revisionSecret;
        if (secret) expect(before).not.toContain(secret);
        expect(JSON.parse(after)).toEqual(
          JSON.parse(before).map((t: unknown[], i: number) =>
            BACKUP_TABLES[i] === 'settings'
              ? // This device keeps its own revision secret, never the backup's.
                (t as { revisionSecret?: string }[]).map(({ revisionSecret: _secret, ...s }) =>
                  expect.objectContaining({ ...s, rev: expect.any(Number), updatedAt: NOW, currentPersonId: null, lastBackupAt: null }),
                )
              : i === BACKUP_TABLES.length + 1
                ? [expect.objectContaining({ version: expect.any(Number) })]
                : t,
          ),
        );
      }),
      { numRuns: 4 },
    );
  });

  it('refuses at least 1,000 damaged, changed or newer files with a message, leaving the workspace exactly as it was', async () => {
    await seed();
    const { text } = await makeBackup(NOW);
    const before = await dump();
    const corruptions = fc.oneof(
      fc.nat(text.length - 1).map((at) => async () => text.slice(0, at)),
      fc.tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 255 })).map(
        ([at, x]) =>
          async () =>
            text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ x) + text.slice(at + 1),
      ),
      fc.constant(async () => text.replace(/"sha256":"[0-9a-f]{8}/, '"sha256":"00000000')),
      fc
        .constantFrom('audits', 'actions', 'moderationRounds', 'programmes', 'people')
        .chain((table) =>
          fc
            .constantFrom('id', 'rev', 'history', 'revisions', 'updatedAt')
            .map(
              (field) => async () =>
                resealed(text, (e) => void Reflect.deleteProperty((e.records as Record<string, Record<string, unknown>[]>)[table]![0]!, field)),
            ),
        ),
      fc
        .constantFrom('audits', 'actions', 'moderationRounds', 'programmes', 'people')
        .chain((table) =>
          fc
            .constantFrom<unknown>(42, null, 'text', {}, [42])
            .map((wrong) => async () => resealed(text, (e) => void ((e.records as Record<string, Record<string, unknown>[]>)[table]![0]!.history = wrong))),
        ),
      fc.constant(async () => resealed(text, (e) => void (e.schemaVersion = CURRENT_SCHEMA_VERSION + 1))),
      fc.constant(async () => resealed(text, (e) => void ((e.counts as Record<string, number>).audits = 7))),
    );
    await fc.assert(
      fc.asyncProperty(corruptions, async (corrupt) => {
        const damaged = await corrupt();
        if (damaged === text) return;
        await expect(readBackup(damaged)).rejects.toBeInstanceOf(BackupError);
      }),
      { numRuns: 1_000 },
    );
    expect(await dump()).toBe(before);
  });

  it('refuses a setting no version of the app writes (a workspace that would lock at once after every unlock)', async () => {
    await seed();
    const { text } = await makeBackup(NOW);
    const before = await dump();
    for (const [field, value] of [
      ['lockAfterMinutes', 40_000],
      ['lockAfterMinutes', 0],
      ['backupReminderDays', 100_000],
    ] as const) {
      const hostile = await resealed(
        text,
        (e) => void Object.assign((e.records as Record<string, Record<string, unknown>[]>).settings![0]!, { [field]: value }),
      );
      await expect(readBackup(hostile)).rejects.toThrow(new RegExp(`Workspace settings, record 1 at ${field}`));
    }
    expect(await dump()).toBe(before);
  });

  it('refuses, before trying any passphrase, a sealed file whose way to open it asks for billions of iterations', async () => {
    const { makePack: pack } = await import('@/storage/packs');
    await seed();
    const sealed = JSON.parse((await pack(['audit-1'], AUDITOR, NOW, 'a passphrase for the pack')).text) as { slots: { iterations: number }[] };
    sealed.slots[0]!.iterations = 4_294_967_295;
    // Refused from the file as it is: no key is derived from the passphrase, so nothing waits on it.
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    await expect(readPack(JSON.stringify(sealed), 'a passphrase for the pack')).rejects.toThrow('4,294,967,295 iterations of the passphrase');
    expect(derive).not.toHaveBeenCalled();
    const many = { ...sealed, slots: Array.from({ length: 60 }, () => ({ ...sealed.slots[0]!, iterations: 600_000 })) };
    await expect(readPack(JSON.stringify(many), 'a passphrase for the pack')).rejects.toThrow('60 ways to open it');
  });

  it('refuses at least 1,000 damaged or changed audit packs the same way, writing nothing', async () => {
    await seed();
    const { text } = await makePack(['audit-1'], AUDITOR, NOW, null);
    const before = await dump();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat(text.length - 1).map((at) => text.slice(0, at)),
          fc
            .tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 255 }))
            .map(([at, x]) => text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ x) + text.slice(at + 1)),
        ),
        async (damaged) => {
          if (damaged === text) return;
          await expect(readPack(damaged)).rejects.toBeInstanceOf(BackupError);
        },
      ),
      { numRuns: 1_000 },
    );
    expect(await dump()).toBe(before);
  });

  it('reads a file laid out again (indented, keys in another order) but not changed', async () => {
    await seed();
    const { text } = await makeBackup(NOW);
    const { sha256, ...rest } = JSON.parse(text) as Record<string, unknown>;
    const relaid = JSON.stringify({ sha256, ...rest }, null, 2);
    expect((await readBackup(relaid)).counts).toEqual((await readBackup(text)).counts);
    await expect(readBackup(relaid.replace('"Seen on the record', '"Changed on the record'))).rejects.toThrow('do not match its checksum');
  });

  it('says plainly what is wrong with a file', async () => {
    await seed();
    const { text } = await makeBackup(NOW);
    await expect(readBackup('{"hello":')).rejects.toThrow('it is not complete, or not such a file at all');
    await expect(readBackup('{"hello":"world"}')).rejects.toThrow('This file is not a backup of Audit Workbench.');
    await expect(readBackup(text.replace(/"sha256":"[0-9a-f]/, '"sha256":"z'))).rejects.toThrow('is not as Audit Workbench writes it');
    await expect(readBackup(text.replace('"Seen on the record', '"Changed on the record'))).rejects.toThrow('do not match its checksum');
    await expect(readBackup(await resealed(text, (e) => void (e.schemaVersion = 99)))).rejects.toThrow('made by a newer version of Audit Workbench (schema 99');
    await expect(
      readBackup(await resealed(text, (e) => void ((e.records as Record<string, Record<string, unknown>[]>).audits![0]!.status = 'lost'))),
    ).rejects.toThrow('Audits, record 1 at status');
  });

  it('brings a backup from an older version up to date with the database’s own upgrades', async () => {
    await seed();
    const { text } = await makeBackup(NOW);
    const older = await resealed(text, (e) => {
      e.schemaVersion = 5;
      // Version 5 had no board reports, deletions or tombstones, and kept no shapes.
      const { reports: _r, deletions: _d, tombstones: _t, ...records } = e.records as Record<string, unknown>;
      const { reports: _rc, deletions: _dc, tombstones: _tc, ...counts } = e.counts as Record<string, unknown>;
      delete e.shapes;
      Object.assign(e, { records, counts });
      for (const list of Object.values(e.records as Record<string, Record<string, unknown>[]>))
        for (const r of list) if (typeof r.rev === 'string') Object.assign(r, { rev: 2 }, { revisions: undefined });
      for (const list of Object.values(e.records as Record<string, Record<string, unknown>[]>)) for (const r of list) delete r.revisions;
    });
    const checked = await readBackup(older);
    expect(checked.schemaVersion).toBe(5);
    expect(checked.records.audits[0]?.rev).toMatch(/^2-[0-9a-f]{32}$/);
    expect(checked.records.people[0]?.revisions).toEqual([]);
  });

  it('replaces the workspace whole, summaries rebuilt, reporting progress', async () => {
    await seed();
    const { text } = await makeBackup(NOW);
    n += 1;
    await openDatabase(selectDatabase(`restore-over-${n}`));
    await addAudit(() => newAudit({ caseReference: 'CR-GONE' }, 'gone'));
    const progress: number[] = [];
    await restoreBackup(await readBackup(text), NOW, (done) => progress.push(done));
    expect(await getAudit('gone')).toBeUndefined();
    expect((await allLabelledSummaries()).map((s) => s.caseReference)).toEqual(['CR-10001']);
    expect(await workspaceCounts()).toEqual(SEEDED);
    expect(progress.at(-1)).toBe(10);
  });

  it('changes nothing when a write fails part way through a restore', async () => {
    await seed();
    const { text } = await makeBackup(NOW);
    const backup = await readBackup(text);
    n += 1;
    await openDatabase(selectDatabase(`restore-fails-${n}`));
    await addAudit(() => newAudit({ caseReference: 'CR-KEPT' }, 'kept'));
    const before = await dump();
    vi.spyOn(db().table('programmes'), 'bulkPut').mockImplementation(() => {
      throw new Error('disk full');
    });
    await expect(restoreBackup(backup, NOW)).rejects.toThrow('disk full');
    expect(await dump()).toBe(before);
  });
});
