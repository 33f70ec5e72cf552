// Every record is written through this module. A write takes the copy a page read (its base) and a change: a pure
// function of the record and the time, from the core. The module takes the time and applies the change. If the stored
// record moved on since the base was read (another tab, window or person changed it), the change is merged field by
// field with what is stored when the two touched different fields, and refused with what changed when they touched
// the same one. Each write is a new revision as CouchDB keeps them ("<n>-<hash>", with its ancestors), and each
// audit's summary is kept in step in the same transaction. It decides nothing about the domain.
import type { EntityTable, IDType, Table } from 'dexie';
import type { Audit } from '@/domain/audit';
import type { Author } from '@/domain/author';
import type { Person } from '@/domain/person';
import { ReportError, type BoardReport } from '@/domain/board-report';
import type { DeletionRecord } from '@/domain/retention';
import { reconcileRaisedActions, type ActionRecord } from '@/domain/actions';
import type { ModerationRound } from '@/domain/moderation';
import { entriesTakenOut, refuseRemovingCounted, type AuditProgramme } from '@/domain/programme';
import { describeConflicts } from '@/domain/describe-conflicts';
import { threeWayMerge, type FieldConflict } from '@/domain/merge';
import type { Versioned } from '@/domain/revision';
import { nextRevision } from './revisions';
import { DEFAULT_SETTINGS } from './records/settings';
import { nowInstant } from '@/lib/clock';
import { db, type WorkbenchDb, type WorkspaceSettings } from './db';
import { putSummaries, refuseOtherVersion, summariesIn } from './projections';
import { openRow, openRows, refuseStaleProtection, sealLabels, sealRecord, sealRecords, type SealedTable } from './protection';
import { RECORDS } from './records/registry';
import { refuseNewerShapes } from './records/shapes';
import type { StoredLabels } from './db';

export class StaleWriteError extends Error {
  readonly conflicts: FieldConflict[];
  constructor(what: string, conflicts: FieldConflict[]) {
    super(
      `${what} was changed elsewhere (another tab or window) since it was opened, in the same place as your change: ${describeConflicts(conflicts)}. Your change was not saved. Reload to see the latest version.`,
    );
    this.name = 'StaleWriteError';
    this.conflicts = conflicts;
  }
}

/** A change made by the core: the record as read, and the time, in; the changed record out. */
type Change<T> = (record: T, now: string) => T;

/** How each kind of record merges: fields stamped on writing are left out; histories only grow. */
const MERGE = { ignore: ['rev', 'revisions', 'updatedAt'], appendOnly: ['history'], depth: 4 } as const;

/**
 * What to store when a change made from `base` meets `stored`: the change itself if nothing moved on, else the change
 * merged with what is stored (carrying the stored revision, which the write then follows), or a StaleWriteError
 * naming the fields both changed.
 */
function settle<T extends Versioned>(base: T | undefined, ours: T, stored: T | undefined, what: string): T {
  if ((stored?.rev ?? '') === (base?.rev ?? '')) return ours;
  if (!base || !stored) throw new StaleWriteError(what, []);
  const merged = threeWayMerge(base, ours, stored, MERGE);
  if (!merged.ok) throw new StaleWriteError(what, merged.conflicts);
  return { ...merged.merged, rev: stored.rev, revisions: stored.revisions, updatedAt: ours.updatedAt };
}

const sameRevs = (a: readonly ({ rev: string } | undefined)[], b: readonly ({ rev: string } | undefined)[]) =>
  a.every((x, i) => (x?.rev ?? '') === (b[i]?.rev ?? ''));

interface Commit<T extends Versioned> {
  table: EntityTable<T, 'id'>;
  /** The other tables the transaction writes. */
  also: readonly Table[];
  items: readonly { base: T | undefined; ours: T }[];
  what: (record: T) => string;
  /**
   * More work in the same transaction, after the records are put (summaries, guards that may refuse the write), given
   * the records written, the stored ones they replace, and the labels of audits sealed before the transaction.
   */
  then?: (next: readonly T[], stored: readonly (T | undefined)[], labels: ReadonlyMap<string, StoredLabels>) => Promise<void>;
  /** Refuse, rather than merge, a change whose base is no longer what is stored (a change checked against its base). */
  exact?: boolean;
}

/**
 * Settles each change against what is stored and works out the new revisions (hashing with WebCrypto) and the sealed
 * records (encrypting, in a protected workspace) outside any transaction, then, in one transaction, puts them only if
 * nothing moved on meanwhile; if something did, it goes round again from what is stored now.
 */
