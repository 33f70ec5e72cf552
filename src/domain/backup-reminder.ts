// Whether to remind that the workspace has gone unbacked-up too long (issue: "Settings shows when the last backup was
// taken and reminds when there is none for a chosen period"). Pure: today is an argument.
import { addDays, type IsoDate } from './calendar/iso-date';

/** The choices of reminder period, in days (0: never remind). */
export const BACKUP_REMINDER_DAYS = [7, 14, 30, 0] as const;

/** True when there is something to lose and no backup on or after `days` days before today. */
export function backupOverdue(lastBackupOn: IsoDate | null, days: number, today: IsoDate, hasRecords: boolean): boolean {
  if (!hasRecords || days <= 0) return false;
  return lastBackupOn === null || lastBackupOn < addDays(today, -days);
}
