// Actions: the register of what audits asked to be done, at practice, service and strategic level (seed 002).
import { z } from 'zod';
import { ACTION_LEVELS, ACTION_STATUSES, type ActionRecord } from '@/domain/actions';
import { defineRecord } from './define';
import { author, history, optional, revision, text } from './fields';

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

export const actions = defineRecord({
  table: 'actions',
  label: 'Actions',
  indexes: 'id, status, due, level, [status+due], *auditIds, shape',
  schema: actionSchema,
  sealed: { clear: ['id', 'rev', 'status', 'due', 'level', 'auditIds'] },
  upgrades: [],
  travels: { backup: true, pack: true, sync: true },
});
