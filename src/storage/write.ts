// Every record is written through this module. A write takes a change: a function of the time that returns the
// record(s) made by the pure core from the copy the page read. The module takes the time, refuses the change if the
// stored record moved on since that copy (another tab or window changed it first), stamps the new revision, and keeps
// each audit's summary in step in the same transaction. It decides nothing about the domain.
import type { Audit, Author } from '@/domain/audit';
import type { Person } from '@/domain/person';
import { reconcileRaisedActions, type ActionRecord } from '@/domain/actions';
import type { ModerationRound } from '@/domain/moderation';
import { entriesTakenOut, refuseRemovingCounted, type AuditProgramme } from '@/domain/programme';
import { nowInstant } from '@/lib/clock';
import type { EntityTable, IDType } from 'dexie';
import { db, type WorkspaceSettings } from './db';
import { refuseOtherVersion, summaryOf } from './projections';

export class StaleWriteError extends Error {
  constructor(what: string) {
    super(`${what} was changed elsewhere (another tab or window) since it was opened. Reload to see the latest version.`);
    this.name = 'StaleWriteError';
  }
}

/** A change to records: given the time, the new record(s), each carrying the revision of the copy it was made from. */
export type Change<T> = (now: string) => T;

/** The revision a record gets when written over `stored`, from a copy at `rev`; refuses a stale copy. */
function nextRev(stored: { rev: number } | undefined, rev: number, what: () => string): number {
  if ((stored?.rev ?? 0) !== rev) throw new StaleWriteError(what());
  return rev + 1;
}

type Versioned = { id: string; rev: number; updatedAt: string };

/**
 * Puts a record made from the copy at its `rev` over what is stored, in the caller's transaction: refused if the
 * stored record moved on; otherwise stamped with the next revision and the time. Returns it with what it replaced.
 */
async function putOver<T extends Versioned>(
  table: EntityTable<T, 'id'>,
  record: T,
  now: string,
  what: () => string,
): Promise<{ next: T; stored: T | undefined }> {
  const stored = await table.get(record.id as IDType<T, 'id'>);
  const next = { ...record, rev: nextRev(stored, record.rev, what), updatedAt: now };
  await table.put(next);
  return { next, stored };
}

/** Writes an audit; returns the stored record with its new revision. */
export async function writeAudit(change: Change<Audit>): Promise<Audit> {
  const d = db();
  return d.transaction('rw', d.audits, d.summaries, d.projections, async () => {
    await refuseOtherVersion(d);
    const now = nowInstant();
    const audit = change(now);
    const { next } = await putOver(d.audits, audit, now, () => `Audit ${audit.details.caseReference}`);
    await d.summaries.put(summaryOf(next));
    return next;
  });
}

/** Many audits in one transaction (test data, benchmarks): new records, or fresh copies. */
export async function writeAudits(audits: readonly Audit[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.audits, d.summaries, d.projections, async () => {
    await refuseOtherVersion(d);
    const now = nowInstant();
    const stored = await d.audits.bulkGet(audits.map((a) => a.id));
    const next = audits.map((a, i) => ({ ...a, rev: nextRev(stored[i], a.rev, () => `Audit ${a.details.caseReference}`), updatedAt: now }));
    await d.audits.bulkPut(next);
    await d.summaries.bulkPut(next.map(summaryOf));
  });
}

/**
 * Part A submitted: the audit, and the action register kept in step with the actions it raises
 * (reconcileRaisedActions), in one transaction.
 */
export async function writeSubmittedAudit(change: Change<{ audit: Audit; raised: ActionRecord[] }>, by: Author): Promise<Audit> {
  const d = db();
  return d.transaction('rw', d.audits, d.summaries, d.projections, d.actions, async () => {
    let made: { audit: Audit; raised: ActionRecord[] } | undefined;
    const saved = await writeAudit((now) => {
      made = change(now);
      return made.audit;
    });
    const now = saved.updatedAt;
    const existing = await d.actions.where('auditIds').equals(saved.id).toArray();
    if (!made) throw new Error('Part A was not submitted');
    const changed = reconcileRaisedActions(made.raised, existing, by, now);
    const stored = new Map(existing.map((a) => [a.id, a]));
    await d.actions.bulkPut(changed.map((a) => ({ ...a, rev: (stored.get(a.id)?.rev ?? 0) + 1, updatedAt: now })));
    return saved;
  });
}

