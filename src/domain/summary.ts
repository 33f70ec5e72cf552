// The compact summary of an audit, kept up to date on every write, so that lists and overview reports read a
// couple of hundred bytes an audit instead of the whole record.
import type { Audit, AuditStatus } from './audit';
import type { IsoDate } from './calendar/iso-date';
import type { Grade } from './grade';
import { escalationState, partASections, recordedOverallGrade, sectionStatus, type EscalationState } from './grading';
import type { AuditActivity, AuditTemplate, CaseType } from './template';
import type { TimescalePolicy } from './timescales';

export interface AuditSummary {
  id: string;
  rev: number;
  status: AuditStatus;
  caseReference: string;
  team: string;
  auditor: string;
  practitioner: string;
  csw: string;
  auditDate: IsoDate;
  caseType: CaseType;
  activity: AuditActivity;
  /** 'none' until the auditor records an overall judgement (an index cannot hold null). */
  overallGrade: Grade | 'none';
  escalation: EscalationState;
  sectionsCompleted: number;
  sectionsTotal: number;
  actionCount: number;
  acknowledgement: 'none' | 'accepted' | 'disagreed';
  /** The moderation panel's grade ('none' until moderated); the auditor's stays in overallGrade. */
  moderatedGrade: Grade | 'none';
  /** The auditor's grade the panel moderated, as it was at the review ('none' until moderated). */
  moderationAuditorGrade: Grade | 'none';
  moderationRoundId: string;
  templateId: string;
  templateVersion: number;
  updatedAt: string;
}

export function summarizeAudit(template: AuditTemplate, audit: Audit, policy?: TimescalePolicy): AuditSummary {
  const sections = partASections(template);
  return {
    id: audit.id,
    rev: audit.rev,
    status: audit.status,
    caseReference: audit.details.caseReference,
    team: audit.details.team,
    auditor: audit.details.auditor,
    practitioner: audit.details.practitioner,
    csw: audit.details.csw,
    auditDate: audit.details.auditDate,
    caseType: audit.details.caseType,
    activity: audit.details.activity,
    overallGrade: recordedOverallGrade(template, audit) ?? 'none',
    escalation: escalationState(audit),
    sectionsCompleted: sections.filter((s) => sectionStatus(template, s, audit, policy) === 'completed').length,
    sectionsTotal: sections.length,
    actionCount: audit.actions.length,
    acknowledgement: audit.acknowledgement?.outcome ?? 'none',
    moderatedGrade: audit.moderation?.moderatedGrade ?? 'none',
    moderationAuditorGrade: audit.moderation?.auditorGrade ?? 'none',
    moderationRoundId: audit.moderation?.roundId ?? '',
    templateId: audit.templateId,
    templateVersion: audit.templateVersion,
    updatedAt: audit.updatedAt,
  };
}
