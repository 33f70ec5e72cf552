// "Your name and designation": every change in the workbench is attributed to the person working (seed 003,
// "Recording": "Be attributable to an author whose designation is stated"). In a protected workspace (the default for
// a new one) that person is whoever unlocked it with their own passphrase, so who did what is a person, not a name;
// the page sets passphrases, adds and removes the people who can unlock, and locks for someone else. In a workspace
// whose owner chose to work without a passphrase, people are switched by name, and the page offers to protect it.
import { NAME_LIMIT } from '@/domain/text-limits';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { useNavigate, useSearchParams } from 'react-router';
import { Page, Columns } from '@/ui/page';
import { Button, Radios, TextInput, PasswordInput } from '@/ui/form';
import { Form, useZodForm, bind, textSchema, ConfirmForm } from '@/ui/validated-form';
import { SummaryList, WarningText } from '@/ui/content';
import { usePeople } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { lockNow, protect, useProtection } from '@/data/protection';
import { addPerson, writeSettings } from '@/storage/write';
import { addKeySlot, changePassphrase, keySlots, removeKeySlot } from '@/storage/protection';
import type { SlotHolder } from '@/storage/db';
import { WrongPassphraseError } from '@/lib/crypto';
import { nowInstant } from '@/lib/clock';
import { newId } from '@/lib/ids';
import { newPerson, type Person } from '@/domain/person';
import { PASSPHRASE_HINT, passphrase, withConfirmation } from './passphrase';
import { passphraseProblem } from '@/domain/passphrase';

const name = textSchema('Your name', NAME_LIMIT, { required: 'Enter your name' });
const designation = textSchema('Your designation', NAME_LIMIT, { required: 'Enter your designation, for example Team manager' });

const firstUseSchema = z
  .object({
    name,
    designation,
    protect: z.enum(['yes', 'no'], { error: 'Select whether to protect the workspace with a passphrase' }),
    passphrase: z.string(),
    confirmation: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.protect !== 'yes') return;
    const problem = passphraseProblem(v.passphrase, 'your passphrase');
    if (problem) ctx.addIssue({ code: 'custom', path: ['passphrase'], message: problem });
    else if (v.passphrase !== v.confirmation)
      ctx.addIssue({ code: 'custom', path: ['confirmation'], message: 'The passphrases do not match: type the same passphrase twice' });
  });

const newPersonSchema = z.object({ name, designation });
const switchSchema = z.object({ personId: z.string().min(1, { error: 'Select who is working' }) });
// Each form's fields have names of their own: a field's id is its name, and two forms share the page.
const protectSchema = withConfirmation(z.object({ passphrase: passphrase('your passphrase'), confirmation: z.string() }), 'passphrase', 'confirmation');
const changeSchema = withConfirmation(
  z.object({ current: z.string().min(1, { error: 'Enter your current passphrase' }), next: passphrase('a new passphrase'), nextAgain: z.string() }),
  'next',
  'nextAgain',
);
const addSchema = withConfirmation(
  z.object({
    name: textSchema('Their name', NAME_LIMIT, { required: 'Enter their name' }),
    designation: textSchema('Their designation', NAME_LIMIT, { required: 'Enter their designation, for example Consultant social worker' }),
    theirs: passphrase('their passphrase'),
    theirsAgain: z.string(),
    yours: z.string().min(1, { error: 'Enter your own passphrase, to confirm it is you adding them' }),
  }),
  'theirs',
  'theirsAgain',
);

/**
 * Goes on to where the user was heading once the change of person has reached the page's live data, so the next
 * page never sees the previous person (or nobody).
 */
function useAfterwards(currentId: string | undefined) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [awaiting, setAwaiting] = useState<string | null>(null);
  const next = params.get('next');
  useEffect(() => {
    if (awaiting && currentId === awaiting) navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
  }, [awaiting, currentId, navigate, next]);
  return setAwaiting;
}

type Report = (hasErrors: boolean) => void;

/** Tells the page whether any of a part's forms shows errors, for the "Error: " in the browser's title. */
function useReport(report: Report, ...errors: object[]) {
  const has = errors.some((e) => Object.keys(e).length > 0);
  useEffect(() => report(has), [report, has]);
}

/** A wrong passphrase is said at its field; anything else goes to the form's summary as a failure to save. */
function atField(e: unknown, set: () => void): void {
  if (!(e instanceof WrongPassphraseError)) throw e;
  set();
}

