// Auditing programmes: the annual timetable of audits (seed 002, "Annual auditing timetable").
import { z } from 'zod';
import type { AuditProgramme } from '@/domain/programme';
import { AUDIT_ACTIVITIES, CASE_TYPES } from '@/domain/template';
import { SELECTION_MAX } from '@/domain/selection';
import { defineRecord } from './define';
import { author, dateOrNone, history, optional, revision, text } from './fields';

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

export const programmes = defineRecord({
  table: 'programmes',
  label: 'Auditing programmes',
  indexes: 'id, startYear, shape',
  schema: programmeSchema,
  sealed: { clear: ['id', 'rev', 'startYear'] },
  upgrades: [],
  travels: { backup: true, pack: false, sync: true },
});
