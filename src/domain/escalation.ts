// Escalation (seed 002, "Auditing Activity" › "Addressing practice concerns during auditing activity"): the findings
// that must go to the senior management team, kept in step with the audit, and the record of who was told and when.
import { withHistory, type Audit } from './audit';
import type { Author } from './author';
import { daysBetween, formatDateTime } from './calendar/iso-date';
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

/**
 * How far an escalation has been followed through: none; not yet told to senior management; told, with no action plan
 * yet; or told with an action plan agreed (seed 002, "Addressing practice concerns during auditing activity": "An
 * action plan is agreed and reviewed on a regular basis").
 */
export type EscalationFollowUp = 'none' | 'not-told' | 'no-plan' | 'planned';

export function escalationFollowUp(audit: Pick<Audit, 'escalation'>): EscalationFollowUp {
  const state = escalationState(audit);
  if (state === 'none') return 'none';
  if (state === 'open') return 'not-told';
  return audit.escalation?.plan ? 'planned' : 'no-plan';
}

/**
 * How soon senior management was told after the finding was recorded, both as local date-times (`YYYY-MM-DDTHH:MM`):
 * the seed asks that the auditor "will immediately escalate the matter", so the same day counts as immediately.
 */
export function escalationTiming(raisedAt: string, notifiedAt: string): { days: number; immediate: boolean } {
  const days = Math.max(0, daysBetween(raisedAt.slice(0, 10), notifiedAt.slice(0, 10)));
  return { days, immediate: days === 0 };
}

export function escalationState(audit: Pick<Audit, 'escalation'>): EscalationState {
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

export interface EscalationPlanInput {
  response: string;
  respondedAt: string;
  actionIds: readonly string[];
}

/** What is missing from senior management's response and plan, each at its field. */
export function escalationPlanProblems(audit: Pick<Audit, 'escalation'>, input: EscalationPlanInput): { field: keyof EscalationPlanInput; message: string }[] {
  const out: { field: keyof EscalationPlanInput; message: string }[] = [];
  if (!input.response.trim()) out.push({ field: 'response', message: 'Enter senior management’s response' });
  const told = audit.escalation?.notifiedAt ?? '';
  if (told && input.respondedAt && input.respondedAt < told)
    out.push({ field: 'respondedAt', message: 'The response must be on or after the time senior management was told' });
  if (input.actionIds.length === 0) out.push({ field: 'actionIds', message: 'Select the actions of the plan agreed, from the action register' });
  return out;
}

/**
 * Records senior management's response to a recorded escalation and the action plan it agreed (actions of the
 * register, whose reviews are the plan's regular reviews), in the audit and its history.
 */
export function recordEscalationPlan(audit: Audit, input: EscalationPlanInput, by: Author, now: string): Audit {
  const current = audit.escalation;
  if (!current || escalationState(audit) !== 'recorded') throw new EscalationError('Record who in senior management was told first');
  const [problem] = escalationPlanProblems(audit, input);
  if (problem) throw new EscalationError(problem.message);
  const plan = { response: input.response.trim(), respondedAt: input.respondedAt, actionIds: [...new Set(input.actionIds)], by, at: now };
  return withHistory(
    { ...audit, escalation: { ...current, plan } },
    {
      at: now,
      by,
      kind: 'edited',
      detail: `${current.plan ? 'Escalation response and action plan changed' : 'Escalation response and action plan recorded'}: ${plan.actionIds.length} action${plan.actionIds.length === 1 ? '' : 's'}`,
    },
  );
}
