// Completeness and grading of an audit against its template: what is missing in each section, each section's
// status on the task list, the suggested overall judgement and the escalations that findings raise.
import { checkDateFields } from './calendar/date-fields';
import { COMPLIANCE_JUDGEMENTS, GRADES, GRADE_LABELS, gradeFromRank, gradeRank, isGrade, worseGrade, type Grade } from './grade';
import { withHistory, type Audit, type Author, type SectionAnswers } from './audit';
import { allSections, ESCALATION_REASON_LABELS, questionOptions, type AuditTemplate, type EscalationReason, type TemplateQuestion, type TemplateSection } from './template';
import { checkCaseDates, eventDates, type TimescalePolicy } from './timescales';
import { isIsoDate } from './calendar/iso-date';

export const SHORT_TEXT_LIMIT = 200;
export const LONG_TEXT_LIMIT = 10_000;

export interface Problem {
  /** The form field the problem belongs to, as its path in the section's form values. */
  field: string;
  message: string;
}

const EMPTY: SectionAnswers = { answers: {} };

export function sectionAnswers(audit: Audit, sectionId: string): SectionAnswers {
  return audit.sections[sectionId] ?? EMPTY;
}

export function isQuestionShown(question: TemplateQuestion, answers: Readonly<Record<string, string>>, caseType: string): boolean {
  const when = question.when;
  if (!when) return true;
  if ('caseType' in when) return (when.caseType as readonly string[]).includes(caseType);
  return when.in.includes(answers[when.question] ?? '');
}

function questionProblems(template: AuditTemplate, q: TemplateQuestion, value: string): Problem[] {
  const v = value.trim();
  if (!v) {
    if (!q.required) return [];
    return [{ field: q.id, message: q.type === 'radios' ? `Select an answer for "${q.label}"` : `Enter an answer for "${q.label}"` }];
  }
  if (q.type === 'radios' && !questionOptions(template, q).some((o) => o.value === v)) return [{ field: q.id, message: `Select one of the answers for "${q.label}"` }];
  const max = q.maxLength ?? (q.type === 'text' ? SHORT_TEXT_LIMIT : LONG_TEXT_LIMIT);
  if (value.length > max) return [{ field: q.id, message: `"${q.label}" must be ${max.toLocaleString('en-GB')} characters or fewer` }];
  return [];
}

function judgementProblems(section: TemplateSection, s: SectionAnswers): Problem[] {
  if (!section.judgement) return [];
  const out: Problem[] = [];
  if (section.kind === 'compliance') {
    if (!s.judgementMode) out.push({ field: 'judgementMode', message: 'Select whether you judge this area as met, partly met or not met, or grade it' });
    else if (s.judgementMode === 'compliance' && !(COMPLIANCE_JUDGEMENTS as readonly string[]).includes(s.judgement ?? ''))
      out.push({ field: 'judgement', message: 'Select met, partly met or not met' });
    else if (s.judgementMode === 'grade' && !isGrade(s.judgement)) out.push({ field: 'judgement', message: 'Select a grade' });
  } else if (!isGrade(s.judgement)) {
    out.push({ field: 'judgement', message: 'Select a grade' });
  }
  const comments = s.comments ?? '';
  if (!comments.trim()) out.push({ field: 'comments', message: `Enter ${section.judgement.commentsLabel.charAt(0).toLowerCase()}${section.judgement.commentsLabel.slice(1)}` });
  else if (comments.length > LONG_TEXT_LIMIT) out.push({ field: 'comments', message: `${section.judgement.commentsLabel} must be 10,000 characters or fewer` });
  return out;
}

