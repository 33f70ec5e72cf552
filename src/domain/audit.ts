// The audit record and its lifecycle (seed 003, Guidance for Auditors): Part A is completed by the auditor, then
// re-assigned to the CSW (unless the auditor is the CSW), who completes Part B; then the audit is complete and
// read-only until reopened with a reason. Every change is attributed (seed 003, "Recording": "Be attributable to an
// author whose designation is stated"). Pure: ids and times are arguments.
import type { Author } from './author';
import type { ChildAndFamilyVoice } from './voice-record';
import type { FollowsLink } from './follows-link';
import type { GoodPractice } from './good-practice-record';
import type { DateFields } from './calendar/date-fields';
import type { IsoDate } from './calendar/iso-date';
import type { ComplianceJudgement, Grade } from './grade';
import type { AgeBand, AuditActivity, CaseType, EscalationReason } from './template';
import { unwritten, type Versioned } from './revision';

export const AUDIT_STATUSES = ['draft', 'with-csw', 'complete'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];
export const AUDIT_STATUS_LABELS: Record<AuditStatus, string> = {
  draft: 'Draft',
  'with-csw': 'With the CSW',
  complete: 'Complete',
};

export interface AuditDetails {
  caseReference: string;
  team: string;
  practitioner: string;
  csw: string;
  auditor: string;
  auditDate: IsoDate;
  caseType: CaseType;
  activity: AuditActivity;
  /** The child's age band at the date of the audit ('': not recorded). */
  ageBand: AgeBand | '';
  /** The annual programme and the activity in it this audit is part of, when it is ('' when not). */
  programmeId: string;
  programmeEntryId: string;
}

/** What the auditor has entered in one section; kept as typed, checked on "Continue" and on submitting Part A. */
export interface SectionAnswers {
  answers: Record<string, string>;
  /** For compliance sections: judged met/partly met/not met, or graded. Evaluative sections are always graded. */
  judgementMode?: 'compliance' | 'grade' | undefined;
  judgement?: Grade | ComplianceJudgement | undefined;
  comments?: string | undefined;
}

export interface AuditAction {
  id: string;
  what: string;
  ownerName: string;
  ownerRole: string;
  due: DateFields;
}

export interface OverallJudgement {
  /** The auditor accepted the suggested judgement (true) or chose another (false). */
  acceptSuggestion?: boolean | undefined;
  grade?: Grade | undefined;
  rationale?: string | undefined;
}

export interface EscalationRecord {
  reasons: EscalationReason[];
  raisedAt: string;
  /** Who in senior management was told, and when: the escalation stays open until these are recorded. */
  notifiedName?: string | undefined;
  notifiedRole?: string | undefined;
  notifiedAt?: string | undefined;
  recordedBy?: Author | undefined;
  /** Senior management's response and the action plan agreed (escalation.ts, recordEscalationPlan). */
  plan?: EscalationPlan | undefined;
}

/** Seed 002: "An action plan is agreed and reviewed on a regular basis": the response, and the actions it agreed. */
export interface EscalationPlan {
  response: string;
  /** When senior management responded, `YYYY-MM-DDTHH:MM` where the auditor is. */
  respondedAt: string;
  /** The actions of the register the plan is made of; their reviews are the plan's reviews. */
  actionIds: string[];
  by: Author;
  at: string;
}

export interface Acknowledgement {
  outcome: 'accepted' | 'disagreed';
  reasons?: string | undefined;
  by: Author;
  at: string;
}

