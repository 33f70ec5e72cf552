// React hooks over live queries: a page re-renders when the records it reads change, in this tab or another.
import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { onWorkspaceEvent, workspaceEvent, type WorkspaceEvent } from '@/storage/workspace-events';
import type { Audit } from '@/domain/audit';
import type { Person } from '@/domain/person';
import type { AuditSummary, LabelledSummary } from '@/domain/summary';
import type { ConflictRecord, ProjectionState, WorkspaceSettings } from '@/storage/db';
import { projectionState } from '@/storage/projections';
import {
  allActions,
  allPeople,
  allProgrammes,
  allRounds,
  getAudits,
  getProgramme,
  getRound,
  allSummaries,
  allLabelledSummaries,
  getAction,
  getAudit,
  getSettings,
  openActions,
  allConflicts,
  allReports,
  getReport,
  getConflict,
  allDeletions,
} from '@/storage/read';
import type { AuditProgramme } from '@/domain/programme';
import type { BoardReport } from '@/domain/board-report';
import type { DeletionRecord } from '@/domain/retention';
import type { ActionRecord } from '@/domain/actions';
import type { ModerationRound } from '@/domain/moderation';

/** `undefined` while loading; `null` when there is no such audit. */
export function useAudit(id: string | undefined): Audit | null | undefined {
  return useLiveQuery(async () => (id ? ((await getAudit(id)) ?? null) : null), [id]);
}

export function useSummaries(): AuditSummary[] | undefined {
  return useLiveQuery(allSummaries, []);
}

/** Every summary with the case reference and names, for lists that show them. */
export function useLabelledSummaries(): LabelledSummary[] | undefined {
  return useLiveQuery(allLabelledSummaries, []);
}

export function useActions(): ActionRecord[] | undefined {
  return useLiveQuery(allActions, []);
}

export function useOpenActions(): ActionRecord[] | undefined {
  return useLiveQuery(openActions, []);
}

/** `undefined` while loading; `null` when there is no such action. */
export function useAction(id: string | undefined): ActionRecord | null | undefined {
  return useLiveQuery(async () => (id ? ((await getAction(id)) ?? null) : null), [id]);
}

export function useRounds(): ModerationRound[] | undefined {
  return useLiveQuery(allRounds, []);
}

/** `undefined` while loading; `null` when there is no such round. */
export function useRound(id: string | undefined): ModerationRound | null | undefined {
  return useLiveQuery(async () => (id ? ((await getRound(id)) ?? null) : null), [id]);
}

export function useProgrammes(): AuditProgramme[] | undefined {
  return useLiveQuery(allProgrammes, []);
}

/** `undefined` while loading; `null` when there is no such programme. */
export function useProgramme(id: string | undefined): AuditProgramme | null | undefined {
  return useLiveQuery(async () => (id ? ((await getProgramme(id)) ?? null) : null), [id]);
}

/** The full records of the given audits, read again when the set of ids changes or any of them is written. */
export function useAudits(ids: readonly string[]): Audit[] | undefined {
  const key = ids.join(',');
  return useLiveQuery(() => getAudits(ids), [key]);
}

export function useReports(): BoardReport[] | undefined {
  return useLiveQuery(allReports, []);
}

/** `undefined` while loading; `null` when there is no such report. */
export function useReport(id: string | undefined): BoardReport | null | undefined {
  return useLiveQuery(async () => (id ? ((await getReport(id)) ?? null) : null), [id]);
}

export function usePeople(): Person[] | undefined {
  return useLiveQuery(allPeople, []);
}

/** The summaries' projection: the audits this version could not summarise when it last rebuilt them. */
export function useProjectionState(): ProjectionState | null | undefined {
  return useLiveQuery(async () => (await projectionState()) ?? null, []);
}

export function useSettings(): WorkspaceSettings | undefined {
  return useLiveQuery(getSettings, []);
}

/** What has happened to the workspace from outside this tab (updated elsewhere; an upgrade waiting), if anything. */
export function useWorkspaceEvent(): WorkspaceEvent | null {
  return useSyncExternalStore(onWorkspaceEvent, workspaceEvent);
}

export function useConflicts(): ConflictRecord[] | undefined {
  return useLiveQuery(allConflicts, []);
}

/** `undefined` while loading; `null` when there is no such conflict (resolved, say). */
export function useConflict(id: string | undefined): ConflictRecord | null | undefined {
  return useLiveQuery(async () => (id ? ((await getConflict(id)) ?? null) : null), [id]);
}

/** An audit or an action by table and id: `undefined` while loading, `null` when there is none. */
export function useRecord(table: 'audits' | 'actions' | undefined, id: string | undefined): Audit | ActionRecord | null | undefined {
  return useLiveQuery(async () => (table && id ? ((table === 'audits' ? await getAudit(id) : await getAction(id)) ?? null) : null), [table, id]);
}

/** Deletions under the retention period, newest first. */
export function useDeletions(): DeletionRecord[] | undefined {
  return useLiveQuery(allDeletions, []);
}