function FirstUse({ done, report }: { done: (id: string) => void; report: Report }) {
  const form = useZodForm(firstUseSchema, { name: '', designation: '', protect: 'yes', passphrase: '', confirmation: '' });
  useReport(report, form.formState.errors);
  const choice = form.watch('protect');
  const onSubmit = form.handleSubmit(async (values) => {
    const person = newPerson(newId(), values, nowInstant());
    if (values.protect === 'yes') await protect(person, values.passphrase, nowInstant());
    else await addPerson(() => person);
    await writeSettings({ currentPersonId: person.id });
    done(person.id);
  });
  return (
    <>
      <p className="govuk-body">
        Everything you record in an audit is attributed to you by your name and designation, as the Guidance for Auditors asks of every record.
      </p>
      <Form errors={form.formState.errors} submitCount={form.formState.submitCount} onSubmit={onSubmit}>
        <h2 className="govuk-heading-m">Your name and designation</h2>
        <TextInput {...bind(form, 'name')} label="Your name" />
        <TextInput {...bind(form, 'designation')} label="Your designation" hint="For example Team manager, Consultant social worker, IRO" />
        <Radios
          {...bind(form, 'protect')}
          legend="Protect this workspace with a passphrase?"
          legendSize="m"
          hint="Audits hold personal data about children. With a passphrase they are encrypted in this browser, and nobody can open them without a passphrase of someone you add."
          value={choice}
          options={[
            {
              value: 'yes',
              label: 'Yes, encrypt it with my passphrase (recommended)',
              conditional: (
                <>
                  <PasswordInput {...bind(form, 'passphrase')} label="Your passphrase" hint={PASSPHRASE_HINT} />
                  <PasswordInput {...bind(form, 'confirmation')} label="Type your passphrase again" />
                </>
              ),
            },
            {
              value: 'no',
              label: 'No, keep the audits unencrypted in this browser',
              hint: 'Anyone who can use this browser, or copy its files, can read them. You can protect the workspace later.',
            },
          ]}
        />
        <Button>Save and continue</Button>
      </Form>
    </>
  );
}

/** An unprotected workspace: switch by name, add someone, or protect it with your passphrase. */
function Unprotected({ current, people, done, report }: { current: Person; people: Person[]; done: (id: string) => void; report: Report }) {
  const add = useZodForm(newPersonSchema, { name: '', designation: '' });
  const choose = useZodForm(switchSchema, { personId: '' });
  const protectForm = useZodForm(protectSchema, { passphrase: '', confirmation: '' });
  useReport(report, add.formState.errors, choose.formState.errors, protectForm.formState.errors);
  const others = people.filter((p) => p.id !== current.id);
  const onAdd = add.handleSubmit(async (values) => {
    const person = await addPerson((now) => newPerson(newId(), values, now));
    await writeSettings({ currentPersonId: person.id });
    add.reset();
    done(person.id);
  });
  const onChoose = choose.handleSubmit(async (values) => {
    await writeSettings({ currentPersonId: values.personId });
    done(values.personId);
  });
  const onProtect = protectForm.handleSubmit(async (values) => {
    await protect(current, values.passphrase, nowInstant());
  });
  return (
    <>
      <WarningText>
        This workspace is not protected: its audits are stored unencrypted in this browser, and anyone using it can work as anyone here.
      </WarningText>
      <Form errors={protectForm.formState.errors} submitCount={protectForm.formState.submitCount} onSubmit={onProtect}>
        <h2 className="govuk-heading-m">Protect this workspace</h2>
        <p className="govuk-body">
          Every audit, action and report is encrypted with a key that only your passphrase unlocks. Others who work here need a passphrase of their own, which
          you add once it is protected.
        </p>
        <PasswordInput {...bind(protectForm, 'passphrase')} label="Your passphrase" hint={PASSPHRASE_HINT} />
        <PasswordInput {...bind(protectForm, 'confirmation')} label="Type your passphrase again" />
        <Button>Protect the workspace</Button>
      </Form>
      {others.length > 0 && (
        <Form errors={choose.formState.errors} submitCount={choose.formState.submitCount} onSubmit={onChoose}>
          <Radios
            {...bind(choose, 'personId')}
            legend="Switch to someone already set up on this device"
            legendSize="m"
            options={others.map((p) => ({ value: p.id, label: p.name, hint: p.designation }))}
          />
          <Button secondary>Switch</Button>
        </Form>
      )}
      <Form errors={add.formState.errors} submitCount={add.formState.submitCount} onSubmit={onAdd}>
        <h2 className="govuk-heading-m">Add someone new</h2>
        <TextInput {...bind(add, 'name')} label="Your name" />
        <TextInput {...bind(add, 'designation')} label="Your designation" hint="For example Team manager, Consultant social worker, IRO" />
        <Button>Add and switch</Button>
      </Form>
    </>
  );
}

