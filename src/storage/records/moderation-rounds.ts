// Moderation rounds: the panel's sample of completed audits and its review (seed 002, "Moderation").
import { z } from 'zod';
import { PANEL_ROLES, type ModerationRound } from '@/domain/moderation';
import { defineRecord } from './define';
import { grade, history, revision, text } from './fields';

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

export const moderationRounds = defineRecord({
  table: 'moderationRounds',
  label: 'Moderation rounds',
  indexes: 'id, periodFrom, shape',
  schema: roundSchema,
  sealed: { clear: ['id', 'rev', 'periodFrom'] },
  upgrades: [],
  travels: { backup: true, pack: false, sync: true },
});