async function commit<T extends Versioned>({ table, also, items, what, then, exact = false }: Commit<T>): Promise<T[]> {
  const ids = items.map((x) => x.ours.id as IDType<T, 'id'>);
  const kind = table.name as SealedTable;
  const def = RECORDS[kind];
  return withRetries(what(items[0]?.ours as T), async () => {
    const raw = await table.bulkGet(ids);
    refuseNewerShapes(def, raw);
    // The revision is in the clear: a stored record is opened only where it moved on since its base was read, to merge.
    const seen = await Promise.all(
      items.map(async ({ base, ours }, i) => {
        const row = raw[i];
        if (row === undefined) return undefined;
        if ((row.rev ?? '') === (base?.rev ?? '') && base) return base;
        if (exact) throw new StaleWriteError(what(ours), []);
        return openRow<T>(kind, row);
      }),
    );
    const next = await Promise.all(items.map(({ base, ours }, i) => nextRevision(settle(base, ours, seen[i], what(ours)))));
    const rows = (await sealRecords(kind, next)) as T[];
    const labels = kind === 'audits' ? await sealLabels(next as unknown as Audit[]) : new Map<string, StoredLabels>();
    const d = db();
    return d.transaction('rw', [table, d.keySlots, ...also], async () => {
      await refuseStaleProtection(d);
      const stored = await table.bulkGet(ids);
      refuseNewerShapes(def, stored);
      if (!sameRevs(stored, raw)) return null;
      await table.bulkPut(rows);
      await then?.(next, seen, labels);
      return next;
    });
  });
}

/** How many times a write goes round again when what is stored keeps moving on while it is being prepared. */
const ATTEMPTS = 5;

export class BusyRecordError extends Error {
  constructor(what: string) {
    super(
      `${what} kept being changed elsewhere (another tab or window) while this change was being saved, ${ATTEMPTS} times over. Your change was not saved: try again.`,
    );
    this.name = 'BusyRecordError';
  }
}

/** Runs `attempt` until it returns something other than null, at most ATTEMPTS times; then refuses plainly. */
async function withRetries<R>(what: string, attempt: () => Promise<R | null>): Promise<R> {
  for (let i = 0; i < ATTEMPTS; i += 1) {
    const done = await attempt();
    if (done !== null) return done;
  }
  throw new BusyRecordError(what);
}

/** The one record a write of one record wrote. */
function only<T>(written: readonly T[]): T {
  const [record] = written;
  if (record === undefined) throw new Error('Nothing was written');
  return record;
}

/** One change to one record: its base, and the change applied to it at the time of writing. */
function one<T extends Versioned>(base: T | undefined, make: (now: string) => T): { base: T | undefined; ours: T } {
  const now = nowInstant();
  return { base, ours: { ...make(now), updatedAt: now } };
}

const auditWhat = (a: Audit) => `Audit ${a.details.caseReference}`;

/** Keeps each audit's summary in step, in the write's transaction. */
const summarise = (d: WorkbenchDb) => async (next: readonly Audit[], stored: readonly (Audit | undefined)[], labels: ReadonlyMap<string, StoredLabels>) => {
  await refuseOtherVersion(d);
  await putSummaries(d, next, stored, labels);
};

/** Writes a change to an audit read at `base`; returns the stored record with its new revision. */
export async function writeAudit(base: Audit, change: Change<Audit>): Promise<Audit> {
  const d = db();
  return only(
    await commit({
      table: d.audits,
      also: [d.summaryMonths, d.projections],
      items: [one(base, (now) => change(base, now))],
      what: auditWhat,
      then: summarise(d),
    }),
  );
}

/** A new audit. */
export async function addAudit(make: (now: string) => Audit): Promise<Audit> {
  const d = db();
  return only(await commit({ table: d.audits, also: [d.summaryMonths, d.projections], items: [one(undefined, make)], what: auditWhat, then: summarise(d) }));
}

/** Many new audits in one transaction (test data, benchmarks), each its first revision. */
export async function addAudits(audits: readonly Audit[]): Promise<void> {
  const d = db();
  const now = nowInstant();
  await commit({
    table: d.audits,
    also: [d.summaryMonths, d.projections],
    items: audits.map((a) => ({ base: undefined, ours: { ...a, updatedAt: now } })),
    what: auditWhat,
    then: summarise(d),
  });
}

/** Many new records of one kind in one transaction (the example workspace), each its first revision. */
export async function addRecords(
  kind: 'actions' | 'moderationRounds' | 'programmes' | 'people',
  records: readonly (ActionRecord | ModerationRound | AuditProgramme | Person)[],
): Promise<void> {
  const d = db();
  const now = nowInstant();
  await commit({
    table: d.table(kind) as EntityTable<Versioned, 'id'>,
    also: [],
    items: records.map((r) => ({ base: undefined, ours: { ...r, updatedAt: now } })),
    what: () => 'A record',
  });
}

/**
 * Part A submitted: the audit, and the action register kept in step with the actions it raises
 * (reconcileRaisedActions), in one transaction. Submitting is refused if the audit moved on since it was checked.
 */
