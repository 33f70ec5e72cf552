// A QA lead brings in packs from many auditors: each is read and checked whole, what it would do is shown record by
// record, and only then is it brought in, each pack in one transaction, with progress.
import { inExampleWorkspace } from '@/storage/db';
import { useState } from 'react';
import { formatDateTime } from '@/domain/calendar/iso-date';
import { IMPORT_OUTCOME_LABELS, type ImportOutcome } from '@/domain/pooling';
import { importPack, planImport, readPack, type CheckedPack, type ImportPlan } from '@/storage/packs';
import { localDateTimeOf, nowInstant } from '@/lib/clock';
import { describeFailure } from '@/lib/failures';
import { Button, FileUpload, fieldId, PasswordInput } from '@/ui/form';
import { ErrorSummary } from '@/ui/error-summary';
import { NotificationBanner } from '@/ui/content';
import { SimpleTable } from '@/ui/simple-table';
import { Progress } from '@/ui/progress';
import { Section } from '@/ui/page';

const FIELD = fieldId('pack-files');
const OUTCOMES = Object.keys(IMPORT_OUTCOME_LABELS) as ImportOutcome[];

type Chosen = { name: string; pack: CheckedPack; plan: ImportPlan };
type State =
  | { step: 'choose'; error: string; attempt: number }
  | { step: 'confirm'; packs: Chosen[] }
  | { step: 'importing'; done: number; total: number }
  | { step: 'imported'; results: { name: string; plan: ImportPlan }[] };

const sourceOf = (c: Chosen) =>
  `${c.name}, a pack from ${c.pack.from.name} (${c.pack.from.designation}) made ${formatDateTime(localDateTimeOf(c.pack.createdAt))}`;

export function ImportSection() {
  const [state, setState] = useState<State>({ step: 'choose', error: '', attempt: 0 });
  const [passphrase, setPassphrase] = useState('');
  const fail = (error: string) => setState((s) => ({ step: 'choose', error, attempt: (s.step === 'choose' ? s.attempt : 0) + 1 }));

  const choose = async (files: File[]) => {
    if (!files.length) return;
    const packs: Chosen[] = [];
    for (const file of files) {
      try {
        const pack = await readPack(await file.text(), passphrase || undefined);
        packs.push({ name: file.name, pack, plan: await planImport(pack) });
      } catch (error) {
        fail(`${file.name}: ${describeFailure(error)}`);
        return;
      }
    }
    setState({ step: 'confirm', packs });
  };

  const bringIn = async (packs: Chosen[]) => {
    const results: { name: string; plan: ImportPlan }[] = [];
    try {
      for (const c of packs) {
        results.push({
          name: c.name,
          plan: await importPack(c.pack, sourceOf(c), nowInstant(), (done, total) => setState({ step: 'importing', done, total })),
        });
      }
      setState({ step: 'imported', results });
    } catch (error) {
      fail(
        `${results.length ? `${results.length} pack${results.length === 1 ? ' was' : 's were'} brought in; the next was not, and nothing of it was changed. ` : 'Nothing was changed. '}${describeFailure(error)}`,
      );
    }
  };

  const table = (caption: string, rows: { name: string; plan: ImportPlan }[]) => (
    <SimpleTable
      caption={caption}
      headings={['What happens', ...rows.map((r) => r.name)]}
      rows={OUTCOMES.map((o) => ({ key: o, cells: [IMPORT_OUTCOME_LABELS[o], ...rows.map((r) => r.plan[o].toLocaleString('en-GB'))] }))}
    />
  );

  // Real records never go into the made-up workspace.
  if (inExampleWorkspace()) {
    return (
      <Section id="import" title="Bring in audit packs">
        <p className="govuk-body">This is the example workspace: remove it (in Settings) to bring in audit packs into your own workspace.</p>
      </Section>
    );
  }
  return (
    <Section id="import" title="Bring in audit packs">
      {state.step === 'imported' && (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">
            {state.results.length} pack{state.results.length === 1 ? '' : 's'} brought in.
          </p>
        </NotificationBanner>
      )}
      {state.step === 'imported' && table('What was brought in', state.results)}
      {state.step === 'choose' && <ErrorSummary errors={state.error ? [{ href: FIELD, message: state.error }] : []} focusKey={state.attempt} />}
      {(state.step === 'choose' || state.step === 'imported') && (
        <>
          <PasswordInput
            id={fieldId('pack-passphrase')}
            label="The packs’ passphrase, if they are encrypted"
            hint="The maker of an encrypted pack tells you its passphrase another way, for example by phone. Leave this empty for a pack that is not encrypted."
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <FileUpload
            id={FIELD}
            label="Choose audit pack files"
            hint="You can choose several, from different auditors. Nothing is brought in until you have seen what each would change."
            error={state.step === 'choose' ? state.error || undefined : undefined}
            multiple
            onChoose={(files) => void choose(files)}
          />
        </>
      )}
      {state.step === 'confirm' && (
        <>
          <ul className="govuk-list govuk-list--bullet">
            {state.packs.map((c) => (
              <li key={c.name}>{sourceOf(c)}</li>
            ))}
          </ul>
          {table(
            'What bringing them in will do',
            state.packs.map((c) => ({ name: c.name, plan: c.plan })),
          )}
          <p className="govuk-body">Audits changed on both sides are not overwritten: both versions are kept for you to choose between.</p>
          <div className="govuk-button-group">
            <Button type="button" onClick={() => void bringIn(state.packs)}>
              Bring them in
            </Button>
            <Button type="button" secondary onClick={() => setState({ step: 'choose', error: '', attempt: 0 })}>
              Choose other files
            </Button>
          </div>
        </>
      )}
      {state.step === 'importing' && <Progress id="import-progress" label="Records brought in" done={state.done} total={state.total} />}
    </Section>
  );
}
