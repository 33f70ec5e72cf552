// React hooks over live queries: a page re-renders when the records it reads change, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Audit } from '@/domain/audit';
import type { Person } from '@/domain/person';
import type { AuditSummary } from '@/domain/summary';
import type { WorkspaceSettings } from './db';
import { allPeople, allSummaries, currentPerson, getAudit, getSettings, summariesWithOpenEscalation } from './read';

/** `undefined` while loading; `null` when there is no such audit. */
export function useAudit(id: string | undefined): Audit | null | undefined {
  return useLiveQuery(async () => (id ? ((await getAudit(id)) ?? null) : null), [id]);
}

export function useSummaries(): AuditSummary[] | undefined {
  return useLiveQuery(allSummaries, []);
}

export function useOpenEscalations(): AuditSummary[] | undefined {
  return useLiveQuery(summariesWithOpenEscalation, []);
}

export function usePeople(): Person[] | undefined {
  return useLiveQuery(allPeople, []);
}

/** `undefined` while loading; `null` before anyone has set up a profile on this machine. */
export function useCurrentPerson(): Person | null | undefined {
  return useLiveQuery(currentPerson, []);
}

export function useSettings(): WorkspaceSettings | undefined {
  return useLiveQuery(getSettings, []);
}
