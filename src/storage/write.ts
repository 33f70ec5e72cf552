// Every record is written through this module: it stamps the revision and time, keeps each audit's summary in step
// in the same transaction, and refuses a write made from a stale copy (another tab or window changed the record
// first). Backup, pooling and encryption at rest hook in here.
import type { Audit, Author } from '@/domain/audit';
import type { Person } from '@/domain/person';
import { cancelAction, isOpen, type ActionRecord } from '@/domain/actions';
import type { ModerationRound } from '@/domain/moderation';
import { ProgrammeError, type AuditProgramme } from '@/domain/programme';
import { summarizeAudit } from '@/domain/summary';
import { getAuditTemplate, getTimescalePolicy } from '@/templates/registry';
import { db, type WorkspaceSettings } from './db';

export class StaleWriteError extends Error {
  constructor(what: string) {
    super(`${what} was changed elsewhere (another tab or window) since it was opened. Reload to see the latest version.`);
    this.name = 'StaleWriteError';
  }
}

function summarize(audit: Audit) {
  return summarizeAudit(getAuditTemplate(audit.templateId, audit.templateVersion), audit, getTimescalePolicy(audit.policyId, audit.policyVersion));
}

/** Writes an audit made from the copy at `audit.rev`; returns the stored record with its new revision. */
export async function writeAudit(audit: Audit, now: string): Promise<Audit> {
  const d = db();
  return d.transaction('rw', d.audits, d.summaries, async () => {
    const stored = await d.audits.get(audit.id);
    if (stored && stored.rev !== audit.rev) throw new StaleWriteError(`Audit ${audit.details.caseReference}`);
    const next: Audit = { ...audit, rev: (stored?.rev ?? 0) + 1, updatedAt: now };
    await d.audits.put(next);
    await d.summaries.put(summarize(next));
    return next;
  });
}

/** Many audits in one transaction (imports, test data, benchmarks): new records only, or fresh copies. */
export async function writeAudits(audits: readonly Audit[], now: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.audits, d.summaries, async () => {
    const stored = await d.audits.bulkGet(audits.map((a) => a.id));
    const next = audits.map((a, i) => {
      const s = stored[i];
      if (s && s.rev !== a.rev) throw new StaleWriteError(`Audit ${a.details.caseReference}`);
      return { ...a, rev: (s?.rev ?? 0) + 1, updatedAt: now };
    });
    await d.audits.bulkPut(next);
    await d.summaries.bulkPut(next.map(summarize));
  });
}

/**
 * Part A submitted: the audit, and the practice actions it raised entered in the action register, in one
 * transaction. When a reopened audit is submitted again, the register follows it, each change in the action's
 * history: open actions take the audit's new wording, owner and due date; open actions taken out of the audit are
 * cancelled with that reason; completed and cancelled actions are left as they are.
 */
export async function writeSubmittedAudit(audit: Audit, raised: readonly ActionRecord[], now: string, by: Author): Promise<Audit> {
  const d = db();
  return d.transaction('rw', d.audits, d.summaries, d.actions, async () => {
    const saved = await writeAudit(audit, now);
    const fromThisAudit = await d.actions.filter((a) => a.auditIds.includes(audit.id)).toArray();
    const byId = new Map(fromThisAudit.map((a) => [a.id, a]));
    const next: ActionRecord[] = [];
    for (const a of raised) {
      const e = byId.get(a.id);
      if (!e) next.push({ ...a, rev: 1, createdAt: now, updatedAt: now });
      else if (isOpen(e) && (e.what !== a.what || e.ownerName !== a.ownerName || e.ownerRole !== a.ownerRole || e.due !== a.due || e.team !== a.team || e.practitioner !== a.practitioner)) {
        next.push({
          ...e,
          what: a.what,
          ownerName: a.ownerName,
          ownerRole: a.ownerRole,
          due: a.due,
          team: a.team,
          practitioner: a.practitioner,
          rev: e.rev + 1,
          updatedAt: now,
          history: [...e.history, { at: now, by, kind: 'edited', detail: 'Updated from the audit when Part A was submitted again' }],
        });
      }
    }
    const kept = new Set(raised.map((a) => a.id));
    for (const e of fromThisAudit) {
      if (!kept.has(e.id) && isOpen(e)) next.push({ ...cancelAction(e, 'Taken out of the audit when Part A was submitted again', by, now), rev: e.rev + 1 });
    }
    await d.actions.bulkPut(next);
    return saved;
  });
}

