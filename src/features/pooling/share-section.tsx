// An auditor shares chosen audits as a pack: a sealed file a QA lead brings into their workspace.
import { useState, type FormEvent } from 'react';
import { authorOf, type Person } from '@/domain/person';
import { formatLongDate } from '@/domain/calendar/iso-date';
import type { LabelledSummary } from '@/domain/summary';
import { makePack } from '@/storage/packs';
import { nowInstant, today } from '@/lib/clock';
import { Button, fieldId } from '@/ui/form';
import { ErrorSummary } from '@/ui/error-summary';
import { NotificationBanner } from '@/ui/content';
import { downloadFile, fileName } from '@/ui/download';
import { describeFailure } from '@/lib/failures';
import { Progress } from '@/ui/progress';
import { Section } from '@/ui/page';

const FIELD = fieldId('pack-audits');

export function ShareSection({ summaries, person }: { summaries: readonly LabelledSummary[]; person: Person }) {
  const [showAll, setShowAll] = useState(false);
  const mine = summaries.filter((s) => s.auditor.trim().toLowerCase() === person.name.trim().toLowerCase());
  const shown = [...(showAll ? summaries : mine)].sort((a, b) => (a.auditDate < b.auditDate ? 1 : a.auditDate > b.auditDate ? -1 : 0));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(mine.map((s) => s.id)));
  const [error, setError] = useState({ message: '', attempt: 0 });
  const [done, setDone] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const picked = shown.filter((s) => chosen.has(s.id));

  const share = async (e: FormEvent) => {
    e.preventDefault();
    if (picked.length === 0) {
      setError((x) => ({ message: 'Select the audits to put in the pack', attempt: x.attempt + 1 }));
      return;
    }
    try {
      const pack = await makePack(
        picked.map((s) => s.id),
        authorOf(person),
        nowInstant(),
        (n, total) => setProgress(total > 300 ? { done: n, total } : null),
      );
      downloadFile(fileName(['audit pack', person.name, today()], 'json'), pack.text, 'application/json');
      setError({ message: '', attempt: 0 });
      setDone(`The pack holds ${pack.audits} audit${pack.audits === 1 ? '' : 's'} and ${pack.actions} action${pack.actions === 1 ? '' : 's'}.`);
    } catch (failure) {
      setError((x) => ({ message: `The pack could not be made: ${describeFailure(failure)}`, attempt: x.attempt + 1 }));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Section id="share" title="Share audits in a pack">
      <p className="govuk-body">
        A pack holds the audits you choose, with their actions, moderation records and history, for a QA lead or a moderation panel to bring into their
        workspace. It is not encrypted: pass it on as you would pass on case records.
      </p>
      {done && (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      )}
      <ErrorSummary errors={error.message ? [{ href: FIELD, message: error.message }] : []} focusKey={error.attempt} />
      <form noValidate onSubmit={(e) => void share(e)}>
        <div className={`govuk-form-group${error.message ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={error.message ? `${FIELD}-error` : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Audits to share ({picked.length} chosen)</legend>
            {error.message && (
              <p id={`${FIELD}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error.message}
              </p>
            )}
            {shown.length === 0 && (
              <p className="govuk-body">{showAll ? 'There are no audits in this workspace.' : `There are no audits by ${person.name}.`}</p>
            )}
            <div className="govuk-checkboxes govuk-checkboxes--small app-scroll-list" tabIndex={0} role="region" aria-label="Audits to share">
              {shown.map((s, i) => (
                <div className="govuk-checkboxes__item" key={s.id}>
                  <input
                    className="govuk-checkboxes__input"
                    id={i === 0 ? FIELD : `${FIELD}-${s.id}`}
                    type="checkbox"
                    checked={chosen.has(s.id)}
                    onChange={(e) => setChosen((c) => (e.target.checked ? new Set([...c, s.id]) : new Set([...c].filter((x) => x !== s.id))))}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={i === 0 ? FIELD : `${FIELD}-${s.id}`}>
                    Case {s.caseReference}, {formatLongDate(s.auditDate)}, {s.team}, audited by {s.auditor}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        {progress && <Progress id="pack-progress" label="Audits packed" done={progress.done} total={progress.total} />}
        <div className="govuk-button-group">
          <Button>Download an audit pack</Button>
          <Button type="button" secondary onClick={() => setShowAll((x) => !x)}>
            {showAll ? 'Show only my audits' : 'Show every auditor’s audits'}
          </Button>
        </div>
      </form>
    </Section>
  );
}
