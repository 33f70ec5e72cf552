// The links between later audits and the earlier audits they follow, for the pages that show improvement over time
// and the actions whose impact a later audit confirms (domain/improvement.ts). A page passes the summaries it has
// read; the earlier audits those follow, when outside them, are read by their months only.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { earlierMonth, followUps, type FollowUp } from '@/domain/improvement';
import type { AuditSummary } from '@/domain/summary';
import { summariesByIds } from '@/storage/projections';

const NONE: AuditSummary[] = [];

export function useFollowUps(summaries: readonly AuditSummary[] | undefined): Map<string, FollowUp[]> | undefined {
  const wanted = useMemo(() => {
    if (!summaries) return null;
    const have = new Set(summaries.map((s) => s.id));
    const missing = summaries.filter((s) => s.followsAuditId && !have.has(s.followsAuditId));
    return { ids: new Set(missing.map((s) => s.followsAuditId)), months: missing.map(earlierMonth) };
  }, [summaries]);
  const key = wanted ? [...wanted.ids].sort().join(',') : '';
  const extra = useLiveQuery(async () => (wanted && wanted.ids.size ? summariesByIds(wanted.ids, wanted.months) : NONE), [key]);
  return useMemo(() => (summaries && extra ? followUps([...summaries, ...extra]) : undefined), [summaries, extra]);
}

/** The summaries of these audits, read from the months they are expected in (every month, for one that is not there). */
export function useSummariesById(ids: readonly string[], months: readonly string[]): AuditSummary[] | undefined {
  return useLiveQuery(() => summariesByIds(new Set(ids), months), [ids.join(','), months.join(',')]);
}