function actionProblems(audit: Audit): Problem[] {
  const out: Problem[] = [];
  if (audit.noFurtherAction && audit.actions.length > 0) {
    out.push({ field: 'noFurtherAction', message: 'Remove the actions, or untick "No further action"' });
    return out;
  }
  if (!audit.noFurtherAction && audit.actions.length === 0) {
    out.push({ field: 'noFurtherAction', message: 'Add at least one action, or select "No further action"' });
    return out;
  }
  audit.actions.forEach((a, i) => {
    const n = i + 1;
    if (!a.what.trim()) out.push({ field: `actions.${i}.what`, message: `Enter what is to be done for action ${n}` });
    else if (a.what.length > 2000) out.push({ field: `actions.${i}.what`, message: `What is to be done for action ${n} must be 2,000 characters or fewer` });
    if (!a.ownerName.trim()) out.push({ field: `actions.${i}.ownerName`, message: `Enter who will do action ${n}` });
    else if (a.ownerName.length > SHORT_TEXT_LIMIT) out.push({ field: `actions.${i}.ownerName`, message: `The owner's name for action ${n} must be 200 characters or fewer` });
    if (!a.ownerRole.trim()) out.push({ field: `actions.${i}.ownerRole`, message: `Enter the role of the owner of action ${n}` });
    else if (a.ownerRole.length > SHORT_TEXT_LIMIT) out.push({ field: `actions.${i}.ownerRole`, message: `The owner's role for action ${n} must be 200 characters or fewer` });
    const due = checkDateFields(`The due date for action ${n}`, a.due, { notBefore: audit.details.auditDate, notBeforeMessage: `The due date for action ${n} must be on or after the date of the audit` });
    if (!due.ok) out.push({ field: `actions.${i}.due`, message: due.message });
  });
  return out;
}

function overallProblems(template: AuditTemplate, audit: Audit): Problem[] {
  if (!template.overallJudgement.enabled) return [];
  const o = audit.overall;
  const suggestion = suggestOverallJudgement(template, audit);
  const out: Problem[] = [];
  if (suggestion && o.acceptSuggestion === undefined) out.push({ field: 'acceptSuggestion', message: 'Select whether you accept the suggested overall judgement' });
  if (suggestion && o.acceptSuggestion === true && isGrade(o.grade) && o.grade !== suggestion.grade) {
    out.push({
      field: 'acceptSuggestion',
      message: `The area grades have changed since you accepted ${GRADE_LABELS[o.grade]}: the suggested overall judgement is now ${GRADE_LABELS[suggestion.grade]}. Accept it or choose another`,
    });
  }
  if (!suggestion || o.acceptSuggestion === false) {
    if (!isGrade(o.grade)) out.push({ field: 'overallGrade', message: 'Select the overall judgement' });
    if (!o.rationale?.trim()) out.push({ field: 'rationale', message: 'Enter why you chose this overall judgement' });
    else if (o.rationale.length > LONG_TEXT_LIMIT) out.push({ field: 'rationale', message: 'Why you chose this overall judgement must be 10,000 characters or fewer' });
  }
  return out;
}

/** Regimes of the policy that apply to the audit's case type. */
export function visitingRegimesFor(policy: TimescalePolicy, audit: Audit) {
  return policy.visiting.filter((r) => r.caseTypes.includes(audit.details.caseType));
}

function toolProblems(section: TemplateSection, audit: Audit, policy: TimescalePolicy | undefined): Problem[] {
  if (!policy || !section.tool) return [];
  const auditDate = audit.details.auditDate;
  const dateProblems = checkCaseDates(policy, audit.caseDates, auditDate).map((p) => ({
    field: `caseDates.${p.event}.${p.index}`,
    message: p.message.replace('must be today or in the past', 'must be on or before the date of the audit'),
  }));
  if (section.tool === 'timescales') return dateProblems;
  const out: Problem[] = [];
  const regimes = visitingRegimesFor(policy, audit);
  const regime = regimes.find((r) => r.id === audit.visitingRegime);
  if (regimes.length && !regime && (audit.visits.length > 0 || audit.visitingRegime)) out.push({ field: 'visitingRegime', message: 'Select the visiting rule that applies to this child' });
  if (regime) {
    const own = new Set([regime.anchor, ...regime.phases.flatMap((p) => (p.until && 'event' in p.until ? [p.until.event] : []))]);
    out.push(...dateProblems.filter((p) => own.has(p.field.split('.')[1] ?? '')));
    if (!eventDates(audit.caseDates, regime.anchor)[0]) {
      const label = policy.events.find((e) => e.id === regime.anchor)?.label ?? regime.anchor;
      out.push({ field: `caseDates.${regime.anchor}.0`, message: `Enter the date: ${label.toLowerCase()} (visiting runs from it)` });
    }
  }
  audit.visits.forEach((v, i) => {
    const n = i + 1;
    if (!v.date) out.push({ field: `visits.${i}.date`, message: `Enter the date of visit ${n}` });
    else if (!isIsoDate(v.date)) out.push({ field: `visits.${i}.date`, message: `The date of visit ${n} must be a real date` });
    else if (v.date > auditDate) out.push({ field: `visits.${i}.date`, message: `The date of visit ${n} must be on or before the date of the audit` });
    if (!v.seenAlone) out.push({ field: `visits.${i}.seenAlone`, message: `Select whether the child was seen alone on visit ${n}` });
    else if (v.seenAlone === 'no' && !v.notSeenAloneReason.trim()) out.push({ field: `visits.${i}.notSeenAloneReason`, message: `Enter why the child was not seen alone on visit ${n}` });
    else if (v.notSeenAloneReason.length > SHORT_TEXT_LIMIT * 5) out.push({ field: `visits.${i}.notSeenAloneReason`, message: `The reason for visit ${n} must be 1,000 characters or fewer` });
    if (!v.announced) out.push({ field: `visits.${i}.announced`, message: `Select whether visit ${n} was announced or unannounced` });
    if (!v.bedroomSeen) out.push({ field: `visits.${i}.bedroomSeen`, message: `Select whether the bedroom was seen on visit ${n}` });
  });
  return out;
}