/** Writes actions made from the copies at their `rev`; new actions have rev 0. */
export async function writeActions(actions: readonly ActionRecord[], now: string): Promise<ActionRecord[]> {
  const d = db();
  return d.transaction('rw', d.actions, async () => {
    const stored = await d.actions.bulkGet(actions.map((a) => a.id));
    const next = actions.map((a, i) => {
      const s = stored[i];
      if ((s?.rev ?? 0) !== a.rev) throw new StaleWriteError(`The action "${a.what.slice(0, 40)}"`);
      return { ...a, rev: a.rev + 1, updatedAt: now };
    });
    await d.actions.bulkPut(next);
    return next;
  });
}

/** Writes a moderation round made from the copy at its `rev` (0 for a new round). */
export async function writeRound(round: ModerationRound, now: string): Promise<ModerationRound> {
  const d = db();
  return d.transaction('rw', d.moderationRounds, async () => {
    const stored = await d.moderationRounds.get(round.id);
    if ((stored?.rev ?? 0) !== round.rev) throw new StaleWriteError(`The moderation round "${round.title}"`);
    const next = { ...round, rev: round.rev + 1, updatedAt: now };
    await d.moderationRounds.put(next);
    return next;
  });
}

/** How many audits count towards each of the given activities of a programme, read in the caller's transaction. */
async function auditsCountedIn(programmeId: string, entryIds: ReadonlySet<string>): Promise<number> {
  if (entryIds.size === 0) return 0;
  return db().summaries.where('programmeId').equals(programmeId).filter((s) => entryIds.has(s.programmeEntryId)).count();
}

function refuseCounted(counted: number, what: string) {
  if (counted > 0) throw new ProgrammeError(`${counted} audit${counted === 1 ? ' counts' : 's count'} towards ${what}, so it cannot be removed`);
}

/**
 * Writes an auditing programme made from the copy at its `rev` (0 for a new programme). An activity taken out must
 * have no audits counting towards it, checked in the same transaction, so none is left pointing at nothing.
 */
export async function writeProgramme(programme: AuditProgramme, now: string): Promise<AuditProgramme> {
  const d = db();
  return d.transaction('rw', d.programmes, d.summaries, async () => {
    const stored = await d.programmes.get(programme.id);
    if ((stored?.rev ?? 0) !== programme.rev) throw new StaleWriteError(`The programme "${programme.title}"`);
    const kept = new Set(programme.entries.map((e) => e.id));
    refuseCounted(await auditsCountedIn(programme.id, new Set(stored?.entries.filter((e) => !kept.has(e.id)).map((e) => e.id))), 'that activity');
    const next = { ...programme, rev: programme.rev + 1, updatedAt: now };
    await d.programmes.put(next);
    return next;
  });
}

/** Deletes a programme made from the copy at `rev`, only while no audit counts towards it. */
export async function deleteProgramme(programme: AuditProgramme): Promise<void> {
  const d = db();
  await d.transaction('rw', d.programmes, d.summaries, async () => {
    const stored = await d.programmes.get(programme.id);
    if (!stored) return;
    if (stored.rev !== programme.rev) throw new StaleWriteError(`The programme "${programme.title}"`);
    refuseCounted(await d.summaries.where('programmeId').equals(programme.id).count(), 'the programme');
    await d.programmes.delete(programme.id);
  });
}

export async function writePerson(person: Omit<Person, 'rev' | 'updatedAt'> & { rev?: number }, now: string): Promise<Person> {
  const d = db();
  return d.transaction('rw', d.people, async () => {
    const stored = await d.people.get(person.id);
    if (stored && person.rev !== undefined && stored.rev !== person.rev) throw new StaleWriteError(`The profile of ${person.name}`);
    const next: Person = { id: person.id, name: person.name, designation: person.designation, rev: (stored?.rev ?? 0) + 1, updatedAt: now };
    await d.people.put(next);
    return next;
  });
}

export const DEFAULT_SETTINGS: WorkspaceSettings = { id: 'workspace', rev: 0, updatedAt: '', currentPersonId: null, timescalePolicyId: 'auditor-guidance' };

export async function writeSettings(change: Partial<Omit<WorkspaceSettings, 'id' | 'rev' | 'updatedAt'>>, now: string): Promise<WorkspaceSettings> {
  const d = db();
  return d.transaction('rw', d.settings, async () => {
    const stored = (await d.settings.get('workspace')) ?? DEFAULT_SETTINGS;
    const next: WorkspaceSettings = { ...stored, ...change, id: 'workspace', rev: stored.rev + 1, updatedAt: now };
    await d.settings.put(next);
    return next;
  });
}
