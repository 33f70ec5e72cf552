// Board reports and Brief Overview reports: drafts as typed, and issued ones with their figures frozen.
import { z } from 'zod';
import { GRADES } from '@/domain/grade';
import { REPORT_SECTIONS, type BoardReport, type ReportSectionId } from '@/domain/board-report';
import { defineRecord } from './define';
import { author, grade, history, optional, revision, text } from './fields';

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

export const reports = defineRecord({
  table: 'reports',
  label: 'Board reports',
  indexes: 'id, status, shape',
  schema: boardReportSchema,
  sealed: { clear: ['id', 'rev', 'status'] },
  upgrades: [],
  travels: { backup: true, pack: false, sync: true },
});
