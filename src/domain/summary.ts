// The compact summary of an audit, kept up to date on every write, so that lists and overview reports read a
// couple of hundred bytes an audit instead of the whole record. A summary holds ids, dates and codes only: the case
// reference and the names a list shows are its labels, kept apart so that reports never read them.
import { disagreementOpen, type Audit, type AuditStatus } from './audit';
import type { IsoDate } from './calendar/iso-date';
import { isGrade, type ComplianceJudgement, type Grade } from './grade';
import { partASections, sectionStatus } from './completeness';
import { escalationFollowUp, escalationState, type EscalationFollowUp, type EscalationState } from './escalation';
import { recordedOverallGrade } from './overall-judgement';
import { allSections, type AuditActivity, type AuditTemplate, type CaseType, type TemplateSection } from './template';
import { checkCaseDates, timescalesOf } from './timescales';
import { type TimescalePolicy } from './policy';
import type { FollowBasis } from './follows-link';

/**
 * The version of the summary projection. Change it whenever summarizeAudit changes what it writes: on opening, the
 * workspace then rebuilds every summary from its audit.
 */
export const SUMMARY_PROJECTION_VERSION = 7;

export interface AuditSummary {
  id: string;
  rev: string;
  status: AuditStatus;
  team: string;
  auditDate: IsoDate;
  caseType: CaseType;
  activity: AuditActivity;
  /** 'none' until the auditor records an overall judgement (an index cannot hold null). */
  overallGrade: Grade | 'none';
  escalation: EscalationState;
  /** How far the escalation is followed through: told, and an action plan agreed. */
  escalationFollowUp: EscalationFollowUp;
  sectionsCompleted: number;
  sectionsTotal: number;
  actionCount: number;
  acknowledgement: 'none' | 'accepted' | 'disagreed';
  /** The CSW disagreed in Part B and the QA lead has not yet recorded a response. */
  disagreementOpen: boolean;
  /** The moderation panel's grade ('none' until moderated); the auditor's stays in overallGrade. */
  moderatedGrade: Grade | 'none';
  /** The auditor's grade the panel moderated, as it was at the review ('none' until moderated). */
  moderationAuditorGrade: Grade | 'none';
  moderationRoundId: string;
  /** The annual programme and the activity in it the audit is part of ('' when none). */
  programmeId: string;
  programmeEntryId: string;
  /** Each judged area's grade or compliance judgement, one letter an area in template order (see areaJudgements). */
  areaJudgements: string;
  /** Timescale rules met, and missed or overdue, as at the date of the audit (the Timescales section's figures). */
  timescalesMet: number;
  timescalesMissed: number;
  templateId: string;
  templateVersion: number;
  /** The routes a good practice flag shares the audit by (route ids); empty when not flagged. */
  goodPracticeRoutes: string[];
  /** The earlier audit this one follows ('' when none), and on which basis (improvement.ts). */
  followsAuditId: string;
  followsBasis: FollowBasis | '';
  followsAuditDate: string;
  updatedAt: string;
}

/** What a list shows of an audit beside its summary: the case reference and the people named. */
export interface AuditLabels {
  caseReference: string;
  auditor: string;
  practitioner: string;
  csw: string;
}

/** A summary with its labels, for lists that name cases and people. */
export type LabelledSummary = AuditSummary & AuditLabels;

export function labelsOf(audit: Audit): AuditLabels {
  const { caseReference, auditor, practitioner, csw } = audit.details;
  return { caseReference, auditor, practitioner, csw };
}

/** The month of an audit's date (YYYY-MM): summaries are kept a month to a record, so a period is read by its months. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** The areas an audit judges, in template order: compliance and evaluative sections. */
export function judgedAreas(template: AuditTemplate): TemplateSection[] {
  return allSections(template).filter((s) => s.kind === 'compliance' || s.kind === 'evaluative');
}

export type AreaJudgement = Grade | ComplianceJudgement;
const LETTERS: Record<AreaJudgement, string> = {
  outstanding: 'O',
  good: 'G',
  'requires-improvement': 'R',
  inadequate: 'I',
  met: 'm',
  'partly-met': 'p',
  'not-met': 'n',
};
const FROM_LETTER = new Map(Object.entries(LETTERS).map(([k, v]) => [v, k as AreaJudgement]));

/** A compact form of each area's judgement for the summary: a letter an area, '-' where none is recorded. */
export function encodeAreaJudgements(template: AuditTemplate, audit: Audit): string {
  return judgedAreas(template)
    .map((section) => {
      const s = audit.sections[section.id];
      if (!s?.judgement) return '-';
      // A judgement of the wrong kind for how the area is judged (left from switching) is no judgement.
      const graded = section.kind === 'evaluative' || s.judgementMode === 'grade';
      return graded === isGrade(s.judgement) ? LETTERS[s.judgement] : '-';
    })
    .join('');
}

/** The judgements in a summary, by section id: the inverse of encodeAreaJudgements. */
export function decodeAreaJudgements(template: AuditTemplate, encoded: string): Map<string, AreaJudgement> {
  const out = new Map<string, AreaJudgement>();
  judgedAreas(template).forEach((section, i) => {
    const j = FROM_LETTER.get(encoded.charAt(i));
    if (j) out.set(section.id, j);
  });
  return out;
}

function timescaleCounts(audit: Audit, policy: TimescalePolicy | undefined): { met: number; missed: number } {
  if (!policy || checkCaseDates(policy, audit.caseDates, audit.details.auditDate).length > 0) return { met: 0, missed: 0 };
  const results = timescalesOf(policy, audit);
  return { met: results.filter((r) => r.status === 'met').length, missed: results.filter((r) => r.status === 'missed' || r.status === 'overdue').length };
}

export function summarizeAudit(template: AuditTemplate, audit: Audit, policy?: TimescalePolicy): AuditSummary {
  const sections = partASections(template);
  const timescales = timescaleCounts(audit, policy);
  return {
    id: audit.id,
    rev: audit.rev,
    status: audit.status,
    team: audit.details.team,
    auditDate: audit.details.auditDate,
    caseType: audit.details.caseType,
    activity: audit.details.activity,
    overallGrade: recordedOverallGrade(template, audit) ?? 'none',
    escalation: escalationState(audit),
    escalationFollowUp: escalationFollowUp(audit),
    sectionsCompleted: sections.filter((s) => sectionStatus(template, s, audit, policy) === 'completed').length,
    sectionsTotal: sections.length,
    actionCount: audit.actions.length,
    acknowledgement: audit.acknowledgement?.outcome ?? 'none',
    disagreementOpen: disagreementOpen(audit),
    moderatedGrade: audit.moderation?.moderatedGrade ?? 'none',
    moderationAuditorGrade: audit.moderation?.auditorGrade ?? 'none',
    moderationRoundId: audit.moderation?.roundId ?? '',
    programmeId: audit.details.programmeId ?? '',
    programmeEntryId: audit.details.programmeEntryId ?? '',
    areaJudgements: encodeAreaJudgements(template, audit),
    timescalesMet: timescales.met,
    timescalesMissed: timescales.missed,
    templateId: audit.templateId,
    templateVersion: audit.templateVersion,
    goodPracticeRoutes: audit.goodPractice?.routes ?? [],
    followsAuditId: audit.follows?.auditId ?? '',
    followsBasis: audit.follows?.basis ?? '',
    followsAuditDate: audit.follows?.auditDate ?? '',
    updatedAt: audit.updatedAt,
  };
}
