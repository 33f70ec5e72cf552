// Deletions under the retention period, recorded without the content deleted.
import { z } from 'zod';
import type { DeletionRecord } from '@/domain/retention';
import { defineRecord } from './define';
import { author, text } from './fields';

export const deletionSchema: z.ZodType<DeletionRecord> = z.strictObject({
  id: text,
  at: text,
  by: author,
  rule: text,
  auditIds: z.array(text),
  actions: z.number().int().min(0),
});

export const deletions = defineRecord({
  table: 'deletions',
  label: 'Deletions under the retention period',
  indexes: 'id, at, shape',
  schema: deletionSchema,
  sealed: { clear: ['id', 'at'] },
  upgrades: [],
  travels: { backup: true, pack: false, sync: true },
});
