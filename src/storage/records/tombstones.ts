// Tombstones: the end of each branch that lost a conflict, a deleted child of its leaf, as CouchDB resolves conflicts
// (domain/revision.ts). They hold ids and revisions only. Packs carry the tombstones of the records they hold, so that
// a conflict resolved on one device is settled on every device the records reach.
import { z } from 'zod';
import { defineRecord } from './define';
import { revision } from './fields';

/** A tombstone as stored: `<table>:<record id>:<its revision>`, the record it ends a branch of, and its chain. */
export interface StoredTombstone {
  id: string;
  table: 'audits' | 'actions';
  recordId: string;
  rev: string;
  revisions: string[];
  updatedAt: string;
}

export const tombstoneSchema: z.ZodType<StoredTombstone> = z.strictObject({
  ...revision,
  table: z.enum(['audits', 'actions']),
  recordId: revision.id,
});

export const tombstones = defineRecord({
  table: 'tombstones',
  label: 'Ended versions of records',
  indexes: 'id, recordId',
  schema: tombstoneSchema,
  sealed: false,
  upgrades: [],
  travels: { backup: true, pack: true, sync: true },
});