/**
 * Everything that must be fixed before the section is complete, in the order the fields appear. Without the audit's
 * timescale policy, the timescale and visiting calculators' dates are not checked.
 */
export function sectionProblems(template: AuditTemplate, section: TemplateSection, audit: Audit, policy?: TimescalePolicy): Problem[] {
  const s = sectionAnswers(audit, section.id);
  const questions = section.questions.filter((q) => isQuestionShown(q, s.answers, audit.details.caseType));
  const out = toolProblems(section, audit, policy);
  out.push(...questions.flatMap((q) => questionProblems(template, q, s.answers[q.id] ?? '')));
  out.push(...judgementProblems(section, s));
  if (section.kind === 'overall') out.push(...overallProblems(template, audit));
  if (section.kind === 'actions') out.push(...actionProblems(audit));
  return out;
}

export type SectionStatus = 'not-started' | 'in-progress' | 'completed' | 'cannot-start';

function hasInput(audit: Audit, section: TemplateSection): boolean {
  const s = audit.sections[section.id];
  const answered = !!s && (Object.values(s.answers).some((v) => v.trim() !== '') || !!s.judgement || !!s.judgementMode || !!s.comments?.trim());
  if (section.kind === 'actions') return answered || audit.noFurtherAction || audit.actions.length > 0;
  if (section.kind === 'overall') return answered || audit.overall.acceptSuggestion !== undefined || !!audit.overall.grade || !!audit.overall.rationale;
  if (section.tool === 'timescales') return answered || Object.values(audit.caseDates).some((d) => d.some((x) => x.trim() !== ''));
  if (section.tool === 'visiting') return answered || audit.visits.length > 0 || !!audit.visitingRegime;
  return answered;
}

/** Part A sections an auditor fills in: every section but the final check-and-submit step. */
export function partASections(template: AuditTemplate): TemplateSection[] {
  return (template.parts.find((p) => p.completedBy === 'auditor')?.sections ?? []).filter((s) => s.kind !== 'reassignment');
}

export function sectionStatus(template: AuditTemplate, section: TemplateSection, audit: Audit, policy?: TimescalePolicy): SectionStatus {
  if (section.kind === 'reassignment') {
    if (audit.status !== 'draft') return 'completed';
    return partASections(template).every((s) => sectionProblems(template, s, audit, policy).length === 0) ? 'not-started' : 'cannot-start';
  }
  if (section.kind === 'acknowledgement') return audit.acknowledgement ? 'completed' : audit.status === 'with-csw' ? 'not-started' : 'cannot-start';
  if (!hasInput(audit, section)) return 'not-started';
  return sectionProblems(template, section, audit, policy).length === 0 ? 'completed' : 'in-progress';
}

export interface SectionProblems {
  section: TemplateSection;
  problems: Problem[];
}

/** Submitting Part A needs every section complete: every graded area graded, and actions or "No further action". */
export function checkPartA(template: AuditTemplate, audit: Audit, policy?: TimescalePolicy): SectionProblems[] {
  return partASections(template)
    .map((section) => ({ section, problems: sectionProblems(template, section, audit, policy) }))
    .filter((x) => x.problems.length > 0);
}

/** The grade given to each graded area (compliance areas judged met/partly met/not met are left out). */
export function areaGrades(template: AuditTemplate, audit: Audit): { section: TemplateSection; grade: Grade }[] {
  const out: { section: TemplateSection; grade: Grade }[] = [];
  for (const section of allSections(template)) {
    if (section.kind !== 'compliance' && section.kind !== 'evaluative') continue;
    const s = audit.sections[section.id];
    if (!s || !isGrade(s.judgement)) continue;
    if (section.kind === 'compliance' && s.judgementMode !== 'grade') continue;
    out.push({ section, grade: s.judgement });
  }
  return out;
}