export async function writeSubmittedAudit(
  base: Audit,
  change: (audit: Audit, now: string) => { audit: Audit; raised: ActionRecord[] },
  by: Author,
): Promise<Audit> {
  const d = db();
  const now = nowInstant();
  const made = change(base, now);
  const audit = await nextRevision({ ...made.audit, updatedAt: now });
  const auditRow = await sealRecord('audits', audit);
  const labels = await sealLabels([audit]);
  return withRetries(auditWhat(base), async () => {
    const existingRows = await d.actions.where('auditIds').equals(base.id).toArray();
    refuseNewerShapes(RECORDS.actions, existingRows);
    const existing = await openRows<ActionRecord>('actions', existingRows);
    const actions = await Promise.all(reconcileRaisedActions(made.raised, existing, by, now).map((a) => nextRevision({ ...a, updatedAt: now })));
    const actionRows = await sealRecords('actions', actions);
    return d.transaction('rw', [d.audits, d.summaryMonths, d.projections, d.actions, d.keySlots], async () => {
      await refuseStaleProtection(d);
      const stored = await d.audits.get(base.id);
      refuseNewerShapes(RECORDS.audits, [stored]);
      if ((stored?.rev ?? '') !== base.rev) throw new StaleWriteError(auditWhat(base), []);
      if (!sameRevs(await d.actions.bulkGet(existing.map((a) => a.id)), existing)) return null;
      await d.audits.put(auditRow as Audit);
      // The stored audit is the base (their revisions match): its month is the one the summary leaves.
      await summarise(d)([audit], [base], labels);
      await d.actions.bulkPut(actionRows as ActionRecord[]);
      return audit;
    });
  });
}

const actionWhat = (a: ActionRecord) => `The action "${a.what.slice(0, 40)}"`;

/** Writes changes to actions read at `bases` (one change maps them all: a status update for several at once). */
export async function writeActions(
  bases: readonly ActionRecord[],
  change: (actions: readonly ActionRecord[], now: string) => readonly ActionRecord[],
): Promise<ActionRecord[]> {
  const d = db();
  const now = nowInstant();
  const byId = new Map(bases.map((b) => [b.id, b]));
  const items = change(bases, now).map((ours) => ({ base: byId.get(ours.id), ours: { ...ours, updatedAt: now } }));
  return commit({ table: d.actions, also: [], items, what: actionWhat });
}

/** A new action. */
export async function addAction(make: (now: string) => ActionRecord): Promise<ActionRecord> {
  return only(await commit({ table: db().actions, also: [], items: [one(undefined, make)], what: actionWhat }));
}

const roundWhat = (r: ModerationRound) => `The moderation round "${r.title}"`;

/** Writes a change to a moderation round read at `base`. */
export async function writeRound(base: ModerationRound, change: Change<ModerationRound>): Promise<ModerationRound> {
  return only(await commit({ table: db().moderationRounds, also: [], items: [one(base, (now) => change(base, now))], what: roundWhat }));
}

/** A new moderation round. */
export async function addRound(make: (now: string) => ModerationRound): Promise<ModerationRound> {
  return only(await commit({ table: db().moderationRounds, also: [], items: [one(undefined, make)], what: roundWhat }));
}

/** How many audits count towards any of the given activities of a programme, read in the caller's transaction. */
async function auditsCountedIn(d: WorkbenchDb, programmeId: string, entryIds?: ReadonlySet<string>): Promise<number> {
  if (entryIds?.size === 0) return 0;
  return summariesIn(await d.summaryMonths.toArray()).filter((s) => s.programmeId === programmeId && (!entryIds || entryIds.has(s.programmeEntryId))).length;
}

/**
 * Writes an auditing programme. An activity taken out must have no audits counting towards it, checked in the same
 * transaction, so none is left pointing at nothing.
 */
export async function writeProgramme(base: AuditProgramme, change: Change<AuditProgramme>): Promise<AuditProgramme> {
  return saveProgramme(base, (now) => change(base, now));
}

/** A new auditing programme. */
export async function addProgramme(make: (now: string) => AuditProgramme): Promise<AuditProgramme> {
  return saveProgramme(undefined, make);
}

async function saveProgramme(base: AuditProgramme | undefined, make: (now: string) => AuditProgramme): Promise<AuditProgramme> {
  const d = db();
  return only(
    await commit({
      table: d.programmes,
      also: [d.summaryMonths],
      items: [one(base, make)],
      what: (p) => `The programme "${p.title}"`,
      // Checked in the same transaction: a refusal undoes the put.
      then: async ([next], [stored]) => {
        if (next) refuseRemovingCounted(await auditsCountedIn(d, next.id, entriesTakenOut(stored, next)), 'that activity');
      },
    }),
  );
}

