// A board report's figures, live while it is a draft and frozen once it is issued: the same view either way.
import { formatMonth } from '@/domain/calendar/iso-date';
import { GRADES, GRADE_LABELS, type Grade } from '@/domain/grade';
import type { FrozenFigures } from '@/domain/board-report';
import { SummaryList } from '@/ui/content';
import { SimpleTable } from '@/ui/simple-table';
import { percent } from '@/ui/agreement-figures';
import { Section } from '@/ui/page';

const share = (x: number | null) => (x === null ? 'None graded' : percent(x));

/** How grades moved from an earlier audit to the later one that follows it: the overview report's and the board report's table. */
export function GradeMoves({ moves }: { moves: readonly { from: Grade; to: Grade; count: number }[] }) {
  return (
    <SimpleTable
      caption="Grades from the earlier audit to the later one"
      headings={['Earlier audit', 'Later audit', 'Audits']}
      rows={moves.map((m) => ({ key: `${m.from}-${m.to}`, cells: [GRADE_LABELS[m.from], GRADE_LABELS[m.to], m.count] }))}
    />
  );
}

export function ReportFigures({ f }: { f: FrozenFigures }) {
  return (
    <Section id="figures" title="The figures">
      <SummaryList
        rows={[
          { key: 'Audits', value: String(f.audits) },
          { key: 'Graded Good or better', value: `${share(f.goodOrBetter)} of ${f.graded} submitted audits` },
          { key: 'Good or better after moderation', value: share(f.goodOrBetterAfterModeration) },
          {
            key: 'Part B',
            value: `${f.partB.accepted} accepted, ${f.partB.disagreed} disagreed${f.partB.disagreed && f.partB.disagreedOpen !== undefined ? ` (${f.partB.disagreedOpen} not yet resolved)` : ''}`,
          },
          { key: 'Escalations', value: `${f.escalations.raised} raised, ${f.escalations.open} still open` },
          {
            key: 'Timescales',
            value:
              f.timescales.met + f.timescales.missed
                ? `${f.timescales.met} of ${f.timescales.met + f.timescales.missed} met, in ${f.timescales.audits} audits`
                : 'None judged',
          },
          {
            key: 'Moderation',
            value: `${f.moderation.moderated} moderated: ${f.moderation.confirmed} confirmed, ${f.moderation.changed} changed${f.moderation.weightedKappa === null ? '' : `; weighted kappa ${f.moderation.weightedKappa.toFixed(2)}`}`,
          },
          {
            key: 'Actions',
            value: `${f.actions.total} in all, ${f.actions.overdue} overdue, ${f.actions.completedWithImpact} completed with impact recorded, ${f.actions.confirmedByLaterAudit} with the impact confirmed by a later audit`,
          },
          ...(f.improvement
            ? [
                {
                  key: 'Improvement over time',
                  value: f.improvement.linked
                    ? `${f.improvement.linked} submitted audits follow an earlier audit of the same case or practitioner: ${f.improvement.improved} improved, ${f.improvement.same} the same, ${f.improvement.declined} declined${f.improvement.notGraded ? `, ${f.improvement.notGraded} not graded` : ''}; ${f.improvement.confirming} confirm the earlier audit’s impact`
                    : 'No submitted audit follows an earlier one',
                },
              ]
            : []),
          { key: 'Strengths', value: f.strengths.join('; ') || 'None stands out' },
          { key: 'Areas to develop', value: f.development.join('; ') || 'None stands out' },
        ]}
      />
      <SimpleTable
        caption="Overall judgements"
        headings={['Grade', 'Auditor', 'After moderation']}
        rows={GRADES.map((g) => ({ key: g, cells: [GRADE_LABELS[g], f.overall[g], f.afterModeration[g]] }))}
      />
      {f.byMonth.length > 0 && (
        <SimpleTable
          caption="Month by month"
          headings={['Month', 'Audits', ...GRADES.map((g) => GRADE_LABELS[g])]}
          rows={f.byMonth.map((m) => ({ key: m.month, cells: [formatMonth(m.month), m.audits, ...GRADES.map((g) => m.overall[g])] }))}
        />
      )}
      <SimpleTable
        caption="Areas of practice: judged well (Good or better, or met)"
        headings={['Area', 'Judged well', 'Audits judging it']}
        rows={f.areas.map((a) => ({ key: a.title, cells: [a.title, a.wellJudged === null ? 'Not judged' : percent(a.wellJudged), a.judged] }))}
      />
      {f.moderation.changes.length > 0 && (
        <SimpleTable
          caption="Grades the panel changed"
          headings={['Audit', 'Auditor’s grade', 'Moderated grade']}
          rows={f.moderation.changes.map((c, i) => ({ key: String(i), cells: [c.audit, GRADE_LABELS[c.from], GRADE_LABELS[c.to]] }))}
        />
      )}
      {f.improvement && f.improvement.moves.length > 0 && <GradeMoves moves={f.improvement.moves} />}
      {f.learning.length > 0 && (
        <SimpleTable
          caption="Learning recorded by the moderation panel"
          headings={['Audit', 'Strengths', 'For the individual', 'For the team', 'For the organisation', 'Follow-up']}
          rows={f.learning.map((l, i) => ({ key: String(i), cells: [l.audit, l.strengths, l.individual, l.team, l.organisation, l.followUp] }))}
        />
      )}
    </Section>
  );
}
