import type { AuditStatus } from '@/domain/audit';
import { AUDIT_STATUS_LABELS } from '@/domain/audit';
import { COMPLIANCE_LABELS, GRADE_LABELS, isGrade, type ComplianceJudgement, type Grade } from '@/domain/grade';
import { Tag, type TagColour, type SummaryRow } from '@/ui/content';
import type { AuditDetails } from '@/domain/audit';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { AUDIT_ACTIVITY_LABELS, CASE_TYPE_LABELS } from '@/domain/template';

const STATUS_COLOURS: Record<AuditStatus, TagColour> = { draft: 'grey', 'with-csw': 'blue', complete: 'green' };
export function StatusTag({ status }: { status: AuditStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{AUDIT_STATUS_LABELS[status]}</Tag>;
}

const GRADE_COLOURS: Record<Grade, TagColour> = { outstanding: 'turquoise', good: 'green', 'requires-improvement': 'yellow', inadequate: 'red' };
export function GradeTag({ grade }: { grade: Grade | 'none' | null | undefined }) {
  if (!grade || grade === 'none') return <span className="govuk-hint govuk-!-margin-0">Not yet judged</span>;
  return <Tag colour={GRADE_COLOURS[grade]}>{GRADE_LABELS[grade]}</Tag>;
}

/** The audit's details as summary rows, for the task list and the record. */
export function detailsRows(d: AuditDetails): SummaryRow[] {
  return [
    { key: 'Case reference', value: d.caseReference },
    { key: 'Team', value: d.team },
    { key: 'Practitioner', value: d.practitioner },
    { key: 'CSW', value: d.csw },
    { key: 'Auditor', value: d.auditor },
    { key: 'Date of audit', value: formatLongDate(d.auditDate) },
    { key: 'Case type', value: CASE_TYPE_LABELS[d.caseType] },
    { key: 'Audit activity', value: AUDIT_ACTIVITY_LABELS[d.activity] },
  ];
}

export function judgementLabel(value: string | undefined): string {
  if (!value) return 'Not judged';
  if (isGrade(value)) return GRADE_LABELS[value];
  return COMPLIANCE_LABELS[value as ComplianceJudgement] ?? value;
}
