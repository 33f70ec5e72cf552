// How soon a protected workspace locks itself when nobody is using it (default 15 minutes), kept on this device.
import { useState } from 'react';
import { z } from 'zod';
import { Button, Select } from '@/ui/form';
import { Form, useZodForm, bind } from '@/ui/validated-form';
import { Section } from '@/ui/page';
import { writeSettings } from '@/storage/write';
import type { WorkspaceSettings } from '@/storage/db';
import { useProtection } from '@/data/protection';

const PERIODS = [1, 5, 10, 15, 30, 60] as const;
const schema = z.object({ minutes: z.enum(PERIODS.map(String) as [string, ...string[]], { error: 'Select how long before the workspace locks' }) });

const label = (m: number) => (m === 1 ? '1 minute' : m === 60 ? '1 hour' : `${m} minutes`);

export function LockSection({ settings }: { settings: WorkspaceSettings }) {
  const protection = useProtection();
  const form = useZodForm(schema, { minutes: String(settings.lockAfterMinutes ?? 15) });
  const [saved, setSaved] = useState<string | null>(null);
  if (protection.state === 'unprotected') return null;
  const onSubmit = form.handleSubmit(async (v) => {
    await writeSettings({ lockAfterMinutes: Number(v.minutes) });
    setSaved(label(Number(v.minutes)));
  });
  return (
    <Section id="locking" title="Locking">
      <Form errors={form.formState.errors} submitCount={form.formState.submitCount} onSubmit={onSubmit}>
        <Select
          {...bind(form, 'minutes')}
          label="Lock the workspace when it has not been used for"
          hint="Anything being typed is saved, encrypted, before it locks, and is there after unlocking."
          options={PERIODS.map((m) => ({ value: String(m), label: label(m) }))}
        />
        {saved && (
          <p className="govuk-body" role="status">
            The workspace now locks after {saved} without use.
          </p>
        )}
        <Button secondary>Save locking</Button>
      </Form>
    </Section>
  );
}
