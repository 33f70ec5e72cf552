// An auditor shares chosen audits as a pack: a sealed file a QA lead brings into their workspace.
import { useState, type FormEvent } from 'react';
import { authorOf, type Person } from '@/domain/person';
import { formatLongDate } from '@/domain/calendar/iso-date';
import type { LabelledSummary } from '@/domain/summary';
import { makePack } from '@/storage/packs';
import { PASSPHRASE_MIN, passphraseProblem } from '@/domain/passphrase';
import { nowInstant, today } from '@/lib/clock';
import { Button, fieldId, PasswordInput } from '@/ui/form';
import { ErrorSummary } from '@/ui/error-summary';
import { NotificationBanner } from '@/ui/content';
import { downloadFile, fileName } from '@/ui/download';
import { describeFailure } from '@/lib/failures';
import { Progress } from '@/ui/progress';
import { Section } from '@/ui/page';

const FIELD = fieldId('pack-audits');
const ENCRYPT = fieldId('pack-encrypt');
const PASSPHRASE = fieldId('pack-new-passphrase');
const AGAIN = fieldId('pack-new-passphrase-again');

type Problem = { href: string; message: string };

/** What is wrong with the choices for a pack: the audits, and, when it is to be encrypted, its passphrase typed twice. */
function problemsOf(picked: number, encrypt: string, passphrase: string, again: string): Problem[] {
  const out: Problem[] = [];
  if (picked === 0) out.push({ href: FIELD, message: 'Select the audits to put in the pack' });
  if (!encrypt) out.push({ href: ENCRYPT, message: 'Select whether to encrypt the pack' });
  const problem = encrypt === 'yes' ? passphraseProblem(passphrase, 'a passphrase for the pack') : null;
  if (problem) out.push({ href: PASSPHRASE, message: problem });
  else if (encrypt === 'yes' && passphrase !== again) out.push({ href: AGAIN, message: 'The passphrases do not match: type the same passphrase twice' });
  return out;
}

export function ShareSection({ summaries, person }: { summaries: readonly LabelledSummary[]; person: Person }) {
  const [showAll, setShowAll] = useState(false);
  const mine = summaries.filter((s) => s.auditor.trim().toLowerCase() === person.name.trim().toLowerCase());
  const shown = [...(showAll ? summaries : mine)].sort((a, b) => (a.auditDate < b.auditDate ? 1 : a.auditDate > b.auditDate ? -1 : 0));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(mine.map((s) => s.id)));
  const [error, setError] = useState<{ problems: Problem[]; attempt: number }>({ problems: [], attempt: 0 });
  const [encrypt, setEncrypt] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const at = (href: string) => error.problems.find((p) => p.href === href)?.message;
  const [done, setDone] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const picked = shown.filter((s) => chosen.has(s.id));

  const share = async (e: FormEvent) => {
    e.preventDefault();
    const problems = problemsOf(picked.length, encrypt, passphrase, again);
    if (problems.length) {
      setError((x) => ({ problems, attempt: x.attempt + 1 }));
      return;
    }
    try {
      const pack = await makePack(
        picked.map((s) => s.id),
        authorOf(person),
        nowInstant(),
        encrypt === 'yes' ? passphrase : null,
        (n, total) => setProgress(total > 300 ? { done: n, total } : null),
      );
      downloadFile(fileName(['audit pack', person.name, today()], 'json'), pack.text, 'application/json');
      setError({ problems: [], attempt: 0 });
      setDone(
        `The pack holds ${pack.audits} audit${pack.audits === 1 ? '' : 's'} and ${pack.actions} action${pack.actions === 1 ? '' : 's'}.${encrypt === 'yes' ? ' Tell the person you give it to its passphrase another way, for example by phone.' : ''}`,
      );
    } catch (failure) {
      setError((x) => ({ problems: [{ href: FIELD, message: `The pack could not be made: ${describeFailure(failure)}` }], attempt: x.attempt + 1 }));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Section id="share" title="Share audits in a pack">
      <p className="govuk-body">
        A pack holds the audits you choose, with their actions, moderation records and history, for a QA lead or a moderation panel to bring into their
        workspace. Encrypt it with a passphrase chosen for it, and tell the person you give it to the passphrase another way.
      </p>
      {done && (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      )}
      <ErrorSummary errors={error.problems} focusKey={error.attempt} />
      <form noValidate onSubmit={(e) => void share(e)}>
        <div className={`govuk-form-group${at(FIELD) ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={at(FIELD) ? `${FIELD}-error` : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Audits to share ({picked.length} chosen)</legend>
            {at(FIELD) && (
              <p id={`${FIELD}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {at(FIELD)}
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
        <div className={`govuk-form-group${at(ENCRYPT) ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={at(ENCRYPT) ? `${ENCRYPT}-error` : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Encrypt the pack with a passphrase?</legend>
            {at(ENCRYPT) && (
              <p id={`${ENCRYPT}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {at(ENCRYPT)}
              </p>
            )}
            <div className="govuk-radios govuk-radios--small">
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={ENCRYPT}
                  type="radio"
                  name="encrypt"
                  value="yes"
                  checked={encrypt === 'yes'}
                  onChange={() => setEncrypt('yes')}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={ENCRYPT}>
                  Yes, with a passphrase I choose for it (recommended)
                </label>
              </div>
              {encrypt === 'yes' && (
                <div className="govuk-radios__conditional">
                  <PasswordInput
                    id={PASSPHRASE}
                    label="A passphrase for the pack"
                    hint={`At least ${PASSPHRASE_MIN} characters. Not your own passphrase: the person you give the pack to needs it.`}
                    value={passphrase}
                    error={at(PASSPHRASE)}
                    onChange={(e) => setPassphrase(e.target.value)}
                  />
                  <PasswordInput id={AGAIN} label="The pack’s passphrase again" value={again} error={at(AGAIN)} onChange={(e) => setAgain(e.target.value)} />
                </div>
              )}
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={`${ENCRYPT}-2`}
                  type="radio"
                  name="encrypt"
                  value="no"
                  checked={encrypt === 'no'}
                  onChange={() => setEncrypt('no')}
                  aria-describedby={`${ENCRYPT}-2-hint`}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`${ENCRYPT}-2`}>
                  No, leave it unencrypted
                </label>
                <div id={`${ENCRYPT}-2-hint`} className="govuk-hint govuk-radios__hint">
                  Anyone who gets the file can read the audits in it.
                </div>
              </div>
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
