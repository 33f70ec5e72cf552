// The stored shape of every source record, as zod schemas (strict: an unknown field is refused). A backup or an
// imported pack is checked against these, whole, before anything is written. Each schema is declared to produce the
// domain's own type, so the two cannot drift apart.
import { z } from 'zod';
import { AUDIT_STATUSES, DISAGREEMENT_OUTCOMES, HISTORY_KINDS, type Audit } from '@/domain/audit';
import { ACTION_LEVELS, ACTION_STATUSES, type ActionRecord } from '@/domain/actions';
import { COMPLIANCE_JUDGEMENTS, GRADES } from '@/domain/grade';
import { PANEL_ROLES, type ModerationRound } from '@/domain/moderation';
import type { Person } from '@/domain/person';
import { isRev } from '@/domain/revision';
import type { AuditProgramme } from '@/domain/programme';
import { AGE_BANDS, AUDIT_ACTIVITIES, CASE_TYPES, ESCALATION_REASONS } from '@/domain/template';
import { SELECTION_MAX } from '@/domain/selection';
import { FOLLOW_BASES } from '@/domain/improvement';
import { AUDIT_PARTICIPANT_IDS, VOICE_WAY_IDS, type AuditParticipant, type VoiceWay } from '@/domain/voice';
import { GOOD_PRACTICE_ROUTE_IDS, type GoodPracticeRoute } from '@/domain/good-practice';
import { REPORT_SECTIONS, type BoardReport, type ReportSectionId } from '@/domain/board-report';
import type { DeletionRecord } from '@/domain/retention';
import type { ConflictRecord, ProvenanceRecord, WorkspaceSettings } from './db';

const text = z.string();
const optional = <T extends z.ZodType>(schema: T) => schema.optional();
const grade = z.enum(GRADES);
const author = z.strictObject({ name: text, designation: text });
const history = z.array(z.strictObject({ at: text, by: author, kind: z.enum(HISTORY_KINDS), detail: text }));
const dateFields = z.strictObject({ day: text, month: text, year: text });
/** A `YYYY-MM-DD` date, or '' where none is given. */
const dateOrNone = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
const revisionId = z.string().refine((r) => r === '' || isRev(r), { error: 'Not a revision id' });
const revision = { id: text.min(1), rev: revisionId, revisions: z.array(revisionId), updatedAt: text };

