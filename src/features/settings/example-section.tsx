// The example workspace, from Settings: a few hundred made-up audits with rounds, actions and a programme, in a
// workspace of its own, so a newcomer sees every page working at once. Removed in one step; never mixed with real data.
import { useState } from 'react';
import { exampleWorkspace } from '@/domain/example-workspace';
import { inExampleWorkspace } from '@/storage/db';
import { openExampleWorkspace, removeExampleWorkspace } from '@/storage/example';
import { latestAuditTemplate, listTimescalePolicies } from '@/templates/registry';
import { nowInstant, today } from '@/lib/clock';
import { describeFailure } from '@/lib/failures';
import { paths } from '@/lib/paths';
import { NotificationBanner } from '@/ui/content';
import { Progress } from '@/ui/progress';
import { Section } from '@/ui/page';

/** Starts the app again, in whichever workspace is now chosen. */
const startAgain = () => window.location.assign(paths.home);

export function ExampleSection() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure('');
    try {
      await work();
      startAgain();
    } catch (e) {
      setFailure(describeFailure(e));
      setBusy(false);
    }
  };
  if (inExampleWorkspace()) {
    return (
      <Section id="example" title="Example workspace">
        <p className="govuk-body">You are in the example workspace. Its audits, people and actions are made up. Your own workspace is kept as it was.</p>
        {failure && (
          <NotificationBanner title="Not removed" alert>
            <p className="govuk-notification-banner__heading">{failure}</p>
          </NotificationBanner>
        )}
        <button type="button" className="govuk-button govuk-button--warning" disabled={busy} onClick={() => void run(removeExampleWorkspace)}>
          Remove the example workspace
        </button>
      </Section>
    );
  }
  return (
    <Section id="example" title="Example workspace">
      <p className="govuk-body">
        See every page working before your own audits fill it: a separate workspace of 240 made-up audits across four teams over the last year, with Part B,
        actions, escalations, a moderation round and an auditing programme. Nothing in it is real, it never mixes with your workspace, and it is removed in one
        step.
      </p>
      {failure && (
        <NotificationBanner title="Not opened" alert>
          <p className="govuk-notification-banner__heading">{failure}</p>
        </NotificationBanner>
      )}
      {busy && <Progress id="example-progress" label="Making the example workspace" done={0} total={1} />}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        disabled={busy}
        onClick={() =>
          void run(() => {
            const policy = listTimescalePolicies().find((p) => p.id === 'auditor-guidance') ?? listTimescalePolicies()[0];
            if (!policy) throw new Error('No timescale policy is available');
            return openExampleWorkspace(() => exampleWorkspace(latestAuditTemplate(), policy, today(), nowInstant()));
          })
        }
      >
        Open the example workspace
      </button>
    </Section>
  );
}
