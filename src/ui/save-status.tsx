import type { SaveStatusValue } from '@/lib/save-status';

function time(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}:${String(d.getSeconds()).padStart(2, '0')}`;
}

/** Says whether the draft is saved, politely, to screen readers too. */
export function SaveStatus({ status }: { status: SaveStatusValue }) {
  return (
    <div className="app-save-status govuk-body-s" aria-live="polite" role="status">
      {status.state === 'saving' && 'Saving…'}
      {status.state === 'saved' && `Saved at ${time(status.at)}`}
      {status.state === 'error' && <strong className="govuk-error-message govuk-!-margin-0">Not saved: {status.message}</strong>}
      {status.state === 'idle' && 'Your answers save as you type.'}
    </div>
  );
}
