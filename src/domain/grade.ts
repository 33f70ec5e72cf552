// The four grades of the Quality Assurance Framework (seed 002, "Auditing Activity" › "Moderation": "All
// 'Inadequate' and 'Outstanding' audits are presented"; "Findings, accountability and impact": "moving from Requires
// Improvement to Good and from Good to Outstanding"), best first.
export const GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires Improvement',
  inadequate: 'Inadequate',
};

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'string' && (GRADES as readonly string[]).includes(value);
}

/** 0 for Outstanding up to 3 for Inadequate: a larger rank is a worse grade. */
export function gradeRank(grade: Grade): number {
  return GRADES.indexOf(grade);
}

export function gradeFromRank(rank: number): Grade {
  const grade = GRADES[Math.min(GRADES.length - 1, Math.max(0, Math.round(rank)))];
  if (grade === undefined) throw new Error(`No grade has rank ${rank}`);
  return grade;
}

/** The worse of two grades. */
export function worseGrade(a: Grade, b: Grade): Grade {
  return gradeRank(a) >= gradeRank(b) ? a : b;
}

/** Compliance areas (key information, timescales, visiting) may be judged met, partly met or not met instead of graded. */
export const COMPLIANCE_JUDGEMENTS = ['met', 'partly-met', 'not-met'] as const;
export type ComplianceJudgement = (typeof COMPLIANCE_JUDGEMENTS)[number];
export const COMPLIANCE_LABELS: Record<ComplianceJudgement, string> = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
};
