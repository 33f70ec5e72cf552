// Backing up the whole workspace to a file, with when it was last done and how often to be reminded.
import { useState } from 'react';
import { BACKUP_REMINDER_DAYS } from '@/domain/backup-reminder';
import { formatDateTime } from '@/domain/calendar/iso-date';
import { makeBackup } from '@/storage/backup';
import type { WorkspaceSettings } from '@/storage/db';
import { writeSettings } from '@/storage/write';
import { localDateTimeOf, nowInstant, today } from '@/lib/clock';
import { Button } from '@/ui/form';
import { FilterSelect } from '@/ui/filter-select';
import { WarningText } from '@/ui/content';
import { downloadFile } from '@/ui/download';
import { Progress } from '@/ui/progress';
import { Section } from '@/ui/page';
import { useProtection } from '@/data/protection';

const REMINDER_LABELS: Record<number, string> = { 7: 'Every week', 14: 'Every two weeks', 30: 'Every 30 days', 0: 'Never' };

export function BackupSection({ settings }: { settings: WorkspaceSettings }) {
  const protection = useProtection();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState('');
  const backUp = async () => {
    setBusy(true);
    setFailure('');
    try {
      const now = nowInstant();
      const { text } = await makeBackup(now, (done, total) => setProgress(total > 300 ? { done, total } : null));
      downloadFile(`audit-workbench-backup-${today()}.json`, text, 'application/json');
      await writeSettings({ lastBackupAt: now });
    } catch (e) {
      setFailure(`The backup could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  return (
    <Section id="backup" title="Back up the workspace">
      <p className="govuk-body">
        A backup is one file with every audit, action, moderation round, programme and person in this workspace.{' '}
        {protection.state === 'unprotected'
          ? 'Keep it somewhere safe and as protected as the case records themselves: it is not encrypted, because this workspace is not protected.'
          : 'It is encrypted with this workspace’s key: anyone who can unlock the workspace can restore it, here or on another device, and nobody else can read it.'}
      </p>
      <p className="govuk-body" id="last-backup">
        {settings.lastBackupAt
          ? `Last backed up on this device: ${formatDateTime(localDateTimeOf(settings.lastBackupAt))}.`
          : 'This workspace has not been backed up on this device.'}
      </p>
      {failure && <WarningText>{failure}</WarningText>}
      {progress && <Progress id="backup-progress" label="Records backed up" done={progress.done} total={progress.total} />}
      <Button type="button" secondary disabled={busy} onClick={() => void backUp()}>
        Download a backup
      </Button>
      <FilterSelect
        id="backup-reminder"
        label="Remind me when there is no backup"
        value={String(settings.backupReminderDays ?? 7)}
        onChange={(v) => void writeSettings({ backupReminderDays: Number(v) })}
        all={null}
        options={BACKUP_REMINDER_DAYS.map((d) => ({ value: String(d), label: REMINDER_LABELS[d] ?? `${d} days` }))}
      />
    </Section>
  );
}
