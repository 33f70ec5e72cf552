// Pooling work across auditors: share audits in a pack, bring packs in, and resolve what changed on both sides.
import { Link } from 'react-router';
import { useConflicts, useLabelledSummaries } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { paths } from '@/lib/paths';
import { Columns, Page, Section } from '@/ui/page';
import { ShareSection } from './share-section';
import { ImportSection } from './import-section';

export function PoolingPage() {
  const summaries = useLabelledSummaries();
  const conflicts = useConflicts();
  const person = useCurrentPerson();
  if (!summaries || !conflicts || !person) return null;
  return (
    <Page title="Pool audits with other auditors">
      <Columns>
        <Section id="conflicts" title="Changed on both sides">
          {conflicts.length === 0 ? (
            <p className="govuk-body">Nothing to resolve: no audit or action brought in was changed here and in the pack as well.</p>
          ) : (
            <ul className="govuk-list">
              {conflicts.map((c) => (
                <li key={c.id}>
                  <Link className="govuk-link" to={paths.conflict(c.id)}>
                    {c.table === 'audits'
                      ? `Audit of case ${'details' in c.ours ? c.ours.details.caseReference : c.recordId}`
                      : `Action “${'what' in c.ours ? c.ours.what.slice(0, 60) : c.recordId}”`}
                  </Link>{' '}
                  from {c.from}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <ShareSection summaries={summaries} person={person} />
        <ImportSection />
      </Columns>
    </Page>
  );
}
