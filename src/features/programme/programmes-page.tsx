// The annual auditing programmes (seed 002, "Annual auditing programme"), newest year first, with how far each has got.
import { Link } from 'react-router';
import { programmeProgress, programmeYearLabel } from '@/domain/programme';
import { Page } from '@/ui/page';
import { ButtonLink } from '@/ui/content';
import { SimpleTable } from '@/ui/simple-table';
import { useProgrammes, useSummaries } from '@/data/live';
import { today } from '@/lib/clock';
import { paths } from '@/lib/paths';

export function ProgrammesPage() {
  const programmes = useProgrammes();
  const summaries = useSummaries();
  if (!programmes || !summaries) return null;
  const todayIso = today();
  return (
    <Page title="Auditing programme" wide>
      <p className="govuk-body">The annual schedule of auditing activity, month by month, and the audits done against it.</p>
      <p className="govuk-body">
        <ButtonLink to={paths.newProgramme} className="govuk-!-margin-bottom-0">
          Set up a programme
        </ButtonLink>
      </p>
      {programmes.length === 0 ? (
        <p className="govuk-body">No programme has been set up yet.</p>
      ) : (
        <SimpleTable
          caption="Programmes"
          captionSize="m"
          headings={['Programme', 'Year', 'Activities', 'Audits planned', 'Audits started', 'Audits complete']}
          rows={programmes.map((p) => {
            const progress = programmeProgress(p, summaries, todayIso);
            const sum = (f: (x: (typeof progress)[number]) => number) => progress.reduce((n, x) => n + f(x), 0);
            return {
              key: p.id,
              cells: [
                <Link className="govuk-link" to={paths.programme(p.id)}>
                  {p.title}
                </Link>,
                programmeYearLabel(p.startYear),
                p.entries.length,
                sum((x) => x.entry.planned),
                sum((x) => x.started),
                sum((x) => x.completed),
              ],
            };
          })}
        />
      )}
    </Page>
  );
}
