import { Link } from 'react-router';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { panelProblems } from '@/domain/moderation';
import { Page } from '@/ui/page';
import { SimpleTable } from '@/ui/simple-table';
import { ButtonLink, Tag } from '@/ui/content';
import { useRounds, useSummaries } from '@/data/live';
import { paths } from '@/lib/paths';

/** Moderation rounds: each a sample of completed audits for the panel (seed 002, "Moderation"). */
export function RoundsPage() {
  const rounds = useRounds();
  const summaries = useSummaries();
  if (!rounds || !summaries) return null;
  const moderated = (roundId: string) => summaries.filter((s) => s.moderationRoundId === roundId).length;
  return (
    <Page title="Moderation" wide>
      <p className="govuk-body">
        <ButtonLink to={paths.newRound} className="govuk-!-margin-bottom-0 govuk-!-margin-right-2">
          Start a moderation round
        </ButtonLink>
        <Link className="govuk-link" to={paths.statistics}>
          Grading consistency
        </Link>
      </p>
      {rounds.length === 0 ? (
        <p className="govuk-body">No moderation rounds yet.</p>
      ) : (
        <SimpleTable
          caption="Moderation rounds"
          captionSize="m"
          headings={['Round', 'Period', 'Sampled', 'Reviewed', 'Panel']}
          rows={rounds.map((r) => ({
            key: r.id,
            cells: [
              <Link className="govuk-link" to={paths.round(r.id)}>
                {r.title}
              </Link>,
              `${formatLongDate(r.periodFrom)} to ${formatLongDate(r.periodTo)}`,
              `${r.sample.length} of ${r.population.length}`,
              `${moderated(r.id)} of ${r.sample.length}`,
              panelProblems(r.panel).length ? <Tag colour="yellow">Incomplete</Tag> : <Tag colour="green">Complete</Tag>,
            ],
          }))}
        />
      )}
    </Page>
  );
}