export const HISTORY_KINDS = [
  'created',
  'edited',
  'submitted',
  're-assigned',
  'acknowledged',
  'reopened',
  'escalation-raised',
  'escalation-withdrawn',
  'escalation-recorded',
  'moderated',
  'disagreement-resolved',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export interface HistoryEntry {
  at: string;
  by: Author;
  kind: HistoryKind;
  detail: string;
}

/**
 * How often the child's plan or the CSW in supervision set visits, as the auditor typed it (issue 11, point 2; seed
 * 003, "Frequency of visiting": child protection visits "as determined in the CP plan at CP conference but as a
 * minimum fortnightly"; child in need by "professional judgement ... agreed with a CSW in supervision. (good practice,
 * fortnightly in complex cases)").
 */
export interface VisitingPlan {
  every: string;
  unit: '' | 'days' | 'weeks' | 'months';
  setBy: '' | 'plan' | 'supervision';
}

export interface Visit {
  id: string;
  /** `YYYY-MM-DD`, or '' while being entered. */
  date: string;
  seenAlone: '' | 'yes' | 'no';
  notSeenAloneReason: string;
  announced: '' | 'announced' | 'unannounced';
  /** For a child under 3 where the policy asks it: whether the child was seen awake. */
  seenAwake: '' | 'yes' | 'no';
  bedroomSeen: '' | 'yes' | 'no' | 'not-applicable';
  /** When the visit was recorded on the case record, `YYYY-MM-DD`, where the policy sets a time for it ('' when not entered). */
  recordedOn: string;
}

/**
 * The practice audit review's record, written into the audit it moderates (seed 002, "Moderation": "A brief record of
 * the moderation discussion and confirmation of any changes to the grading are included in the audit template"). The
 * auditor's original grade is kept beside the moderated one.
 */
export interface ModerationRecord {
  roundId: string;
  attendees: string[];
  otherAttendees: string;
  processAndOutcome: string;
  strengths: string;
  learningIndividual: string;
  learningTeam: string;
  learningOrganisation: string;
  familyFeedback: string;
  followUp: string;
  blind: boolean;
  auditorGrade: Grade;
  moderatedGrade: Grade;
  rationale: string;
  recordedBy: Author;
  recordedAt: string;
  /** The person recording is the audit's own auditor: allowed, but flagged. */
  recordedByAuditor: boolean;
}

/** What a practice audit review records in words, in the order it is recorded, as exports label it. */
export const REVIEW_RECORD_FIELDS: readonly { label: string; value: (m: ModerationRecord) => string }[] = [
  { label: 'Reason for the grade', value: (m) => m.rationale },
  { label: 'Attendees', value: (m) => [...m.attendees, m.otherAttendees].filter(Boolean).join('; ') },
  { label: 'Process and outcome', value: (m) => m.processAndOutcome },
  { label: 'Strengths', value: (m) => m.strengths },
  { label: 'Learning for the individual', value: (m) => m.learningIndividual },
  { label: 'Learning for the team', value: (m) => m.learningTeam },
  { label: 'Learning for the organisation', value: (m) => m.learningOrganisation },
  { label: 'Family feedback', value: (m) => m.familyFeedback },
  { label: 'Follow-up', value: (m) => m.followUp },
  { label: 'Recorded by', value: (m) => `${m.recordedBy.name}, ${m.recordedBy.designation}` },
  { label: 'Recorded at', value: (m) => m.recordedAt },
];

/**
 * What became of a CSW's disagreement in Part B. Seed 003, "PART B, CSW COMPLETES": Part B is for the CSW "to
 * acknowledge that the audit had been received and the recommendations noted and accepted"; when they are not
 * accepted, the QA lead responds and records the outcome, and the disagreement stays open until then.
 */
export const DISAGREEMENT_OUTCOMES = ['findings-stand', 'audit-to-be-reopened', 'referred-to-moderation'] as const;
export type DisagreementOutcome = (typeof DISAGREEMENT_OUTCOMES)[number];
export const DISAGREEMENT_OUTCOME_LABELS: Record<DisagreementOutcome, string> = {
  'findings-stand': 'The audit’s findings stand',
  'audit-to-be-reopened': 'The audit is to be reopened and its findings looked at again',
  'referred-to-moderation': 'Referred to the moderation panel',
};

export interface DisagreementResolution {
  response: string;
  outcome: DisagreementOutcome;
  by: Author;
  at: string;
}

export interface Audit extends Versioned {
  createdAt: string;
  templateId: string;
  templateVersion: number;
  policyId: string;
  policyVersion: number;
  status: AuditStatus;
  details: AuditDetails;
  sections: Record<string, SectionAnswers>;
  /** Key dates of the case for the timescale rules, by event id; each as typed (date and, for some, time). */
  caseDates: Record<string, string[]>;
  /** Timescale rules marked not required for this case, by rule id, with the auditor's reason. */
  notRequired: Record<string, string>;
  visitingRegime: string;
  /** How often the plan or supervision set visits, as typed (null when none was set). */
  visitingPlan: VisitingPlan | null;
  visits: Visit[];
  actions: AuditAction[];
  noFurtherAction: boolean;
  overall: OverallJudgement;
  escalation: EscalationRecord | null;
  submittedAt: string | null;
  acknowledgement: Acknowledgement | null;
  /** The practice audit review's record, once the audit has been moderated (null before). */
  moderation: ModerationRecord | null;
  /** The QA lead's response to a CSW's disagreement in Part B, once recorded (null while it is open). */
  disagreementResolution: DisagreementResolution | null;
  /** Flagged as an example of good practice, with the routes to share it by (good-practice.ts; null when not). */
  goodPractice: GoodPractice | null;
  /** The child's and family's feedback and the audit conversation, once recorded (voice.ts; null before). */
  voice: ChildAndFamilyVoice | null;
  /** The earlier audit of the same case or practitioner this one follows (improvement.ts; null when none). */
  follows: FollowsLink | null;
  history: HistoryEntry[];
}

/** The details a new audit starts with: the age band and the programme may be left out ('' when they are). */
export type NewAuditDetails = Omit<AuditDetails, 'ageBand' | 'programmeId' | 'programmeEntryId'> &
  Partial<Pick<AuditDetails, 'ageBand' | 'programmeId' | 'programmeEntryId'>>;

export interface NewAuditInput {
  id: string;
  now: string;
  by: Author;
  details: NewAuditDetails;
  template: { id: string; version: number };
  policy: { id: string; version: number };
}

export function createAudit({ id, now, by, details, template, policy }: NewAuditInput): Audit {
  return {
    ...unwritten(id, now),
    templateId: template.id,
    templateVersion: template.version,
    policyId: policy.id,
    policyVersion: policy.version,
    status: 'draft',
    details: { ageBand: '', programmeId: '', programmeEntryId: '', ...details },
    sections: {},
    caseDates: {},
    notRequired: {},
    visitingRegime: '',
    visitingPlan: null,
    visits: [],
    actions: [],
    noFurtherAction: false,
    overall: {},
    escalation: null,
    submittedAt: null,
    acknowledgement: null,
    moderation: null,
    disagreementResolution: null,
    goodPractice: null,
    voice: null,
    follows: null,
    history: [{ at: now, by, kind: 'created', detail: `Audit of case ${details.caseReference} started` }],
  };
}

/** Part A can be changed only while the audit is a draft; once submitted it is read-only until reopened. */
export function isReadOnly(audit: Pick<Audit, 'status'>): boolean {
  return audit.status !== 'draft';
}

const EDIT_COALESCE_MINUTES = 30;

function minutesBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 60000;
}

