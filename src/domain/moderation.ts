// Moderation (seed 002, "Auditing Activity" › "Moderation"): a panel "chaired by the Head of Service for Quality
// Assurance with members including at least one operational Head of Service and one representative who is
// independent of the service area" reviews a sample of completed audits in 20-minute practice audit reviews, to which
// "The allocated social worker/practitioner, their line manager and the auditor are invited". "A brief record of the
// moderation discussion and confirmation of any changes to the grading are included in the audit template."
import { withEscalation } from './escalation';
import { withHistory, type Audit, type HistoryEntry, type ModerationRecord } from './audit';
import type { Author } from './author';
import type { IsoDate } from './calendar/iso-date';
import { GRADE_LABELS, type Grade } from './grade';
import { recordedOverallGrade } from './overall-judgement';
import type { AuditTemplate } from './template';
import { matchesAuditFilter, type AuditFilter } from './audit-filter';
import { unwritten, type Versioned } from './revision';
import { drawModerationSample, type SampleCandidate, type SampleReason } from './sampling';

export const PANEL_ROLES = ['chair', 'operational-head-of-service', 'independent', 'other'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];
export const PANEL_ROLE_LABELS: Record<PanelRole, string> = {
  chair: 'Chair: Head of Service for Quality Assurance',
  'operational-head-of-service': 'Operational Head of Service',
  independent: 'Independent of the service area',
  other: 'Other member',
};

export interface PanelMember {
  name: string;
  role: PanelRole;
}

/** What the panel still needs, in the seed's words; empty when its composition is right. */
export function panelProblems(members: readonly PanelMember[]): string[] {
  const count = (role: PanelRole) => members.filter((m) => m.role === role && m.name.trim()).length;
  const out: string[] = [];
  if (count('chair') === 0) out.push('The panel needs a chair: the Head of Service for Quality Assurance');
  if (count('chair') > 1) out.push('The panel has one chair only');
  if (count('operational-head-of-service') === 0) out.push('The panel needs at least one operational Head of Service');
  if (count('independent') === 0) out.push('The panel needs one member independent of the service area');
  return out;
}

export type SampleEntryReason = SampleReason | 'added';

export interface SampleEntry {
  auditId: string;
  reason: SampleEntryReason;
  /** Why the panel added it by hand. */
  note: string;
}

export interface ModerationRound extends Versioned {
  createdAt: string;
  title: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  activity: string;
  team: string;
  /** The annual programme the population was limited to ('' for any). */
  programmeId: string;
  /** A blind round keeps the auditor's grade from the panel until its moderated grade is recorded. */
  blind: boolean;
  seed: string;
  minFraction: number;
  /** The audits (and grades) the sample was drawn from, as they were at the draw, so it can be re-drawn and checked. */
  population: SampleCandidate[];
  sample: SampleEntry[];
  panel: PanelMember[];
  reviewDate: IsoDate | '';
  startTime: string;
  history: HistoryEntry[];
}

export interface CompletedAudit {
  id: string;
  status: string;
  auditDate: IsoDate;
  activity: string;
  team: string;
  programmeId: string;
  overallGrade: Grade | 'none';
}

/**
 * The submitted audits with an overall judgement in the period (and activity, team and programme, when chosen): those
 * with the CSW for Part B as well as those complete, since seed 002 ("Moderation") has "All 'Inadequate' and
 * 'Outstanding' audits are presented", and one waiting for Part B is no less Inadequate. Drafts are not in it.
 */
export function moderationPopulation(audits: readonly CompletedAudit[], f: AuditFilter): SampleCandidate[] {
  return audits
    .filter((a) => (a.status === 'with-csw' || a.status === 'complete') && a.overallGrade !== 'none' && matchesAuditFilter(a, f))
    .map((a) => ({ id: a.id, grade: a.overallGrade as Grade }));
}

export function newRound(
  input: Omit<ModerationRound, 'rev' | 'revisions' | 'createdAt' | 'updatedAt' | 'population' | 'sample' | 'panel' | 'reviewDate' | 'startTime' | 'history'>,
  population: SampleCandidate[],
  now: string,
  by: Author,
): ModerationRound {
  const { sampled } = drawModerationSample(population, { seed: input.seed, minFraction: input.minFraction });
  return {
    ...input,
    ...unwritten(input.id, now),
    population,
    sample: sampled.map((s) => ({ auditId: s.id, reason: s.reason, note: '' })),
    panel: [],
    reviewDate: '',
    startTime: '',
    history: [
      { at: now, by, kind: 'created', detail: `Sample of ${sampled.length} drawn from ${population.length} submitted audits with seed "${input.seed}"` },
    ],
  };
}

/** Whether the drawn part of the sample is exactly what the recorded seed gives for the recorded population. */
export function redrawMatches(round: ModerationRound): boolean {
  const drawn = drawModerationSample(round.population, { seed: round.seed, minFraction: round.minFraction }).sampled.map((s) => `${s.id}:${s.reason}`);
  const recorded = round.sample.filter((s) => s.reason !== 'added').map((s) => `${s.auditId}:${s.reason}`);
  return drawn.length === recorded.length && drawn.every((d, i) => d === recorded[i]);
}

function logged(round: ModerationRound, by: Author, now: string, detail: string): ModerationRound {
  return { ...round, updatedAt: now, history: [...round.history, { at: now, by, kind: 'edited', detail }] };
}

