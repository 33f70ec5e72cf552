// What an audit's link to the earlier audit it follows shows on the audit's page and its record: which audit, why,
// and how the grade changed (domain/improvement.ts).
import { Link } from 'react-router';
import type { Audit } from '@/domain/audit';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { GRADE_LABELS } from '@/domain/grade';
import { FOLLOW_BASIS_LABELS, gradeChange, GRADE_CHANGE_LABELS, standingGrade } from '@/domain/improvement';
import { useSummariesById } from '@/data/follow-ups';
import { paths } from '@/lib/paths';

export function FollowsSummary({ audit }: { audit: Audit }) {
  const link = audit.follows;
  const earlierId = link?.auditId ?? '';
  const months = [audit.details.auditDate.slice(0, 7), (link?.auditDate ?? '').slice(0, 7)];
  const summaries = useSummariesById([audit.id, earlierId].filter(Boolean), months);
  if (!link) return null;
  const earlier = summaries?.find((s) => s.id === link.auditId);
  const self = summaries?.find((s) => s.id === audit.id);
  const before = earlier ? standingGrade(earlier) : null;
  const now = self ? standingGrade(self) : null;
  return (
    <>
      <Link className="govuk-link" to={paths.audit(link.auditId)}>
        the audit of {formatLongDate(earlier?.auditDate ?? link.auditDate)}
      </Link>{' '}
      ({FOLLOW_BASIS_LABELS[link.basis].toLowerCase()})
      {summaries && !earlier
        ? ': that audit is no longer in this workspace'
        : before
          ? `: ${GRADE_LABELS[before]}${now ? ` then, ${GRADE_LABELS[now]} now: ${GRADE_CHANGE_LABELS[gradeChange(before, now)].toLowerCase()}` : ' then; this audit is not graded yet'}`
          : ''}
    </>
  );
}
