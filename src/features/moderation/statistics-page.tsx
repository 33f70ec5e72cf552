// Grading consistency over any set of moderated audits: exact agreement, agreement within one grade, upgraded and
// downgraded, the 4×4 table of auditor against moderated grade, and Cohen's kappa with quadratic weights; per
// auditor, per team and over time.
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { agreementByGroup, gradeAgreement } from '@/domain/agreement';
import type { Grade } from '@/domain/grade';
import { quarterOf } from '@/domain/moderation';
import type { LabelledSummary } from '@/domain/summary';
import { Page } from '@/ui/page';
import { BackLink } from '@/ui/content';
import { AgreementFigures, AgreementMatrix, kappaText, percent } from '@/ui/agreement-figures';
import { ChartFigure } from '@/ui/chart-figure';
import { FilterSelect } from '@/ui/filter-select';
import { SimpleTable } from '@/ui/simple-table';
import { useLabelledSummaries, useRounds } from '@/data/live';
import { paths } from '@/lib/paths';

const GROUPINGS = { auditor: 'Auditor', team: 'Team', quarter: 'Quarter (date of audit)' } as const;
type Grouping = keyof typeof GROUPINGS;

function groupOf(s: LabelledSummary, by: Grouping): string {
  return by === 'auditor' ? s.auditor : by === 'team' ? s.team : quarterOf(s.auditDate);
}

/** Moderated audits, paired as the panel saw them: the auditor's grade at the review against the moderated grade. */
export function moderatedPairs(summaries: readonly LabelledSummary[], roundId: string) {
  return summaries.filter(
    (s): s is LabelledSummary & { moderationAuditorGrade: Grade; moderatedGrade: Grade } =>
      s.moderationAuditorGrade !== 'none' && s.moderatedGrade !== 'none' && (!roundId || s.moderationRoundId === roundId),
  );
}

export function StatisticsPage() {
  const summaries = useLabelledSummaries();
  const rounds = useRounds();
  const [roundId, setRoundId] = useState('');
  const [by, setBy] = useState<Grouping>('auditor');
  if (!summaries || !rounds) return null;
  const moderated = moderatedPairs(summaries, roundId);
  const overall = gradeAgreement(moderated.map((s) => ({ auditor: s.moderationAuditorGrade, moderated: s.moderatedGrade })));
  const groups = agreementByGroup(moderated.map((s) => ({ group: groupOf(s, by), auditor: s.moderationAuditorGrade, moderated: s.moderatedGrade })));
  const chartData = groups.map((g) => ({ group: g.group, exact: Math.round(g.agreement.exact * 100) }));

  return (
    <Page title="Grading consistency" back={<BackLink to={paths.rounds}>Moderation</BackLink>} wide>
      <div className="app-filters">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <FilterSelect
              id="stats-round"
              label="Moderation round"
              value={roundId}
              onChange={setRoundId}
              all="Every round"
              options={rounds.map((r) => ({ value: r.id, label: r.title }))}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <FilterSelect
              id="stats-by"
              label="Break down by"
              value={by}
              onChange={(v) => setBy(v as Grouping)}
              all={null}
              options={Object.entries(GROUPINGS).map(([value, label]) => ({ value, label }))}
            />
          </div>
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">All moderated audits{roundId ? ' in this round' : ''}</h2>
          <AgreementFigures a={overall} />
        </div>
        <div className="govuk-grid-column-one-half">
          <AgreementMatrix a={overall} caption="Auditor’s grade (rows) against the moderated grade (columns)" />
        </div>
      </div>
      <ChartFigure
        caption={`Same grade, per cent, by ${GROUPINGS[by].toLowerCase()}`}
        chart={
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={chartData} accessibilityLayer={false}>
              <CartesianGrid vertical={false} />
              <XAxis dataKey="group" />
              <YAxis domain={[0, 100]} unit="%" />
              <Bar dataKey="exact" fill="#1d70b8" name="Same grade" />
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <SimpleTable
            caption={`By ${GROUPINGS[by].toLowerCase()}`}
            headings={[GROUPINGS[by], 'Moderated', 'Same grade', 'Within one', 'Upgraded', 'Downgraded', 'Weighted kappa']}
            rows={groups.map((g) => ({
              key: g.group,
              cells: [
                g.group,
                g.agreement.n,
                percent(g.agreement.exact),
                percent(g.agreement.withinOne),
                g.agreement.upgraded,
                g.agreement.downgraded,
                kappaText(g.agreement.weightedKappa),
              ],
            }))}
          />
        }
      />
    </Page>
  );
}
