// The one hook for the overview's figures: the overview report page and board reports (their live figures, and
// what issuing freezes) read the same summaries, the same links to earlier audits, the same actions and the same
// moderated audits, and compose them with the same pure function (domain/reports.ts composeOverview).
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Audit } from '@/domain/audit';
import type { AuditFilter } from '@/domain/audit-filter';
import { LATEST_DATE } from '@/domain/calendar/iso-date';
import { composeOverview, overviewReport, type OverviewComposition } from '@/domain/reports';
import type { AuditSummary, LabelledSummary } from '@/domain/summary';
import { labelledSummariesBetween, summariesBetween } from '@/storage/projections';
import { getAuditTemplate } from '@/templates/registry';
import { localDateOf, today } from '@/lib/clock';
import { useFollowUps } from './follow-ups';
import { useActions, useAudits } from './live';

export interface Overview<S extends AuditSummary> {
  composition: OverviewComposition;
  /** The summaries read: from the start of the period on (later audits say whether the period's actions had impact). */
  summaries: S[];
  /** The moderated audits the report names, in full. */
  moderated: Audit[];
}

/** The overview for a filter, with the case references and names of the audits when `labelled`. */
export function useOverview(filter: AuditFilter): Overview<AuditSummary> | undefined;
export function useOverview(filter: AuditFilter, labelled: true): Overview<LabelledSummary> | undefined;
export function useOverview(filter: AuditFilter, labelled = false): Overview<AuditSummary> | undefined {
  const summaries = useLiveQuery<AuditSummary[]>(
    () => (labelled ? labelledSummariesBetween(filter.from, LATEST_DATE) : summariesBetween(filter.from, LATEST_DATE)),
    [filter.from, labelled],
  );
  const links = useFollowUps(summaries);
  const actions = useActions();
  // Aggregated once for the summaries and filter, not again on every render of the page.
  const report = useMemo(() => (summaries ? overviewReport(summaries, filter, getAuditTemplate) : undefined), [summaries, filter]);
  const moderated = useAudits(report?.moderatedIds ?? []);
  const todayIso = today();
  return useMemo(() => {
    if (!summaries || !links || !actions || !report || !moderated) return undefined;
    return { composition: composeOverview(report, { actions, filter, links, moderated, today: todayIso, localDateOf }), summaries, moderated };
  }, [summaries, links, actions, report, moderated, filter, todayIso]);
}
