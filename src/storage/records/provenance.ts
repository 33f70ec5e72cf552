// Where each imported record came from, each time one of its versions was brought in.
import { z } from 'zod';
import type { ProvenanceRecord } from '../db';
import { defineRecord } from './define';
import { text } from './fields';

export const provenanceSchema: z.ZodType<ProvenanceRecord> = z.strictObject({
  id: text,
  entries: z.array(z.strictObject({ from: text, at: text, rev: text, outcome: text })),
});

export const provenance = defineRecord({
  table: 'provenance',
  label: 'Where imported records came from',
  indexes: 'id, shape',
  schema: provenanceSchema,
  sealed: { clear: ['id'] },
  upgrades: [],
  travels: { backup: true, pack: false, sync: false },
});
