// The overall judgement of an audit: the template's rule applied to the area grades gives a suggestion, which the
// auditor accepts (recorded as it was then) or replaces with a grade and a rationale.
import { GRADES, GRADE_LABELS, gradeFromRank, gradeRank, isGrade, worseGrade, type Grade } from './grade';
import type { Audit } from './audit';
import { allSections, type AuditTemplate, type TemplateSection } from './template';

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
  let grade: Grade = rule.method === 'lowest' ? gradeFromRank(ranks[ranks.length - 1] ?? 0) : gradeFromRank(ranks[Math.floor(ranks.length / 2)] ?? 0);
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
