// Queries. Lists and counts read the compact summaries, a month to a record, never every full audit.
import type { Audit } from '@/domain/audit';
import type { AuditSummary, LabelledSummary } from '@/domain/summary';
import type { Person } from '@/domain/person';
import type { ActionRecord } from '@/domain/actions';
import type { ModerationRound } from '@/domain/moderation';
import type { AuditProgramme } from '@/domain/programme';
import type { BoardReport } from '@/domain/board-report';
import { db, type ConflictRecord, type WorkspaceSettings } from './db';
import { DEFAULT_SETTINGS } from './write';
import { labelledSummariesIn, summariesIn } from './projections';

export function getAudit(id: string): Promise<Audit | undefined> {
  return db().audits.get(id);
}

export async function allSummaries(): Promise<AuditSummary[]> {
  return summariesIn(await db().summaryMonths.toArray());
}

/** Every summary with its labels (the case reference and names), for lists that show them. */
export async function allLabelledSummaries(): Promise<LabelledSummary[]> {
  return labelledSummariesIn(await db().summaryMonths.toArray());
}

export function allActions(): Promise<ActionRecord[]> {
  return db().actions.toArray();
}

/** Open and in-progress actions, through the status index. */
export function openActions(): Promise<ActionRecord[]> {
  return db().actions.where('status').anyOf('open', 'in-progress').toArray();
}

export function getAction(id: string): Promise<ActionRecord | undefined> {
  return db().actions.get(id);
}

export function allRounds(): Promise<ModerationRound[]> {
  return db().moderationRounds.orderBy('periodFrom').reverse().toArray();
}

export function getRound(id: string): Promise<ModerationRound | undefined> {
  return db().moderationRounds.get(id);
}

/** Full audits by id, in the order asked, for the few a report needs in full (the moderated ones' review records). */
export async function getAudits(ids: readonly string[]): Promise<Audit[]> {
  const found = await db().audits.bulkGet([...ids]);
  return found.filter((a): a is Audit => a !== undefined);
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
  return d.transaction('r', d.audits, d.actions, async () => {
    const audits: Audit[] = [];
    for (let i = 0; i < auditIds.length; i += 500) {
      audits.push(...(await d.audits.bulkGet(auditIds.slice(i, i + 500))).filter((a): a is Audit => a !== undefined));
      onProgress?.(Math.min(i + 500, auditIds.length), auditIds.length);
    }
    const actions = await d.actions
      .where('auditIds')
      .anyOf([...auditIds])
      .distinct()
      .toArray();
    return { audits, actions };
  });
}

/** Newest programme year first. */
export function allProgrammes(): Promise<AuditProgramme[]> {
  return db().programmes.orderBy('startYear').reverse().toArray();
}

export function getProgramme(id: string): Promise<AuditProgramme | undefined> {
  return db().programmes.get(id);
}

export function allPeople(): Promise<Person[]> {
  return db().people.toArray();
}

export async function getSettings(): Promise<WorkspaceSettings> {
  return { ...DEFAULT_SETTINGS, ...(await db().settings.get('workspace')) };
}

export async function currentPerson(): Promise<Person | null> {
  const settings = await getSettings();
  if (!settings.currentPersonId) return null;
  return (await db().people.get(settings.currentPersonId)) ?? null;
}

/** Board reports and Brief Overview reports, newest first. */
export async function allReports(): Promise<BoardReport[]> {
  return (await db().reports.toArray()).sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

export function getReport(id: string): Promise<BoardReport | undefined> {
  return db().reports.get(id);
}

/** Records changed on both sides, found when importing audit packs, waiting for a person to choose. */
export function allConflicts(): Promise<ConflictRecord[]> {
  return db().conflicts.toArray();
}

export function getConflict(id: string): Promise<ConflictRecord | undefined> {
  return db().conflicts.get(id);
}