const moderationRecord = z.strictObject({
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
    ageBand: optional(z.enum(['', ...AGE_BANDS])),
    programmeId: optional(text),
    programmeEntryId: optional(text),
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
  notRequired: optional(z.record(text, text)),
  visitingRegime: text,
  visitingPlan: optional(z.strictObject({ every: text, unit: z.enum(['', 'days', 'weeks', 'months']), setBy: z.enum(['', 'plan', 'supervision']) })),
  visits: z.array(
    z.strictObject({
      id: text,
      date: text,
      seenAlone: z.enum(['', 'yes', 'no']),
      notSeenAloneReason: text,
      announced: z.enum(['', 'announced', 'unannounced']),
      seenAwake: optional(z.enum(['', 'yes', 'no'])),
      bedroomSeen: z.enum(['', 'yes', 'no', 'not-applicable']),
      recordedOn: optional(text),
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
  moderation: optional(moderationRecord.nullable()),
  disagreementResolution: optional(z.strictObject({ response: text, outcome: z.enum(DISAGREEMENT_OUTCOMES), by: author, at: text }).nullable()),
  goodPractice: optional(
    z
      .strictObject({ note: text, routes: z.array(z.enum(GOOD_PRACTICE_ROUTE_IDS as [GoodPracticeRoute, ...GoodPracticeRoute[]])), by: author, at: text })
      .nullable(),
  ),
  voice: optional(
    z
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
  ),
  follows: optional(z.strictObject({ auditId: text, auditDate: text, basis: z.enum(FOLLOW_BASES), by: author, at: text }).nullable()),
  history,
});

export const actionSchema: z.ZodType<ActionRecord> = z.strictObject({
  ...revision,
  createdAt: text,
  what: text,
  level: z.enum(ACTION_LEVELS),
  ownerName: text,
  ownerRole: text,
  team: text,
  practitioner: text,
  due: text,
  theme: text,
  auditIds: z.array(text),
  caseReferences: z.array(text),
  status: z.enum(ACTION_STATUSES),
  cancelledReason: text,
  reviews: z.array(z.strictObject({ date: text, note: text, by: author })),
  completion: z.strictObject({ date: text, evidence: text, impact: text, confirmedByLaterAudit: optional(z.enum(['yes', 'no', 'not-yet'])) }).nullable(),
  history,
});

export const roundSchema: z.ZodType<ModerationRound> = z.strictObject({
  ...revision,
  createdAt: text,
  title: text,
  periodFrom: text,
  periodTo: text,
  activity: text,
  team: text,
  programmeId: text,
  blind: z.boolean(),
  seed: text,
  minFraction: z.number().min(0).max(1),
  population: z.array(z.strictObject({ id: text, grade })),
  sample: z.array(z.strictObject({ auditId: text, reason: z.enum(['inadequate', 'outstanding', 'random', 'added']), note: text })),
  panel: z.array(z.strictObject({ name: text, role: z.enum(PANEL_ROLES) })),
  reviewDate: text,
  startTime: text,
  history,
});

export const programmeSchema: z.ZodType<AuditProgramme> = z.strictObject({
  ...revision,
  createdAt: text,
  title: text,
  startYear: z.number().int(),
  entries: z.array(
    z.strictObject({
      id: text,
      month: text,
      activity: z.enum(AUDIT_ACTIVITIES),
      focus: text,
      team: text,
      planned: z.number().int().min(0),
      selection: optional(
        z.strictObject({
          criteria: z.strictObject({ caseTypes: z.array(z.enum(CASE_TYPES)), team: text, from: dateOrNone, to: dateOrNone, theme: text }),
          listed: z.number().int().min(0),
          matched: z.number().int().min(0),
          cases: z
            .array(z.strictObject({ caseReference: text, caseType: z.union([z.literal(''), z.enum(CASE_TYPES)]), team: text, date: dateOrNone, theme: text }))
            .max(SELECTION_MAX),
          madeBy: author,
          madeAt: text,
        }),
      ),
    }),
  ),
  history,
});

const filter = z.strictObject({ from: text, to: text, activity: text, team: text, programmeId: text, programmeEntryId: optional(text) });
const gradeCounts = z.strictObject(Object.fromEntries(GRADES.map((g) => [g, z.number().int().min(0)])) as Record<(typeof GRADES)[number], z.ZodNumber>);
const share = z.number().min(0).max(1).nullable();
const frozenFigures = z.strictObject({
  audits: z.number().int().min(0),
  graded: z.number().int().min(0),
  overall: gradeCounts,
  afterModeration: gradeCounts,
  goodOrBetter: share,
  goodOrBetterAfterModeration: share,
  partB: z.strictObject({ accepted: z.number().int().min(0), disagreed: z.number().int().min(0), disagreedOpen: optional(z.number().int().min(0)) }),
  escalations: z.strictObject({ raised: z.number().int().min(0), open: z.number().int().min(0) }),
  timescales: z.strictObject({ audits: z.number().int(), met: z.number().int(), missed: z.number().int(), auditsAllMet: z.number().int() }),
  areas: z.array(z.strictObject({ title: text, wellJudged: share, judged: z.number().int().min(0) })),
  strengths: z.array(text),
  development: z.array(text),
  moderation: z.strictObject({
    moderated: z.number().int().min(0),
    confirmed: z.number().int().min(0),
    changed: z.number().int().min(0),
    weightedKappa: z.number().nullable(),
    changes: z.array(z.strictObject({ audit: text, from: grade, to: grade })),
  }),
  byMonth: z.array(z.strictObject({ month: text, audits: z.number().int().min(0), overall: gradeCounts })),
  actions: z.strictObject({
    total: z.number().int(),
    overdue: z.number().int(),
    completedWithImpact: z.number().int(),
    confirmedByLaterAudit: z.number().int(),
  }),
  improvement: optional(
    z.strictObject({
      linked: z.number().int().min(0),
      improved: z.number().int().min(0),
      same: z.number().int().min(0),
      declined: z.number().int().min(0),
      notGraded: z.number().int().min(0),
      confirming: z.number().int().min(0),
      moves: z.array(z.strictObject({ from: grade, to: grade, count: z.number().int().min(0) })),
    }),
  ),
  learning: z.array(z.strictObject({ audit: text, strengths: text, individual: text, team: text, organisation: text, followUp: text })),
});

export const boardReportSchema: z.ZodType<BoardReport> = z.strictObject({
  ...revision,
  createdAt: text,
  createdBy: author,
  kind: z.enum(['board', 'brief-overview']),
  title: text,
  filter,
  text: z.strictObject(Object.fromEntries(REPORT_SECTIONS.map((s) => [s.id, text])) as Record<ReportSectionId, z.ZodString>),
  namePeople: z.boolean(),
  status: z.enum(['draft', 'issued']),
  issued: z.strictObject({ at: text, by: author, figures: frozenFigures }).nullable(),
  history,
});

export const personSchema: z.ZodType<Person> = z.strictObject({ ...revision, name: text, designation: text });

export const conflictSchema: z.ZodType<ConflictRecord> = z.union([
  z.strictObject({ id: text, table: z.literal('audits'), recordId: text, ours: auditSchema, theirs: auditSchema, from: text, importedAt: text }),
  z.strictObject({ id: text, table: z.literal('actions'), recordId: text, ours: actionSchema, theirs: actionSchema, from: text, importedAt: text }),
]);

export const provenanceSchema: z.ZodType<ProvenanceRecord> = z.strictObject({
  id: text,
  entries: z.array(z.strictObject({ from: text, at: text, rev: text, outcome: text })),
});

export const deletionSchema: z.ZodType<DeletionRecord> = z.strictObject({
  id: text,
  at: text,
  by: author,
  rule: text,
  auditIds: z.array(text),
  actions: z.number().int().min(0),
});

export const settingsSchema: z.ZodType<WorkspaceSettings> = z.strictObject({
  id: z.literal('workspace'),
  rev: z.number().int().min(0),
  updatedAt: text,
  currentPersonId: text.nullable(),
  timescalePolicyId: text,
  lastBackupAt: optional(text.nullable()),
  backupReminderDays: optional(z.number().int().min(0)),
  lockAfterMinutes: optional(z.number().int().min(1)),
});
