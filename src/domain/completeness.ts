// Completeness of an audit against its template: what is missing in each section, each section's status on the
// task list, and what Part A needs before it is submitted. Problems name the field by its path in the section's
// part of the audit (see SectionEdit in ./section-edit.ts): `answers.<question>`, `judgement`, `comments`,
// `overall.grade`, `actions.0.what`, `caseDates.<event>.0`, `visits.0.date`.
import { checkDateFields } from './calendar/date-fields';
import { COMPLIANCE_JUDGEMENTS, GRADE_LABELS, isGrade } from './grade';
import type { Audit, SectionAnswers } from './audit';
import { questionOptions, type AuditTemplate, type TemplateQuestion, type TemplateSection } from './template';
import { checkCaseDates, eventDates } from './timescales';
import { type TimescalePolicy } from './policy';
import { isIsoDate } from './calendar/iso-date';
import { areaGrades, suggestOverallJudgement } from './overall-judgement';
import { awakeApplies, regimeEvents, visitingPlanProblems, visitingRegimesFor } from './visiting';
import { ACTION_TEXT_LIMIT, LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, VISIT_REASON_LIMIT, tooLong } from './text-limits';

export interface Problem {
  /** The field the problem belongs to, as its path in the section's part of the audit. */
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
    return [{ field: `answers.${q.id}`, message: q.type === 'radios' ? `Select an answer for "${q.label}"` : `Enter an answer for "${q.label}"` }];
  }
  if (q.type === 'radios' && !questionOptions(template, q).some((o) => o.value === v))
    return [{ field: `answers.${q.id}`, message: `Select one of the answers for "${q.label}"` }];
  const max = q.maxLength ?? (q.type === 'text' ? SHORT_TEXT_LIMIT : LONG_TEXT_LIMIT);
  if (value.length > max) return [{ field: `answers.${q.id}`, message: tooLong(`"${q.label}"`, max) }];
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
  if (!comments.trim())
    out.push({ field: 'comments', message: `Enter ${section.judgement.commentsLabel.charAt(0).toLowerCase()}${section.judgement.commentsLabel.slice(1)}` });
  else if (comments.length > LONG_TEXT_LIMIT) out.push({ field: 'comments', message: tooLong(section.judgement.commentsLabel, LONG_TEXT_LIMIT) });
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
    else if (a.what.length > ACTION_TEXT_LIMIT)
      out.push({ field: `actions.${i}.what`, message: tooLong(`What is to be done for action ${n}`, ACTION_TEXT_LIMIT) });
    if (!a.ownerName.trim()) out.push({ field: `actions.${i}.ownerName`, message: `Enter who will do action ${n}` });
    else if (a.ownerName.length > SHORT_TEXT_LIMIT)
      out.push({ field: `actions.${i}.ownerName`, message: tooLong(`The owner's name for action ${n}`, SHORT_TEXT_LIMIT) });
    if (!a.ownerRole.trim()) out.push({ field: `actions.${i}.ownerRole`, message: `Enter the role of the owner of action ${n}` });
    else if (a.ownerRole.length > SHORT_TEXT_LIMIT)
      out.push({ field: `actions.${i}.ownerRole`, message: tooLong(`The owner's role for action ${n}`, SHORT_TEXT_LIMIT) });
    const due = checkDateFields(`The due date for action ${n}`, a.due, {
      notBefore: audit.details.auditDate,
      notBeforeMessage: `The due date for action ${n} must be on or after the date of the audit`,
    });
    if (!due.ok) out.push({ field: `actions.${i}.due`, message: due.message });
  });
  return out;
}

function overallProblems(template: AuditTemplate, audit: Audit): Problem[] {
  if (!template.overallJudgement.enabled) return [];
  const o = audit.overall;
  const suggestion = suggestOverallJudgement(template, audit);
  const out: Problem[] = [];
  if (suggestion && o.acceptSuggestion === undefined)
    out.push({ field: 'overall.acceptSuggestion', message: 'Select whether you accept the suggested overall judgement' });
  if (suggestion && o.acceptSuggestion === true && isGrade(o.grade) && o.grade !== suggestion.grade) {
    out.push({
      field: 'overall.acceptSuggestion',
      message: `The area grades have changed since you accepted ${GRADE_LABELS[o.grade]}: the suggested overall judgement is now ${GRADE_LABELS[suggestion.grade]}. Accept it or choose another`,
    });
  }
  // Best fit can suggest Good or better while an area is Inadequate: never accepted as it stands, only chosen with a
  // rationale (issue 11, point 3; seed 002, "Addressing practice concerns during auditing activity").
  const inadequateArea = areaGrades(template, audit).find((a) => a.grade === 'inadequate');
  if (suggestion && o.acceptSuggestion === true && inadequateArea && (suggestion.grade === 'good' || suggestion.grade === 'outstanding')) {
    out.push({
      field: 'overall.acceptSuggestion',
      message: `${inadequateArea.section.title} is graded Inadequate, so the suggested ${GRADE_LABELS[suggestion.grade]} cannot simply be accepted: choose not to accept it, then choose the overall judgement and say why`,
    });
  }
  if (!suggestion || o.acceptSuggestion === false) {
    if (!isGrade(o.grade)) out.push({ field: 'overall.grade', message: 'Select the overall judgement' });
    if (!o.rationale?.trim()) out.push({ field: 'overall.rationale', message: 'Enter why you chose this overall judgement' });
    else if (o.rationale.length > LONG_TEXT_LIMIT)
      out.push({ field: 'overall.rationale', message: tooLong('Why you chose this overall judgement', LONG_TEXT_LIMIT) });
  }
  return out;
}

