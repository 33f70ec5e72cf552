// Filtering the audit list, over compact summaries in memory (case references and names are not indexed).
import type { LabelledSummary } from '@/domain/summary';

export interface AuditFilters {
  status: string;
  grade: string;
  team: string;
  auditor: string;
  caseType: string;
  activity: string;
  from: string;
  to: string;
  caseReference: string;
}

export const NO_FILTERS: AuditFilters = { status: '', grade: '', team: '', auditor: '', caseType: '', activity: '', from: '', to: '', caseReference: '' };

export function filterSummaries(summaries: readonly LabelledSummary[], f: AuditFilters): LabelledSummary[] {
  const q = f.caseReference.trim().toLowerCase();
  return summaries.filter(
    (s) =>
      (!f.status || s.status === f.status) &&
      (!f.grade || s.overallGrade === f.grade) &&
      (!f.team || s.team === f.team) &&
      (!f.auditor || s.auditor === f.auditor) &&
      (!f.caseType || s.caseType === f.caseType) &&
      (!f.activity || s.activity === f.activity) &&
      (!f.from || s.auditDate >= f.from) &&
      (!f.to || s.auditDate <= f.to) &&
      (!q || s.caseReference.toLowerCase().includes(q)),
  );
}

/** The distinct values of a field, sorted, for a filter's choices. */
export function distinct(summaries: readonly LabelledSummary[], key: 'team' | 'auditor'): string[] {
  return [...new Set(summaries.map((s) => s[key]))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
