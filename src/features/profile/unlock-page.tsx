// The lock screen: a protected workspace opens locked, and locks after a period without use or when someone asks.
// Unlocking as a person is what working as them means: their passphrase opens their key slot.
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { Button, Radios, PasswordInput } from '@/ui/form';
import { Form, useZodForm, bind } from '@/ui/validated-form';
import { Progress } from '@/ui/progress';
import { keySlots, unlock } from '@/storage/protection';
import { summariesUpToDate } from '@/storage/open';
import type { SlotHolder } from '@/storage/db';
import { afterUnlocking } from '@/data/protection';
import { WrongPassphraseError } from '@/lib/crypto';

const schema = z.object({
  personId: z.string().min(1, { error: 'Select who you are' }),
  passphrase: z.string().min(1, { error: 'Enter your passphrase' }),
});

export function UnlockPage() {
  const [slots, setSlots] = useState<SlotHolder[] | null>(null);
  const [wrong, setWrong] = useState(0);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const form = useZodForm(schema, { personId: '', passphrase: '' });
  useEffect(() => {
    void keySlots().then((found) => {
      setSlots(found);
      if (found.length === 1 && found[0]) form.setValue('personId', found[0].id);
    });
  }, [form]);
  const hasErrors = Object.keys(form.formState.errors).length > 0;
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}Locked – Audit Workbench`;
  }, [hasErrors]);

  const onSubmit = form.handleSubmit(async ({ personId, passphrase }) => {
    try {
      await unlock(personId, passphrase, undefined, async () => {
        await afterUnlocking();
        await summariesUpToDate((done, total) => setProgress({ done, total }));
      });
    } catch (e) {
      if (!(e instanceof WrongPassphraseError)) throw e;
      const who = slots?.find((s) => s.id === personId)?.name ?? 'this person';
      form.setError('passphrase', { message: `The passphrase is not right for ${who}. Check it and try again` });
      form.setValue('passphrase', '');
      setWrong((n) => n + 1);
    }
  });

  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <span className="govuk-service-navigation__text">Audit Workbench</span>
            </span>
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <h1 className="govuk-heading-l">Audit Workbench is locked</h1>
              <p className="govuk-body">
                The audits in this workspace are encrypted. Unlock it as yourself with your passphrase: everything you do is recorded as yours. Anything you
                were typing when it locked was saved, and is where you left it.
              </p>
              {progress && <Progress id="unlock-progress" label="Audits summarised" done={progress.done} total={progress.total} />}
              {slots && (
                <Form errors={form.formState.errors} submitCount={form.formState.submitCount + wrong * 10_000} onSubmit={onSubmit}>
                  <Radios
                    {...bind(form, 'personId')}
                    legend="Who are you?"
                    legendSize="m"
                    options={slots.map((s) => ({ value: s.id, label: s.name, hint: s.designation }))}
                  />
                  <PasswordInput {...bind(form, 'passphrase')} label="Your passphrase" className="govuk-!-width-two-thirds" />
                  <Button>Unlock</Button>
                </Form>
              )}
            </div>
          </div>
        </main>
      </div>
    </>
  );
}
