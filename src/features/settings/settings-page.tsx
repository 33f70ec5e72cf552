// The workspace's settings: which authority's timescale policy new audits follow (default: the auditor guidance), and
// backing the workspace up and restoring it.
import { useState } from 'react';
import { listTimescalePolicies } from '@/templates/registry';
import { Page, Columns } from '@/ui/page';
import { NotificationBanner } from '@/ui/content';
import { Button, Radios } from '@/ui/form';
import { Form, useZodForm, bind } from '@/ui/validated-form';
import { useSettings } from '@/data/live';
import { writeSettings } from '@/storage/write';
import { z } from 'zod';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import type { WorkspaceSettings } from '@/storage/db';
import { BackupSection } from './backup-section';
import { RestoreSection } from './restore-section';
import { StorageSection } from './storage-section';
import { ExampleSection } from './example-section';
import { LockSection } from './lock-section';
import { RetentionSection } from './retention-section';

const policies = listTimescalePolicies();
const schema = z.object({
  timescalePolicyId: z.string().refine((id) => policies.some((p) => p.id === id), { error: 'Select the timescale policy your authority follows' }),
});

export function SettingsPage() {
  const settings = useSettings();
  if (!settings) return null;
  return <SettingsForm settings={settings} />;
}

function SettingsForm({ settings }: { settings: WorkspaceSettings }) {
  const current = settings.timescalePolicyId;
  const form = useZodForm(schema, { timescalePolicyId: current });
  const [saved, setSaved] = useState(false);
  const { errors, submitCount } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    await writeSettings({ timescalePolicyId: v.timescalePolicyId });
    setSaved(true);
  });
  return (
    <Page title="Workspace settings" hasErrors={Object.keys(errors).length > 0}>
      <Columns>
        {saved && (
          <NotificationBanner title="Success" success>
            <p className="govuk-notification-banner__heading">
              New audits will follow {policies.find((p) => p.id === form.getValues('timescalePolicyId'))?.name}.
            </p>
          </NotificationBanner>
        )}
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <Radios
            {...bind(form, 'timescalePolicyId')}
            legend="Which timescales does your authority follow?"
            legendSize="m"
            hint="New audits use this policy for the timescale and visiting checks. Each audit keeps the policy it was started with."
            options={policies.map((p) => ({
              value: p.id,
              label: p.name,
              hint: `${p.authority}. Version ${p.version}: ${p.rules.length} timescales, ${p.visiting.length} visiting rules.`,
            }))}
          />
          <Button>Save settings</Button>
        </Form>
        <LockSection settings={settings} />
        <StorageSection />
        <p className="govuk-body">
          To bring several auditors’ work together,{' '}
          <Link className="govuk-link" to={paths.pooling}>
            share audits in a pack or bring packs in
          </Link>
          .
        </p>
        <BackupSection settings={settings} />
        <RestoreSection />
        <RetentionSection />
        <ExampleSection />
      </Columns>
    </Page>
  );
}
