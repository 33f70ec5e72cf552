// Key slots: the workspace's data key wrapped under each person's passphrase (../protection.ts). Never sealed: they
// are what unlocking reads. They name no one (./slot-labels.ts). Kept on the device, never in a backup or a pack.
import { z } from 'zod';
import type { KeySlot } from '../db';
import { defineRecord } from './define';
import { text } from './fields';

export const keySlotSchema: z.ZodType<KeySlot> = z.strictObject({
  id: text.min(1),
  createdAt: text,
  salt: text,
  iterations: z.number().int().positive(),
  iv: text,
  wrapped: text,
});

export const keySlots = defineRecord({
  table: 'keySlots',
  label: 'Key slots',
  indexes: 'id',
  schema: keySlotSchema,
  sealed: false,
  upgrades: [],
  travels: { backup: false, pack: false, sync: false },
});