/** Writes actions made from the copies at their `rev` (0 for a new action). */
export async function writeActions(change: Change<readonly ActionRecord[]>): Promise<ActionRecord[]> {
  const d = db();
  return d.transaction('rw', d.actions, async () => {
    const now = nowInstant();
    const actions = change(now);
    const stored = await d.actions.bulkGet(actions.map((a) => a.id));
    const next = actions.map((a, i) => ({ ...a, rev: nextRev(stored[i], a.rev, () => `The action "${a.what.slice(0, 40)}"`), updatedAt: now }));
    await d.actions.bulkPut(next);
    return next;
  });
}

/** Writes a moderation round made from the copy at its `rev` (0 for a new round). */
export async function writeRound(change: Change<ModerationRound>): Promise<ModerationRound> {
  const d = db();
  return d.transaction('rw', d.moderationRounds, async () => {
    const now = nowInstant();
    const round = change(now);
    return (await putOver(d.moderationRounds, round, now, () => `The moderation round "${round.title}"`)).next;
  });
}

/** How many audits count towards any of the given activities of a programme, read in the caller's transaction. */
async function auditsCountedIn(programmeId: string, entryIds: ReadonlySet<string>): Promise<number> {
  if (entryIds.size === 0) return 0;
  return db()
    .summaries.where('programmeId')
    .equals(programmeId)
    .filter((s) => entryIds.has(s.programmeEntryId))
    .count();
}

/**
 * Writes an auditing programme made from the copy at its `rev` (0 for a new programme). An activity taken out must
 * have no audits counting towards it, checked in the same transaction, so none is left pointing at nothing.
 */
export async function writeProgramme(change: Change<AuditProgramme>): Promise<AuditProgramme> {
  const d = db();
  return d.transaction('rw', d.programmes, d.summaries, async () => {
    const now = nowInstant();
    const programme = change(now);
    const { next, stored } = await putOver(d.programmes, programme, now, () => `The programme "${programme.title}"`);
    // Checked in the same transaction: a refusal undoes the put.
    refuseRemovingCounted(await auditsCountedIn(programme.id, entriesTakenOut(stored, programme)), 'that activity');
    return next;
  });
}

/** Deletes a programme made from the copy at `rev`, only while no audit counts towards it. */
export async function deleteProgramme(programme: AuditProgramme): Promise<void> {
  const d = db();
  await d.transaction('rw', d.programmes, d.summaries, async () => {
    const stored = await d.programmes.get(programme.id);
    if (!stored) return;
    nextRev(stored, programme.rev, () => `The programme "${programme.title}"`);
    refuseRemovingCounted(await d.summaries.where('programmeId').equals(programme.id).count(), 'the programme');
    await d.programmes.delete(programme.id);
  });
}

/** Writes a person's profile made from the copy at its `rev` (0 for a new person). */
export async function writePerson(change: Change<Person>): Promise<Person> {
  const d = db();
  return d.transaction('rw', d.people, async () => {
    const now = nowInstant();
    const person = change(now);
    return (await putOver(d.people, person, now, () => `The profile of ${person.name}`)).next;
  });
}

export const DEFAULT_SETTINGS: WorkspaceSettings = { id: 'workspace', rev: 0, updatedAt: '', currentPersonId: null, timescalePolicyId: 'auditor-guidance' };

export async function writeSettings(change: Partial<Omit<WorkspaceSettings, 'id' | 'rev' | 'updatedAt'>>): Promise<WorkspaceSettings> {
  const d = db();
  return d.transaction('rw', d.settings, async () => {
    const stored = (await d.settings.get('workspace')) ?? DEFAULT_SETTINGS;
    const next: WorkspaceSettings = { ...stored, ...change, id: 'workspace', rev: stored.rev + 1, updatedAt: nowInstant() };
    await d.settings.put(next);
    return next;
  });
}
