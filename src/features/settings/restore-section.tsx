// Restoring the workspace from a backup file: the file is read and checked whole first, what would change is shown,
// and only when the person confirms is the workspace replaced, in one go, with progress.
import { inExampleWorkspace } from '@/storage/db';
import { useState, type FormEvent } from 'react';
import { formatDateTime } from '@/domain/calendar/iso-date';
import { BACKUP_TABLE_LABELS, BACKUP_TABLES, readBackup, restoreBackup, workspaceCounts, type CheckedBackup, type Counts } from '@/storage/backup';
import { localDateTimeOf, nowInstant } from '@/lib/clock';
import { describeFailure } from '@/lib/failures';
import { Button, FileUpload, fieldId, PasswordInput } from '@/ui/form';
import { ErrorSummary } from '@/ui/error-summary';
import { NotificationBanner, WarningText } from '@/ui/content';
import { SimpleTable } from '@/ui/simple-table';
import { Progress } from '@/ui/progress';
import { Section } from '@/ui/page';

type State =
  | { step: 'choose'; error: string; attempts: number }
  | { step: 'confirm'; backup: CheckedBackup; now: Counts; fileName: string }
  | { step: 'restoring'; done: number; total: number }
  | { step: 'restored'; counts: Counts };

const FIELD = fieldId('backup-file');

export function RestoreSection() {
  const [state, setState] = useState<State>({ step: 'choose', error: '', attempts: 0 });
  const [passphrase, setPassphrase] = useState('');
  const fail = (error: string) => setState((s) => ({ step: 'choose', error, attempts: (s.step === 'choose' ? s.attempts : 0) + 1 }));

  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      const backup = await readBackup(await file.text(), passphrase || undefined);
      setState({ step: 'confirm', backup, now: await workspaceCounts(), fileName: file.name });
    } catch (error) {
      fail(describeFailure(error));
    }
  };

  const restore = async (e: FormEvent) => {
    e.preventDefault();
    if (state.step !== 'confirm') return;
    const { backup } = state;
    try {
      await restoreBackup(backup, nowInstant(), (done, total) => setState({ step: 'restoring', done, total }));
      setState({ step: 'restored', counts: backup.counts });
    } catch (error) {
      fail(`Nothing was changed: the backup could not be restored. ${describeFailure(error)}`);
    }
  };

  // Real records never go into the made-up workspace.
  if (inExampleWorkspace()) {
    return (
      <Section id="restore" title="Restore from a backup">
        <p className="govuk-body">This is the example workspace: remove it (in Settings) to restore a backup into your own workspace.</p>
      </Section>
    );
  }
  return (
    <Section id="restore" title="Restore from a backup">
      {state.step === 'restored' && (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">
            The workspace was restored: {state.counts.audits.toLocaleString('en-GB')} audits and {state.counts.actions.toLocaleString('en-GB')} actions.
          </p>
        </NotificationBanner>
      )}
      {state.step === 'choose' && <ErrorSummary errors={state.error ? [{ href: FIELD, message: state.error }] : []} focusKey={state.attempts} />}
      {(state.step === 'choose' || state.step === 'restored') && (
        <>
          <PasswordInput
            id={fieldId('backup-passphrase')}
            label="A passphrase for the backup, if it came from another workspace"
            hint="A backup of a protected workspace is encrypted with that workspace’s key. This workspace opens its own backups; for another’s, enter the passphrase of someone who could unlock it."
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <FileUpload
            id={FIELD}
            label="Choose a backup file"
            hint="Restoring replaces everything in this workspace with the backup. You will see what changes before anything is replaced."
            error={state.step === 'choose' ? state.error || undefined : undefined}
            onChoose={(files) => void choose(files[0])}
          />
        </>
      )}
      {state.step === 'confirm' && (
        <form noValidate onSubmit={(e) => void restore(e)}>
          <p className="govuk-body">
            {state.fileName}: a backup made on {formatDateTime(localDateTimeOf(state.backup.createdAt))}.
          </p>
          <SimpleTable
            caption="What restoring will change"
            headings={['Records', 'In this workspace now', 'After restoring']}
            rows={BACKUP_TABLES.filter((t) => t !== 'settings').map((t) => ({
              key: t,
              cells: [BACKUP_TABLE_LABELS[t], state.now[t].toLocaleString('en-GB'), state.backup.counts[t].toLocaleString('en-GB')],
            }))}
          />
          <WarningText>Everything in this workspace now will be replaced by the backup. This cannot be undone unless you have a backup of it.</WarningText>
          <div className="govuk-button-group">
            <Button warning>Replace the workspace with this backup</Button>
            <Button type="button" secondary onClick={() => setState({ step: 'choose', error: '', attempts: 0 })}>
              Choose another file
            </Button>
          </div>
        </form>
      )}
      {state.step === 'restoring' && <Progress id="restore-progress" label="Records restored" done={state.done} total={state.total} />}
    </Section>
  );
}
