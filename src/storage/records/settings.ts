// This device's settings: who is working here, the timescale policy, backups and locking. Never sealed: they are
// read before anyone unlocks.
import { z } from 'zod';
import type { WorkspaceSettings } from '../db';
import { defineRecord } from './define';
import { optional, text } from './fields';

export const settingsSchema: z.ZodType<WorkspaceSettings> = z.strictObject({
  id: z.literal('workspace'),
  rev: z.number().int().min(0),
  updatedAt: text,
  currentPersonId: text.nullable(),
  timescalePolicyId: text,
  lastBackupAt: optional(text.nullable()),
  backupReminderDays: optional(z.number().int().min(0).max(365)),
  // At most a day: the settings page offers up to an hour, and a browser's timer cannot wait much beyond 24 days.
  lockAfterMinutes: optional(
    z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
  ),
  revisionSecret: optional(text),
});

/** This device's settings before anything is chosen. */
export const DEFAULT_SETTINGS: WorkspaceSettings = {
  id: 'workspace',
  rev: 0,
  updatedAt: '',
  currentPersonId: null,
  timescalePolicyId: 'auditor-guidance',
  lastBackupAt: null,
  backupReminderDays: 7,
  lockAfterMinutes: 15,
};

export const settings = defineRecord({
  table: 'settings',
  label: 'Workspace settings',
  indexes: 'id',
  schema: settingsSchema,
  sealed: false,
  upgrades: [],
  travels: { backup: true, pack: false, sync: false },
});
