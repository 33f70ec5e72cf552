// Escalation (seed 002, "Auditing Activity" › "Addressing practice concerns during auditing activity"): the findings
// that must go to the senior management team, kept in step with the audit, and the record of who was told and when.
import { withHistory, type Audit, type Author } from './audit';
import { formatDateTime } from './calendar/iso-date';
import { allSections, ESCALATION_REASON_LABELS, type AuditTemplate, type EscalationReason } from './template';
import { isQuestionShown } from './completeness';
import { areaGrades, recordedOverallGrade } from './overall-judgement';

/**
 * What the findings require to be escalated to the senior management team (seed 002, "Auditing Activity" ›
 * "Addressing practice concerns during auditing activity": "where findings are: inadequate, or in the event of
 * significant recording issues and/or immediate safeguard concerns being identified").
 */
export function escalationReasons(template: AuditTemplate, audit: Audit): EscalationReason[] {
  const reasons = new Set<EscalationReason>();
  const overall = recordedOverallGrade(template, audit);
  if (overall && template.escalation.overallGrades.includes(overall)) reasons.add('inadequate-overall-judgement');
  // "where findings are: inadequate": an area found Inadequate is such a finding, whatever the overall judgement, and
  // so is a grade the moderation panel changed to Inadequate.
  if (areaGrades(template, audit).some((a) => template.escalation.overallGrades.includes(a.grade))) reasons.add('inadequate-area');
  if (audit.moderation && template.escalation.overallGrades.includes(audit.moderation.moderatedGrade)) reasons.add('inadequate-after-moderation');
  for (const section of allSections(template)) {
    const answers = audit.sections[section.id]?.answers ?? {};
    for (const q of section.questions) {
      if (q.escalates && isQuestionShown(q, answers, audit.details.caseType) && q.escalates.answers.includes(answers[q.id] ?? ''))
        reasons.add(q.escalates.reason);
    }
  }
  return [...reasons];
}

export type EscalationState = 'none' | 'open' | 'recorded';

export function escalationState(audit: Audit): EscalationState {
  if (!audit.escalation || audit.escalation.reasons.length === 0) return 'none';
  return audit.escalation.notifiedAt && audit.escalation.notifiedName ? 'recorded' : 'open';
}

/**
 * Keeps the audit's escalation in step with its findings: raised (dated, and entered in the history) when a reason
 * first appears, its reasons updated while it is open, withdrawn (in the history too) if its reasons go before anyone
 * was told, and kept once senior management was told, even if the findings change later.
 */
export function withEscalation(template: AuditTemplate, audit: Audit, now: string, by: Author): Audit {
  const reasons = escalationReasons(template, audit);
  const current = audit.escalation;
  const describe = (rs: readonly EscalationReason[]) => rs.map((r) => ESCALATION_REASON_LABELS[r].toLowerCase()).join('; ');
  if (current && escalationState(audit) === 'recorded') {
    const merged = [...new Set([...current.reasons, ...reasons])];
    return merged.length === current.reasons.length ? audit : { ...audit, escalation: { ...current, reasons: merged } };
  }
  if (reasons.length === 0) {
    if (!current) return audit;
    return withHistory(
      { ...audit, escalation: null },
      { at: now, by, kind: 'escalation-withdrawn', detail: 'Escalation withdrawn: the findings no longer need it' },
    );
  }
  if (current && current.reasons.length === reasons.length && current.reasons.every((r) => reasons.includes(r))) return audit;
  const next = { ...audit, escalation: { ...(current ?? {}), reasons, raisedAt: current?.raisedAt ?? now } };
  return current ? next : withHistory(next, { at: now, by, kind: 'escalation-raised', detail: `Escalation raised: ${describe(reasons)}` });
}

export interface EscalationNotice {
  notifiedName: string;
  notifiedRole: string;
  /** When they were told, `YYYY-MM-DDTHH:MM` where the auditor is. */
  notifiedAt: string;
}

export class EscalationError extends Error {}

/** Records who in senior management was told of an open escalation, and when, in the audit and its history. */
export function recordEscalation(audit: Audit, notice: EscalationNotice, by: Author, now: string): Audit {
  const current = audit.escalation;
  if (!current || escalationState(audit) !== 'open') throw new EscalationError('Only an open escalation can be recorded');
  return withHistory(
    { ...audit, escalation: { ...current, ...notice, recordedBy: by } },
    {
      at: now,
      by,
      kind: 'escalation-recorded',
      detail: `Escalated to ${notice.notifiedName} (${notice.notifiedRole}) at ${formatDateTime(notice.notifiedAt)}`,
    },
  );
}