export function addPanelMember(round: ModerationRound, member: PanelMember, by: Author, now: string): ModerationRound {
  const added = { name: member.name.trim(), role: member.role };
  return logged({ ...round, panel: [...round.panel, added] }, by, now, `Panel member added: ${added.name} (${PANEL_ROLE_LABELS[added.role]})`);
}

export function removePanelMember(round: ModerationRound, index: number, by: Author, now: string): ModerationRound {
  const member = round.panel[index];
  if (!member) return round;
  return logged({ ...round, panel: round.panel.filter((_, i) => i !== index) }, by, now, `Panel member removed: ${member.name}`);
}

/** The day and start time of the practice audit reviews. */
export function scheduleRound(round: ModerationRound, schedule: { reviewDate: IsoDate; startTime: string }, by: Author, now: string): ModerationRound {
  return logged({ ...round, ...schedule }, by, now, `Reviews scheduled for ${schedule.reviewDate} from ${schedule.startTime}`);
}

export function addToSample(round: ModerationRound, auditId: string, note: string, by: Author, now: string): ModerationRound {
  if (round.sample.some((s) => s.auditId === auditId)) return round;
  return {
    ...round,
    updatedAt: now,
    sample: [...round.sample, { auditId, reason: 'added', note: note.trim() }],
    history: [...round.history, { at: now, by, kind: 'edited', detail: `Audit added to the sample by hand: ${note.trim()}` }],
  };
}

/**
 * The order the panel meets the sample in. The draw puts Inadequate audits first, then Outstanding, then the random
 * ones, so in a blind round that order would give the grades away: there the sample is taken by case reference.
 */
export function reviewOrder(round: Pick<ModerationRound, 'sample' | 'blind'>, caseReferenceOf: (auditId: string) => string): SampleEntry[] {
  if (!round.blind) return round.sample;
  return [...round.sample].sort(
    (a, b) => caseReferenceOf(a.auditId).localeCompare(caseReferenceOf(b.auditId), 'en-GB', { numeric: true }) || a.auditId.localeCompare(b.auditId),
  );
}

export const REVIEW_MINUTES = 20;

export interface ReviewSlot {
  auditId: string;
  start: string;
  end: string;
}

/** Consecutive 20-minute practice audit reviews from the start time, in sample order. */
export function scheduleReviews(round: Pick<ModerationRound, 'sample' | 'startTime'>): ReviewSlot[] {
  const m = /^(\d{1,2}):(\d{2})$/.exec(round.startTime);
  if (!m) return [];
  let minutes = Number(m[1]) * 60 + Number(m[2]);
  const clock = (t: number) => `${String(Math.floor(t / 60) % 24).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
  return round.sample.map((s) => {
    const slot = { auditId: s.auditId, start: clock(minutes), end: clock(minutes + REVIEW_MINUTES) };
    minutes += REVIEW_MINUTES;
    return slot;
  });
}

/** What the panel records at a practice audit review (the rest of the record comes from the audit and the round). */
export type ReviewInput = Omit<ModerationRecord, 'roundId' | 'auditorGrade' | 'recordedBy' | 'recordedAt' | 'recordedByAuditor'>;

export class ModerationError extends Error {}

/** Whether the person is the audit's own auditor, by name: they may record its review, but the record says so. */
export function isAuditsOwnAuditor(audit: Audit, name: string): boolean {
  return name.trim().toLowerCase() === audit.details.auditor.trim().toLowerCase();
}

/**
 * The practice audit review written into the audit, with the auditor's grade as it stands kept beside the panel's,
 * and an entry in the audit's history. A changed grade needs the panel's reason; in a blind round every review is blind.
 */
export function recordModeration(
  template: AuditTemplate,
  audit: Audit,
  round: Pick<ModerationRound, 'id' | 'title' | 'blind'>,
  input: ReviewInput,
  by: Author,
  now: string,
): Audit {
  const auditorGrade = recordedOverallGrade(template, audit);
  if (!auditorGrade) throw new ModerationError('This audit has no overall judgement to moderate');
  if (input.moderatedGrade !== auditorGrade && !input.rationale.trim()) throw new ModerationError('Enter why the panel changed the grade');
  const record: ModerationRecord = {
    ...input,
    blind: input.blind || round.blind,
    roundId: round.id,
    auditorGrade,
    recordedBy: by,
    recordedAt: now,
    recordedByAuditor: isAuditsOwnAuditor(audit, by.name),
  };
  const detail =
    moderationOutcome(record) === 'confirmed'
      ? `Moderated in ${round.title}: grade confirmed as ${GRADE_LABELS[auditorGrade]}`
      : `Moderated in ${round.title}: grade changed from ${GRADE_LABELS[auditorGrade]} to ${GRADE_LABELS[input.moderatedGrade]}: ${input.rationale.trim()}`;
  // A grade the panel changes to Inadequate is escalated as any Inadequate finding is (seed 002, "Addressing practice
  // concerns during auditing activity").
  return withEscalation(template, withHistory({ ...audit, moderation: record }, { at: now, by, kind: 'moderated', detail }), now, by);
}

export function moderationOutcome(r: Pick<ModerationRecord, 'auditorGrade' | 'moderatedGrade'>): 'confirmed' | 'changed' {
  return r.auditorGrade === r.moderatedGrade ? 'confirmed' : 'changed';
}

/** The calendar quarter of a date, for figures over time, e.g. "2025 Q1". */
export function quarterOf(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)} Q${Math.floor((month - 1) / 3) + 1}`;
}