/** A protected workspace, unlocked as `current`: their passphrase, the people who can unlock, and locking. */
function Protected({ current, report }: { current: Person; report: Report }) {
  const [slots, setSlots] = useState<SlotHolder[] | undefined>(undefined);
  const [removing, setRemoving] = useState<SlotHolder | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [wrong, setWrong] = useState(0);
  const change = useZodForm(changeSchema, { current: '', next: '', nextAgain: '' });
  const add = useZodForm(addSchema, { name: '', designation: '', theirs: '', theirsAgain: '', yours: '' });
  useReport(report, change.formState.errors, add.formState.errors);
  const reload = () => keySlots().then(setSlots);
  useEffect(() => {
    void reload();
  }, []);

  const onChange = change.handleSubmit(async (values) => {
    try {
      await changePassphrase(values.current, values.next, nowInstant());
    } catch (e) {
      atField(e, () => {
        change.setError('current', { message: 'Your current passphrase is not right' });
        setWrong((n) => n + 1);
      });
      return;
    }
    change.reset();
    setSaid('Your passphrase has been changed. Use the new one next time you unlock.');
  });
  const onAdd = add.handleSubmit(async (values) => {
    const person = newPerson(newId(), { name: values.name, designation: values.designation }, nowInstant());
    try {
      await addKeySlot(person, values.theirs, values.yours, nowInstant());
    } catch (e) {
      atField(e, () => {
        add.setError('yours', { message: 'Your passphrase is not right' });
        setWrong((n) => n + 1);
      });
      return;
    }
    add.reset();
    await reload();
    setSaid(`${person.name} can now unlock the workspace with their passphrase.`);
  });

  return (
    <>
      {said && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="said-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="said-title">
              Done
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{said}</p>
          </div>
        </div>
      )}
      <p className="govuk-body">
        You unlocked this workspace with your passphrase, so everything you do is recorded as yours. To let someone else work, lock it: they unlock as
        themselves.
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void lockNow()}>
        Lock so someone else can unlock
      </button>

      <h2 className="govuk-heading-m">People who can unlock this workspace</h2>
      {slots && (
        <SummaryList
          rows={slots.map((s) => ({
            key: s.name,
            value: s.designation,
            control:
              s.id === current.id ? undefined : (
                <button type="button" className="app-link-button govuk-link" onClick={() => setRemoving(s)}>
                  Remove<span className="govuk-visually-hidden"> {s.name}</span>
                </button>
              ),
          }))}
        />
      )}
      {removing && (
        <ConfirmForm
          warning={`${removing.name} will no longer be able to unlock this workspace. What they recorded stays, attributed to them.`}
          confirm={`Remove ${removing.name}`}
          onConfirm={async () => {
            await removeKeySlot(removing.id);
            setSaid(`${removing.name} can no longer unlock the workspace.`);
            setRemoving(null);
            await reload();
          }}
          onCancel={() => setRemoving(null)}
        />
      )}

      <Form errors={add.formState.errors} submitCount={add.formState.submitCount + wrong * 10_000} onSubmit={onAdd}>
        <h2 className="govuk-heading-m">Add someone who can unlock it</h2>
        <p className="govuk-body">They type their own passphrase here, with you. Nobody else needs to know it.</p>
        <TextInput {...bind(add, 'name')} label="Their name" />
        <TextInput {...bind(add, 'designation')} label="Their designation" hint="For example Consultant social worker, Head of QA" />
        <PasswordInput {...bind(add, 'theirs')} label="Their passphrase" hint={PASSPHRASE_HINT} />
        <PasswordInput {...bind(add, 'theirsAgain')} label="Their passphrase again" />
        <PasswordInput {...bind(add, 'yours')} label="Your passphrase" hint="To confirm that it is you adding them." />
        <Button>Add them</Button>
      </Form>

      <Form errors={change.formState.errors} submitCount={change.formState.submitCount + wrong * 10_000} onSubmit={onChange}>
        <h2 className="govuk-heading-m">Change your passphrase</h2>
        <PasswordInput {...bind(change, 'current')} label="Your current passphrase" />
        <PasswordInput {...bind(change, 'next')} label="Your new passphrase" hint={PASSPHRASE_HINT} />
        <PasswordInput {...bind(change, 'nextAgain')} label="Your new passphrase again" />
        <Button>Change your passphrase</Button>
      </Form>
    </>
  );
}

export function ProfilePage() {
  const people = usePeople();
  const current = useCurrentPerson();
  const protection = useProtection();
  const done = useAfterwards(current?.id);
  const [hasErrors, report] = useState(false);
  if (people === undefined || current === undefined) return null;
  return (
    <Page title={current ? 'Who is working' : 'Set up your profile'} hasErrors={hasErrors}>
      <Columns>
        {current && (
          <p className="govuk-body">
            You are working as <strong>{current.name}</strong>, {current.designation}.
          </p>
        )}
        {!current && <FirstUse done={done} report={report} />}
        {current && protection.state === 'unlocked' && <Protected current={current} report={report} />}
        {current && protection.state !== 'unlocked' && <Unprotected current={current} people={people} done={done} report={report} />}
      </Columns>
    </Page>
  );
}