/**
 * Records an edit in the history. Drafts save as the user types, so edits by the same person to the same part within
 * half an hour are one entry, its time moved on, rather than one entry a keystroke.
 */
export function withEdit(audit: Audit, what: string, by: Author, now: string): Audit {
  const last = audit.history[audit.history.length - 1];
  if (last && last.kind === 'edited' && last.detail === what && last.by.name === by.name && minutesBetween(last.at, now) <= EDIT_COALESCE_MINUTES) {
    return { ...audit, updatedAt: now, history: [...audit.history.slice(0, -1), { ...last, at: now }] };
  }
  return { ...audit, updatedAt: now, history: [...audit.history, { at: now, by, kind: 'edited', detail: what }] };
}

export function withHistory(audit: Audit, entry: HistoryEntry): Audit {
  return { ...audit, updatedAt: entry.at, history: [...audit.history, entry] };
}

export class LifecycleError extends Error {}

/** The audit's details changed (case, team, people, date, activity, programme), recorded as an edit. */
export function changeAuditDetails(audit: Audit, details: AuditDetails, by: Author, now: string): Audit {
  if (isReadOnly(audit)) throw new LifecycleError('The details of a submitted audit cannot be changed unless it is reopened');
  return withEdit({ ...audit, details }, 'Audit details', by, now);
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Whether the auditor is also the case's CSW: then Part A goes straight on to Part B, with no re-assignment. */
export function auditorIsCsw(details: AuditDetails): boolean {
  return sameName(details.auditor, details.csw);
}

/** Part A submitted: re-assigned to the CSW. Call only once checkPartA (completeness.ts) finds nothing to fix; submitAuditPartA (submission.ts) does both. */
export function submitPartA(audit: Audit, by: Author, now: string): Audit {
  if (audit.status !== 'draft') throw new LifecycleError('Only a draft audit can be submitted');
  let next: Audit = withHistory({ ...audit, status: 'with-csw', submittedAt: now }, { at: now, by, kind: 'submitted', detail: 'Part A submitted' });
  if (!auditorIsCsw(audit.details))
    next = withHistory(next, { at: now, by, kind: 're-assigned', detail: `Re-assigned to ${audit.details.csw} (CSW) for Part B` });
  return next;
}

/** Whether the person is the CSW named on the audit, who alone completes Part B (seed 003, "Part B"). */
export function isNamedCsw(audit: Pick<Audit, 'details'>, by: Pick<Author, 'name'>): boolean {
  return by.name.trim().toLowerCase() === audit.details.csw.trim().toLowerCase();
}

export function acknowledge(audit: Audit, input: { outcome: 'accepted' | 'disagreed'; reasons?: string | undefined }, by: Author, now: string): Audit {
  if (audit.status !== 'with-csw') throw new LifecycleError('Part B can be completed only once Part A is submitted');
  if (!isNamedCsw(audit, by)) throw new LifecycleError(`Part B is completed by ${audit.details.csw}, the CSW named on the audit`);
  if (input.outcome === 'disagreed' && !input.reasons?.trim()) throw new LifecycleError('Disagreement needs reasons');
  const acknowledgement: Acknowledgement = { outcome: input.outcome, reasons: input.outcome === 'disagreed' ? input.reasons?.trim() : undefined, by, at: now };
  const detail =
    input.outcome === 'accepted' ? 'Part B: recommendations noted and accepted' : `Part B: disagreement recorded: ${acknowledgement.reasons ?? ''}`;
  return withHistory({ ...audit, status: 'complete', acknowledgement }, { at: now, by, kind: 'acknowledged', detail });
}

/** Reopens a submitted or complete audit for Part A changes. Needs a reason, which is recorded. */
export function reopen(audit: Audit, reason: string, by: Author, now: string): Audit {
  if (audit.status === 'draft') throw new LifecycleError('A draft audit is already open');
  if (!reason.trim()) throw new LifecycleError('Reopening needs a reason');
  return withHistory(
    { ...audit, status: 'draft', submittedAt: null, acknowledgement: null, disagreementResolution: null },
    { at: now, by, kind: 'reopened', detail: `Reopened: ${reason.trim()}` },
  );
}

/** Whether the CSW disagreed in Part B and no response is recorded yet. */
export function disagreementOpen(audit: Pick<Audit, 'acknowledgement' | 'disagreementResolution'>): boolean {
  return audit.acknowledgement?.outcome === 'disagreed' && !audit.disagreementResolution;
}

/** The QA lead's response to a CSW's disagreement, and its outcome, in the audit and its history. */
export function resolveDisagreement(audit: Audit, input: { response: string; outcome: DisagreementOutcome }, by: Author, now: string): Audit {
  if (audit.acknowledgement?.outcome !== 'disagreed') throw new LifecycleError('Only a disagreement in Part B can be resolved');
  const response = input.response.trim();
  if (!response) throw new LifecycleError('Enter the response to the CSW');
  return withHistory(
    { ...audit, disagreementResolution: { response, outcome: input.outcome, by, at: now } },
    { at: now, by, kind: 'disagreement-resolved', detail: `Part B disagreement resolved: ${DISAGREEMENT_OUTCOME_LABELS[input.outcome]}. ${response}` },
  );
}