export interface OverallSuggestion {
  grade: Grade;
  /** Sentences that explain the suggestion, for the auditor and the printed record. */
  basis: string[];
}

/** The template's rule applied to the area grades: best fit (the lower median) or the lowest, then any limits. */
export function suggestOverallJudgement(template: AuditTemplate, audit: Audit): OverallSuggestion | null {
  const rule = template.overallJudgement;
  if (!rule.enabled) return null;
  const grades = areaGrades(template, audit).map((a) => a.grade);
  if (grades.length === 0) return null;
  const ranks = grades.map(gradeRank).sort((a, b) => a - b);
  let grade: Grade =
    rule.method === 'lowest' ? gradeFromRank(ranks[ranks.length - 1] ?? 0) : gradeFromRank(ranks[Math.floor(ranks.length / 2)] ?? 0);
  const counts = GRADES.map((g) => [g, grades.filter((x) => x === g).length] as const).filter(([, n]) => n > 0);
  const basis = [
    `${rule.method === 'lowest' ? 'Lowest' : 'Best fit'} of ${grades.length} graded area${grades.length === 1 ? '' : 's'} (${counts.map(([g, n]) => `${n} ${GRADE_LABELS[g]}`).join(', ')}): ${GRADE_LABELS[grade]}.`,
  ];
  for (const limit of rule.limits) {
    const answer = audit.sections[limit.section]?.answers[limit.question] ?? '';
    if (limit.answers.includes(answer)) {
      const limited = worseGrade(grade, limit.atBest);
      if (limited !== grade) basis.push(`Limited to ${GRADE_LABELS[limit.atBest]} because ${limit.because}.`);
      grade = limited;
    }
  }
  return { grade, basis };
}

/** The overall judgement the auditor recorded: the suggestion they accepted (as it was then) or the grade they chose. */
export function recordedOverallGrade(template: AuditTemplate, audit: Audit): Grade | null {
  if (!template.overallJudgement.enabled) return null;
  if (isGrade(audit.overall.grade)) return audit.overall.grade;
  if (audit.overall.acceptSuggestion === true) return suggestOverallJudgement(template, audit)?.grade ?? null;
  return null;
}

/**
 * The auditor's answer in the overall section made concrete: accepting the suggestion records the suggested grade as
 * it is now, so a later change to an area grade never changes the recorded judgement silently (the section asks for
 * it to be accepted again instead).
 */
export function withAcceptedSuggestion(template: AuditTemplate, audit: Audit): Audit {
  if (audit.overall.acceptSuggestion !== true) return audit;
  const suggestion = suggestOverallJudgement(template, audit);
  return suggestion && suggestion.grade !== audit.overall.grade ? { ...audit, overall: { ...audit.overall, grade: suggestion.grade } } : audit;
}

/**
 * What the findings require to be escalated to the senior management team (seed 002, "Auditing Activity" ›
 * "Addressing practice concerns during auditing activity": "where findings are: inadequate, or in the event of
 * significant recording issues and/or immediate safeguard concerns being identified").
 */
export function escalationReasons(template: AuditTemplate, audit: Audit): EscalationReason[] {
  const reasons = new Set<EscalationReason>();
  const overall = recordedOverallGrade(template, audit);
  if (overall && template.escalation.overallGrades.includes(overall)) reasons.add('inadequate-overall-judgement');
  for (const section of allSections(template)) {
    const answers = audit.sections[section.id]?.answers ?? {};
    for (const q of section.questions) {
      if (q.escalates && isQuestionShown(q, answers, audit.details.caseType) && q.escalates.answers.includes(answers[q.id] ?? '')) reasons.add(q.escalates.reason);
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
    return withHistory({ ...audit, escalation: null }, { at: now, by, kind: 'escalation-raised', detail: 'Escalation withdrawn: the findings no longer need it' });
  }
  if (current && current.reasons.length === reasons.length && current.reasons.every((r) => reasons.includes(r))) return audit;
  const next = { ...audit, escalation: { ...(current ?? {}), reasons, raisedAt: current?.raisedAt ?? now } };
  return current ? next : withHistory(next, { at: now, by, kind: 'escalation-raised', detail: `Escalation raised: ${describe(reasons)}` });
}
