// Audit templates and timescale policies as the pure core sees them. Files under templates/ are validated against
// these shapes by zod in src/templates at load; a template is immutable once published (a change is a new version).
import type { Grade } from './grade';

export type SeedReference = { seed: string; section: string };

/**
 * The child's age at the date of the audit, as a band only (issue 11, point 8): the audit never needs the date of
 * birth, and the bands are the ones the seeds' age rules turn on (under 3: "seen awake", seed 000; under 5: health
 * assessments twice a year, seeds 000 and 001).
 */
export const AGE_BANDS = ['under-3', '3-4', '5-15', '16-17', '18-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  'under-3': 'Under 3',
  '3-4': '3 or 4',
  '5-15': '5 to 15',
  '16-17': '16 or 17',
  '18-plus': '18 or over',
};

export const CASE_TYPES = ['child-in-need', 'child-protection', 'looked-after', 'care-leaver', 'private-fostering', 'short-breaks', 'other'] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  'child-in-need': 'Child in need',
  'child-protection': 'Child protection',
  'looked-after': 'Looked after',
  'care-leaver': 'Care leaver',
  'private-fostering': 'Private fostering',
  'short-breaks': 'Short breaks',
  other: 'Other',
};

export const AUDIT_ACTIVITIES = ['dip-sampling', 'thematic', 'front-door', 'practice-week', 'peer-or-team', 'other'] as const;
export type AuditActivity = (typeof AUDIT_ACTIVITIES)[number];
export const AUDIT_ACTIVITY_LABELS: Record<AuditActivity, string> = {
  'dip-sampling': 'Dip sampling',
  thematic: 'Thematic audit',
  'front-door': 'Front door audit',
  'practice-week': 'Practice week',
  'peer-or-team': 'Peer or team audit',
  other: 'Other',
};

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string | undefined;
}

export const ESCALATION_REASONS = [
  'inadequate-overall-judgement',
  'inadequate-area',
  'inadequate-after-moderation',
  'significant-recording-issues',
  'immediate-safeguarding-concern',
] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];
export const ESCALATION_REASON_LABELS: Record<EscalationReason, string> = {
  'inadequate-overall-judgement': 'The overall judgement is Inadequate',
  'inadequate-area': 'An area of practice is graded Inadequate',
  'inadequate-after-moderation': 'The moderation panel graded the audit Inadequate',
  'significant-recording-issues': 'Significant recording issues',
  'immediate-safeguarding-concern': 'An immediate safeguarding concern',
};

/** Show a question only when another answer, or the audit's case type, is one of the given values. */
export type QuestionCondition = { question: string; in: string[] } | { caseType: CaseType[] };

export interface TemplateQuestion {
  id: string;
  label: string;
  hint?: string | undefined;
  type: 'radios' | 'text' | 'textarea';
  /** For radios: the options, or the name of one of the template's option sets. */
  options?: ChoiceOption[] | string | undefined;
  required: boolean;
  maxLength?: number | undefined;
  when?: QuestionCondition | undefined;
  /** An answer that raises an escalation (seed 002, "Addressing practice concerns during auditing activity"). */
  escalates?: { answers: string[]; reason: EscalationReason } | undefined;
}

export interface GuidanceGroup {
  title?: string | undefined;
  items: string[];
}

export type SectionKind = 'compliance' | 'evaluative' | 'overall' | 'actions' | 'reassignment' | 'acknowledgement';

export interface TemplateSection {
  id: string;
  title: string;
  kind: SectionKind;
  intro: string[];
  guidance: GuidanceGroup[];
  questions: TemplateQuestion[];
  /** A calculator shown in the section: the timescale rules or the visiting checks of the workspace's policy. */
  tool?: 'timescales' | 'visiting' | undefined;
  /** For compliance and evaluative sections: the question the judgement answers and the label of its comments. */
  judgement?: { question: string; commentsLabel: string; commentsHint?: string | undefined } | undefined;
  source: SeedReference;
}

export interface TemplatePart {
  id: string;
  title: string;
  completedBy: 'auditor' | 'csw';
  sections: TemplateSection[];
}

export interface OverallJudgementRule {
  enabled: boolean;
  /** best-fit: the median area grade, the worse of the two middle grades when there is an even number. lowest: the worst area grade. */
  method: 'best-fit' | 'lowest';
  /** Answers that limit the overall judgement, for example "Is the child safe?" answered No limits it to Inadequate. */
  limits: { section: string; question: string; answers: string[]; atBest: Grade; because: string }[];
  description: string;
}

export interface AuditTemplate {
  type: 'audit-template';
  id: string;
  version: number;
  title: string;
  description: string;
  source: SeedReference;
  gradeDescriptors: Record<Grade, string>;
  complianceDescriptors: { met: string; 'partly-met': string; 'not-met': string };
  overallJudgement: OverallJudgementRule;
  escalation: { overallGrades: Grade[]; source: SeedReference };
  optionSets: Record<string, ChoiceOption[]>;
  parts: TemplatePart[];
}

export function templateKey(id: string, version: number): string {
  return `${id}@${version}`;
}

export function allSections(template: AuditTemplate): TemplateSection[] {
  return template.parts.flatMap((p) => p.sections);
}

export function findSection(template: AuditTemplate, sectionId: string): TemplateSection | undefined {
  return allSections(template).find((s) => s.id === sectionId);
}

export function questionOptions(template: AuditTemplate, question: TemplateQuestion): ChoiceOption[] {
  const { options } = question;
  if (options === undefined) return [];
  if (typeof options === 'string') return template.optionSets[options] ?? [];
  return options;
}
