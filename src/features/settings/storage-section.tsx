// Where the workspace is kept: whether the browser has agreed to keep it, the space it uses, and what to do if not.
import { useStorageStatus } from '@/data/storage-status';
import { Button } from '@/ui/form';
import { InsetText, WarningText } from '@/ui/content';
import { Section } from '@/ui/page';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: bytes < 10_000_000 ? 1 : 0 })} MB`;

export function StorageSection() {
  const { status, ask } = useStorageStatus();
  if (!status) return null;
  return (
    <Section id="storage" title="Where the workspace is kept">
      <p className="govuk-body">Audit Workbench keeps everything in this browser, on this device. Nothing is sent anywhere.</p>
      {status.persisted ? (
        <InsetText>The browser has agreed to keep this workspace until you delete it.</InsetText>
      ) : (
        <>
          <WarningText>
            The browser has not agreed to keep this workspace: it may clear it if the device runs short of space. Ask it to keep the workspace; if it still does
            not, bookmark Audit Workbench or install it from the browser&apos;s menu and use it often (browsers keep the data of sites people use), and back up
            the workspace regularly.
          </WarningText>
          <Button type="button" secondary onClick={() => void ask()}>
            Ask the browser to keep this workspace
          </Button>
        </>
      )}
      {status.usage !== null && status.quota !== null && (
        <p className="govuk-body" id="storage-space">
          Using {megabytes(status.usage)} of about {megabytes(status.quota)} the browser allows this site.
        </p>
      )}
    </Section>
  );
}