/** Deletes a programme read at `base`, only while no audit counts towards it. */
export async function deleteProgramme(base: AuditProgramme): Promise<void> {
  const d = db();
  await d.transaction('rw', d.programmes, d.summaryMonths, async () => {
    const stored = await d.programmes.get(base.id);
    if (!stored) return;
    refuseNewerShapes(RECORDS.programmes, [stored]);
    if (stored.rev !== base.rev) throw new StaleWriteError(`The programme "${base.title}"`, []);
    refuseRemovingCounted(await auditsCountedIn(d, base.id), 'the programme');
    await d.programmes.delete(base.id);
  });
}

const reportWhat = (r: BoardReport) => `The report "${r.title}"`;

/** A new board report or Brief Overview report. */
export async function addReport(make: (now: string) => BoardReport): Promise<BoardReport> {
  return only(await commit({ table: db().reports, also: [], items: [one(undefined, make)], what: reportWhat }));
}

/** A report issued elsewhere is kept as it was issued: a change made from a draft copy is refused, not merged in. */
const refuseIssued = async (_next: readonly BoardReport[], [stored]: readonly (BoardReport | undefined)[]) => {
  if (stored?.status === 'issued') throw new ReportError('This report has been issued: its words and figures are kept as they were');
};

/** Writes a change to a report read at `base` (a section's words as they are typed). */
export async function writeReport(base: BoardReport, change: Change<BoardReport>): Promise<BoardReport> {
  return only(await commit({ table: db().reports, also: [], items: [one(base, (now) => change(base, now))], what: reportWhat, then: refuseIssued }));
}

/**
 * Issues a report from the copy read at `base`, only if that is still what is stored: what issuing checked (the names
 * in its words) is what is frozen, with nothing merged in from elsewhere.
 */
export async function issueReportAsRead(base: BoardReport, change: Change<BoardReport>): Promise<BoardReport> {
  return only(
    await commit({ table: db().reports, also: [], items: [one(base, (now) => change(base, now))], what: reportWhat, then: refuseIssued, exact: true }),
  );
}

/** Someone new working in the workspace. */
export async function addPerson(make: (now: string) => Person): Promise<Person> {
  return only(await commit({ table: db().people, also: [], items: [one(undefined, make)], what: (p) => `The profile of ${p.name}` }));
}

/** This device's settings (who is working here, the timescale policy): a last-write-wins record of its own. */
export async function writeSettings(change: Partial<Omit<WorkspaceSettings, 'id' | 'rev' | 'updatedAt'>>): Promise<WorkspaceSettings> {
  const d = db();
  return d.transaction('rw', d.settings, async () => {
    const stored = (await d.settings.get('workspace')) ?? DEFAULT_SETTINGS;
    const next: WorkspaceSettings = { ...stored, ...change, id: 'workspace', rev: stored.rev + 1, updatedAt: nowInstant() };
    await d.settings.put(next);
    return next;
  });
}

/**
 * Deletes audits as read (`audits`), all or nothing, with the actions raised only in them, the versions kept to choose
 * between and where they came from, and their summaries; and records the deletion (without their content) in the
 * same transaction. Refused if any of them changed meanwhile.
 */
export async function deleteAudits(audits: readonly Audit[], make: (now: string, actions: number) => DeletionRecord): Promise<DeletionRecord> {
  const d = db();
  const ids = audits.map((a) => a.id);
  const gone = new Set(ids);
  const linked = await openRows<ActionRecord>('actions', await d.actions.where('auditIds').anyOf(ids).distinct().toArray());
  const orphaned = linked.filter((a) => a.auditIds.every((id) => gone.has(id))).map((a) => a.id);
  const record = make(nowInstant(), orphaned.length);
  const row = await sealRecord('deletions', record);
  await d.transaction('rw', [d.audits, d.summaryMonths, d.projections, d.actions, d.conflicts, d.provenance, d.deletions, d.keySlots], async () => {
    await refuseOtherVersion(d);
    await refuseStaleProtection(d);
    const stored = await d.audits.bulkGet(ids);
    refuseNewerShapes(RECORDS.audits, stored);
    if (!sameRevs(stored, audits)) throw new StaleWriteError('An audit to be deleted', []);
    await d.audits.bulkDelete(ids);
    await putSummaries(d, [], audits, new Map());
    await d.actions.bulkDelete(orphaned);
    const conflicts = (await d.conflicts.toCollection().primaryKeys()).filter((k) => ids.some((id) => String(k).startsWith(`audits:${id}:`)));
    await d.conflicts.bulkDelete(conflicts);
    await d.provenance.bulkDelete([...ids.map((id) => `audits:${id}`), ...orphaned.map((id) => `actions:${id}`)]);
    await d.deletions.put(row as DeletionRecord);
  });
  return record;
}
