// Queries. Lists and counts read the compact summaries, a month to a record, never every full audit.
import type { Audit } from '@/domain/audit';
import type { AuditSummary, LabelledSummary } from '@/domain/summary';
import type { Person } from '@/domain/person';
import type { ActionRecord } from '@/domain/actions';
import type { ModerationRound } from '@/domain/moderation';
import type { AuditProgramme } from '@/domain/programme';
import type { BoardReport } from '@/domain/board-report';
import type { DeletionRecord } from '@/domain/retention';
import { db, type ConflictRecord, type WorkspaceSettings } from './db';
import { DEFAULT_SETTINGS } from './records/settings';
import { labelledSummariesIn, summariesIn } from './projections';
import { openFound, openRow, openRows, unlockedPersonId } from './protection';

const found = async <T>(table: Parameters<typeof openRow>[0], row: unknown): Promise<T | undefined> => (row === undefined ? undefined : openRow<T>(table, row));

export async function getAudit(id: string): Promise<Audit | undefined> {
  return found('audits', await db().audits.get(id));
}

export async function allSummaries(): Promise<AuditSummary[]> {
  return summariesIn(await db().summaryMonths.toArray());
}

/** Every summary with its labels (the case reference and names), for lists that show them. */
export async function allLabelledSummaries(): Promise<LabelledSummary[]> {
  return labelledSummariesIn(await db().summaryMonths.toArray());
}

export async function allActions(): Promise<ActionRecord[]> {
  return openRows('actions', await db().actions.toArray());
}

/** Open and in-progress actions, through the status index. */
export async function openActions(): Promise<ActionRecord[]> {
  return openRows('actions', await db().actions.where('status').anyOf('open', 'in-progress').toArray());
}

export async function getAction(id: string): Promise<ActionRecord | undefined> {
  return found('actions', await db().actions.get(id));
}

export async function allRounds(): Promise<ModerationRound[]> {
  return openRows('moderationRounds', await db().moderationRounds.orderBy('periodFrom').reverse().toArray());
}

export async function getRound(id: string): Promise<ModerationRound | undefined> {
  return found('moderationRounds', await db().moderationRounds.get(id));
}

/** Full audits by id, in the order asked, for the few a report needs in full (the moderated ones' review records). */
export async function getAudits(ids: readonly string[]): Promise<Audit[]> {
  const stored = await openFound<Audit>('audits', await db().audits.bulkGet([...ids]));
  return stored.filter((a): a is Audit => a !== undefined);
}

/**
 * The given audits in full, with the actions raised in them, read together (one consistent copy), 500 audits at a
 * time with progress: for packs and exports.
 */
export async function auditsWithActions(
  auditIds: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ audits: Audit[]; actions: ActionRecord[] }> {
  const d = db();
  const rows = await d.transaction('r', d.audits, d.actions, async () => {
    const audits: unknown[] = [];
    for (let i = 0; i < auditIds.length; i += 500) {
      audits.push(...(await d.audits.bulkGet(auditIds.slice(i, i + 500))).filter((a) => a !== undefined));
      onProgress?.(Math.min(i + 500, auditIds.length), auditIds.length);
    }
    const actions = await d.actions
      .where('auditIds')
      .anyOf([...auditIds])
      .distinct()
      .toArray();
    return { audits, actions };
  });
  // Opened once the transaction is over: decrypting cannot happen inside one.
  return { audits: await openRows<Audit>('audits', rows.audits), actions: await openRows<ActionRecord>('actions', rows.actions) };
}

/** Newest programme year first. */
export async function allProgrammes(): Promise<AuditProgramme[]> {
  return openRows('programmes', await db().programmes.orderBy('startYear').reverse().toArray());
}

export async function getProgramme(id: string): Promise<AuditProgramme | undefined> {
  return found('programmes', await db().programmes.get(id));
}

export async function allPeople(): Promise<Person[]> {
  return openRows('people', await db().people.toArray());
}

export async function getSettings(): Promise<WorkspaceSettings> {
  return { ...DEFAULT_SETTINGS, ...(await db().settings.get('workspace')) };
}

/** Who is working: in a protected workspace, whoever unlocked it; otherwise the person chosen on this device. */
export async function currentPerson(): Promise<Person | null> {
  const id = unlockedPersonId() ?? (await getSettings()).currentPersonId;
  if (!id) return null;
  return (await found<Person>('people', await db().people.get(id))) ?? null;
}

/** Board reports and Brief Overview reports, newest first. */
export async function allReports(): Promise<BoardReport[]> {
  return (await openRows<BoardReport>('reports', await db().reports.toArray())).sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  );
}

export async function getReport(id: string): Promise<BoardReport | undefined> {
  return found('reports', await db().reports.get(id));
}

/** Records changed on both sides, found when importing audit packs, waiting for a person to choose. */
export async function allConflicts(): Promise<ConflictRecord[]> {
  return openRows('conflicts', await db().conflicts.toArray());
}

export async function getConflict(id: string): Promise<ConflictRecord | undefined> {
  return found('conflicts', await db().conflicts.get(id));
}

/** Deletions under the retention period, newest first. */
export async function allDeletions(): Promise<DeletionRecord[]> {
  return openRows<DeletionRecord>('deletions', await db().deletions.orderBy('at').reverse().toArray());
}
