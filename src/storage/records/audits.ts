// Audits: Part A as the auditor records it, Part B, the panel's review, and everything hung on them (seed 003).
import { z } from 'zod';
import { AUDIT_STATUSES, DISAGREEMENT_OUTCOMES, type Audit } from '@/domain/audit';
import { COMPLIANCE_JUDGEMENTS, GRADES } from '@/domain/grade';
import { AGE_BANDS, AUDIT_ACTIVITIES, CASE_TYPES, ESCALATION_REASONS } from '@/domain/template';
import { FOLLOW_BASES } from '@/domain/follows-link';
import { AUDIT_PARTICIPANT_IDS, VOICE_WAY_IDS } from '@/domain/voice';
import type { AuditParticipant, VoiceWay } from '@/domain/voice-record';
import { GOOD_PRACTICE_ROUTE_IDS } from '@/domain/good-practice';
import type { GoodPracticeRoute } from '@/domain/good-practice-record';
import { defineRecord, type StoredRecord } from './define';
import { author, dateFields, grade, history, optional, revision, text } from './fields';

export const moderationRecord = z.strictObject({
  roundId: text,
  attendees: z.array(text),
  otherAttendees: text,
  processAndOutcome: text,
  strengths: text,
  learningIndividual: text,
  learningTeam: text,
  learningOrganisation: text,
  familyFeedback: text,
  followUp: text,
  blind: z.boolean(),
  auditorGrade: grade,
  moderatedGrade: grade,
  rationale: text,
  recordedBy: author,
  recordedAt: text,
  recordedByAuditor: z.boolean(),
});

export const auditSchema: z.ZodType<Audit> = z.strictObject({
  ...revision,
  createdAt: text,
  templateId: text,
  templateVersion: z.number().int().positive(),
  policyId: text,
  policyVersion: z.number().int().positive(),
  status: z.enum(AUDIT_STATUSES),
  details: z.strictObject({
    caseReference: text,
    team: text,
    practitioner: text,
    csw: text,
    auditor: text,
    auditDate: text,
    caseType: z.enum(CASE_TYPES),
    activity: z.enum(AUDIT_ACTIVITIES),
    ageBand: z.enum(['', ...AGE_BANDS]),
    programmeId: text,
    programmeEntryId: text,
  }),
  sections: z.record(
    text,
    z.strictObject({
      answers: z.record(text, text),
      judgementMode: optional(z.enum(['compliance', 'grade'])),
      judgement: optional(z.enum([...GRADES, ...COMPLIANCE_JUDGEMENTS])),
      comments: optional(text),
    }),
  ),
  caseDates: z.record(text, z.array(text)),
  notRequired: z.record(text, text),
  visitingRegime: text,
  visitingPlan: z.strictObject({ every: text, unit: z.enum(['', 'days', 'weeks', 'months']), setBy: z.enum(['', 'plan', 'supervision']) }).nullable(),
  visits: z.array(
    z.strictObject({
      id: text,
      date: text,
      seenAlone: z.enum(['', 'yes', 'no']),
      notSeenAloneReason: text,
      announced: z.enum(['', 'announced', 'unannounced']),
      seenAwake: z.enum(['', 'yes', 'no']),
      bedroomSeen: z.enum(['', 'yes', 'no', 'not-applicable']),
      recordedOn: text,
    }),
  ),
  actions: z.array(z.strictObject({ id: text, what: text, ownerName: text, ownerRole: text, due: dateFields })),
  noFurtherAction: z.boolean(),
  overall: z.strictObject({ acceptSuggestion: optional(z.boolean()), grade: optional(grade), rationale: optional(text) }),
  escalation: z
    .strictObject({
      reasons: z.array(z.enum(ESCALATION_REASONS)),
      raisedAt: text,
      notifiedName: optional(text),
      notifiedRole: optional(text),
      notifiedAt: optional(text),
      recordedBy: optional(author),
      plan: optional(z.strictObject({ response: text, respondedAt: text, actionIds: z.array(text), by: author, at: text })),
    })
    .nullable(),
  submittedAt: text.nullable(),
  acknowledgement: z.strictObject({ outcome: z.enum(['accepted', 'disagreed']), reasons: optional(text), by: author, at: text }).nullable(),
  moderation: moderationRecord.nullable(),
  disagreementResolution: z.strictObject({ response: text, outcome: z.enum(DISAGREEMENT_OUTCOMES), by: author, at: text }).nullable(),
  goodPractice: z
    .strictObject({ note: text, routes: z.array(z.enum(GOOD_PRACTICE_ROUTE_IDS as [GoodPracticeRoute, ...GoodPracticeRoute[]])), by: author, at: text })
    .nullable(),
  voice: z
    .strictObject({
      ways: z.array(z.enum(VOICE_WAY_IDS as [VoiceWay, ...VoiceWay[]])),
      notGatheredReason: text,
      said: text,
      reflected: text,
      participants: z.array(z.enum(AUDIT_PARTICIPANT_IDS as [AuditParticipant, ...AuditParticipant[]])),
      otherParticipants: text,
      reflections: text,
      by: author,
      at: text,
    })
    .nullable(),
  follows: z.strictObject({ auditId: text, auditDate: text, basis: z.enum(FOLLOW_BASES), by: author, at: text }).nullable(),
  history,
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Shape 1 to 2, frozen: the fields added to audits after they were first stored (the age band, the programme, the
 * timescales marked not required, the visiting plan, seen awake and recorded on for each visit, the panel's review,
 * the answer to a disagreement, good practice, the child's voice and the audit followed) become required, with the
 * value that means "none": '' for text, {} for the timescales, null for the rest.
 */
export function auditsGainEveryField(record: StoredRecord): StoredRecord {
  const details = isObject(record.details) ? record.details : {};
  const visits = Array.isArray(record.visits) ? record.visits : [];
  return {
    ...record,
    details: { ...details, ageBand: details.ageBand ?? '', programmeId: details.programmeId ?? '', programmeEntryId: details.programmeEntryId ?? '' },
    notRequired: record.notRequired ?? {},
    visitingPlan: record.visitingPlan ?? null,
    visits: visits.map((v: unknown) => (isObject(v) ? { ...v, seenAwake: v.seenAwake ?? '', recordedOn: v.recordedOn ?? '' } : v)),
    moderation: record.moderation ?? null,
    disagreementResolution: record.disagreementResolution ?? null,
    goodPractice: record.goodPractice ?? null,
    voice: record.voice ?? null,
    follows: record.follows ?? null,
  };
}

export const audits = defineRecord({
  table: 'audits',
  label: 'Audits',
  indexes: 'id, shape',
  schema: auditSchema,
  // Nothing of an audit is in the clear but its id and revision: its list is read from the summaries.
  sealed: { clear: ['id', 'rev'] },
  upgrades: [{ name: 'every field an audit has, required', up: auditsGainEveryField }],
  travels: { backup: true, pack: true, sync: true },
});
