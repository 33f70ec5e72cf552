// A backup file's text holding just these audits, sealed as the app seals one, for tests and benchmarks of restoring.
import type { Audit } from '@/domain/audit';
import { BACKUP_FORMAT, sealFile } from '@/storage/backup';

export function backupOf(audits: readonly Audit[]): Promise<string> {
  const none: object[] = [];
  return sealFile(BACKUP_FORMAT, '2026-01-01T00:00:00.000Z', { audits, actions: none, moderationRounds: none, programmes: none, people: none, settings: none });
}
