// Progress of long work (a restore, an import, a rebuild), for sighted users and as a live region for screen readers.

export function Progress({ id, label, done, total }: { id: string; label: string; done: number; total: number }) {
  return (
    <div className="govuk-form-group" aria-live="polite">
      <label className="govuk-label" htmlFor={id}>
        {label}: {done.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')}
      </label>
      <progress id={id} className="app-progress" max={Math.max(total, 1)} value={done} />
    </div>
  );
}
