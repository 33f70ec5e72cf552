import { describe, expect, it } from 'vitest';
import { backupOverdue } from './backup-reminder';

describe('the backup reminder', () => {
  it.each([
    ['never backed up, with audits', null, 7, true, true],
    ['never backed up, nothing to lose', null, 7, false, false],
    ['backed up 7 days ago, every 7 days', '2026-11-23', 7, true, false],
    ['backed up 8 days ago, every 7 days', '2026-11-22', 7, true, true],
    ['backed up 8 days ago, every 14 days', '2026-11-22', 14, true, false],
    ['reminders off', null, 0, true, false],
  ] as const)('%s: %s', (_what, last, days, hasRecords, overdue) => {
    expect(backupOverdue(last, days, '2026-11-30', hasRecords)).toBe(overdue);
  });
});