function toolProblems(section: TemplateSection, audit: Audit, policy: TimescalePolicy | undefined): Problem[] {
  if (!policy || !section.tool) return [];
  const auditDate = audit.details.auditDate;
  const dateProblems = checkCaseDates(policy, audit.caseDates, auditDate).map((p) => ({
    field: `caseDates.${p.event}.${p.index}`,
    message: p.message.replace('must be today or in the past', 'must be on or before the date of the audit'),
  }));
  if (section.tool === 'timescales') {
    // Only the dates this section shows: those the case type's rules run from and to (visiting's own are its own).
    const shown = new Set(policy.rules.filter((r) => r.caseTypes.includes(audit.details.caseType)).flatMap((r) => [r.from.event, r.to.event]));
    return dateProblems.filter((p) => shown.has(p.field.split('.')[1] ?? ''));
  }
  const out: Problem[] = [];
  const regimes = visitingRegimesFor(policy, audit);
  const regime = regimes.find((r) => r.id === audit.visitingRegime);
  if (regimes.length && !regime && (audit.visits.length > 0 || audit.visitingRegime))
    out.push({ field: 'visitingRegime', message: 'Select the visiting rule that applies to this child' });
  if (regime) {
    const own = new Set(regimeEvents(regime));
    out.push(...dateProblems.filter((p) => own.has(p.field.split('.')[1] ?? '')));
    if (!eventDates(audit.caseDates, regime.anchor)[0]) {
      const label = policy.events.find((e) => e.id === regime.anchor)?.label ?? regime.anchor;
      out.push({ field: `caseDates.${regime.anchor}.0`, message: `Enter the date: ${label.toLowerCase()} (visiting runs from it)` });
    }
  }
  out.push(...visitingPlanProblems(audit.visitingPlan));
  audit.visits.forEach((v, i) => {
    const n = i + 1;
    if (!v.date) out.push({ field: `visits.${i}.date`, message: `Enter the date of visit ${n}` });
    else if (!isIsoDate(v.date)) out.push({ field: `visits.${i}.date`, message: `The date of visit ${n} must be a real date` });
    else if (v.date > auditDate) out.push({ field: `visits.${i}.date`, message: `The date of visit ${n} must be on or before the date of the audit` });
    if (!v.seenAlone) out.push({ field: `visits.${i}.seenAlone`, message: `Select whether the child was seen alone on visit ${n}` });
    else if (v.seenAlone === 'no' && !v.notSeenAloneReason.trim())
      out.push({ field: `visits.${i}.notSeenAloneReason`, message: `Enter why the child was not seen alone on visit ${n}` });
    else if (v.notSeenAloneReason.length > VISIT_REASON_LIMIT)
      out.push({ field: `visits.${i}.notSeenAloneReason`, message: tooLong(`The reason for visit ${n}`, VISIT_REASON_LIMIT) });
    if (!v.announced) out.push({ field: `visits.${i}.announced`, message: `Select whether visit ${n} was announced or unannounced` });
    if (awakeApplies(regime, audit) && !v.seenAwake)
      out.push({ field: `visits.${i}.seenAwake`, message: `Select whether the child was seen awake on visit ${n}` });
    if (!v.bedroomSeen) out.push({ field: `visits.${i}.bedroomSeen`, message: `Select whether the bedroom was seen on visit ${n}` });
    if (regime?.recording) {
      const on = v.recordedOn ?? '';
      if (!on) out.push({ field: `visits.${i}.recordedOn`, message: `Enter the date visit ${n} was recorded on the case record` });
      else if (!isIsoDate(on)) out.push({ field: `visits.${i}.recordedOn`, message: `The date visit ${n} was recorded must be a real date` });
      else if (isIsoDate(v.date) && on < v.date)
        out.push({ field: `visits.${i}.recordedOn`, message: `The date visit ${n} was recorded must be on or after the visit` });
      else if (on > auditDate)
        out.push({ field: `visits.${i}.recordedOn`, message: `The date visit ${n} was recorded must be on or before the date of the audit` });
    }
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
