// Versions to choose between: a record changed on both sides, both versions kept until a person chooses.
import { z } from 'zod';
import type { ConflictRecord } from '../db';
import { defineRecord } from './define';
import { text } from './fields';
import { auditSchema, auditsGainEveryField } from './audits';
import type { StoredRecord } from './define';
import { actionSchema } from './actions';

export const conflictSchema: z.ZodType<ConflictRecord> = z.union([
  z.strictObject({ id: text, table: z.literal('audits'), recordId: text, ours: auditSchema, theirs: auditSchema, from: text, importedAt: text }),
  z.strictObject({ id: text, table: z.literal('actions'), recordId: text, ours: actionSchema, theirs: actionSchema, from: text, importedAt: text }),
]);

const isRecord = (v: unknown): v is StoredRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Shape 1 to 2, frozen: the two versions of an audit kept in a conflict are audits of shape 1, brought up by the audit's
 * own first step (audits.ts), so that a conflict saved before audits had shapes can be shown, resolved and backed up.
 */
export function conflictsHoldCurrentAudits(record: StoredRecord): StoredRecord {
  if (record.table !== 'audits') return record;
  return {
    ...record,
    ours: isRecord(record.ours) ? auditsGainEveryField(record.ours) : record.ours,
    theirs: isRecord(record.theirs) ? auditsGainEveryField(record.theirs) : record.theirs,
  };
}

export const conflicts = defineRecord({
  table: 'conflicts',
  label: 'Versions to choose between',
  indexes: 'id, recordId, shape',
  schema: conflictSchema,
  sealed: { clear: ['id', 'table', 'recordId'] },
  upgrades: [{ name: 'the audits a conflict keeps, in their current shape', up: conflictsHoldCurrentAudits }],
  // Each device keeps its own: in a team every device finds the same conflicts itself.
  travels: { backup: true, pack: false, sync: false },
});
