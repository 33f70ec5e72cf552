// The lock screen's label for each key slot: the name and designation a person chooses theirs by. Kept on this device
// only, never sealed (they are read before anyone unlocks), never in a backup, a pack or the team workspace, so that a
// key slot that travels names no one.
import { z } from 'zod';
import type { SlotLabel } from '../db';
import { defineRecord } from './define';
import { text } from './fields';

export const slotLabelSchema: z.ZodType<SlotLabel> = z.strictObject({ id: text.min(1), name: text, designation: text });

export const slotLabels = defineRecord({
  table: 'slotLabels',
  label: 'Names on the lock screen',
  indexes: 'id',
  schema: slotLabelSchema,
  sealed: false,
  upgrades: [],
  travels: { backup: false, pack: false, sync: false },
});
