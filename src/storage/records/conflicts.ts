// Versions to choose between: a record changed on both sides, both versions kept until a person chooses.
import { z } from 'zod';
import type { ConflictRecord } from '../db';
import { defineRecord } from './define';
import { text } from './fields';
import { auditSchema } from './audits';
import { actionSchema } from './actions';

export const conflictSchema: z.ZodType<ConflictRecord> = z.union([
  z.strictObject({ id: text, table: z.literal('audits'), recordId: text, ours: auditSchema, theirs: auditSchema, from: text, importedAt: text }),
  z.strictObject({ id: text, table: z.literal('actions'), recordId: text, ours: actionSchema, theirs: actionSchema, from: text, importedAt: text }),
]);

export const conflicts = defineRecord({
  table: 'conflicts',
  label: 'Versions to choose between',
  indexes: 'id, recordId, shape',
  schema: conflictSchema,
  sealed: { clear: ['id', 'table', 'recordId'] },
  upgrades: [],
  // Each device keeps its own: in a team every device finds the same conflicts itself.
  travels: { backup: true, pack: false, sync: false },
});
