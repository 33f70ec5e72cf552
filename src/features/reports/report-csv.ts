// The overview report as CSV, one measure a row, for the board pack or a spreadsheet, and as JSON for another system:
// everything the page shows, the panel's changed grades and learning included.
import { toCsv } from '@/lib/csv';
import { COMPLIANCE_JUDGEMENTS, COMPLIANCE_LABELS, GRADES, GRADE_LABELS } from '@/domain/grade';
import { ACTION_LEVELS, ACTION_LEVEL_LABELS, ACTION_STATUSES, ACTION_STATUS_LABELS } from '@/domain/actions';
import { goodOrBetter, type ActionFigures, type LearningRow, type OverviewReport } from '@/domain/reports';
import type { AuditFilter } from '@/domain/audit-filter';
import type { ImprovementFigures } from '@/domain/improvement';

const percentOf = (x: number | null) => (x === null ? 'None graded' : `${Math.round(x * 100)}%`);

/** `caseReferences` names the audits the panel changed the grade of (by audit id), as the page shows them. */
export function overviewCsv(
  r: OverviewReport,
  actions: ActionFigures,
  improvement: ImprovementFigures,
  period: string,
  learning: readonly LearningRow[],
  caseReferences: ReadonlyMap<string, string>,
): string {
  const rows: { Section: string; Measure: string; Value: string | number }[] = [];
  const add = (Section: string, Measure: string, Value: string | number) => rows.push({ Section, Measure, Value });
  add('Report', 'Audits', period);
  add('Audits', 'In the period', r.audits);
  add('Audits', 'Draft', r.byStatus.draft);
  add('Audits', 'With the CSW', r.byStatus['with-csw']);
  add('Audits', 'Complete', r.byStatus.complete);
  for (const g of GRADES) add('Overall judgement (auditor)', GRADE_LABELS[g], r.overall[g]);
  for (const g of GRADES) add('Overall judgement (after moderation)', GRADE_LABELS[g], r.afterModeration[g]);
  add('Overall judgement', 'Submitted audits graded', r.graded);
  add('Overall judgement', 'Graded Good or better', percentOf(goodOrBetter(r.overall)));
  add('Overall judgement', 'Good or better after moderation', percentOf(goodOrBetter(r.afterModeration)));
  add('Part B', 'Accepted by the CSW', r.partB.accepted);
  add('Part B', 'Disagreed by the CSW', r.partB.disagreed);
  add('Part B', 'Disagreements not yet resolved', r.partB.disagreedOpen);
  for (const m of r.byMonth) {
    add(`Month ${m.month}`, 'Audits', m.audits);
    for (const g of GRADES) add(`Month ${m.month}`, GRADE_LABELS[g], m.grades[g]);
  }
  for (const a of r.strengths) add('Strengths', a.title, `${percentOf(a.wellJudged)} judged Good or better, or met`);
  for (const a of r.development)
    add('Areas to develop', a.title, `${percentOf(a.wellJudged === null ? null : 1 - a.wellJudged)} judged Requires Improvement or worse, or not fully met`);
  for (const a of r.areas) {
    for (const g of GRADES) add(`Area: ${a.title}`, GRADE_LABELS[g], a.grades[g]);
    for (const c of COMPLIANCE_JUDGEMENTS) add(`Area: ${a.title}`, COMPLIANCE_LABELS[c], a.compliance[c]);
    add(`Area: ${a.title}`, 'Judged well (Good or better, or met)', a.wellJudged === null ? 'Not judged' : percentOf(a.wellJudged));
  }
  add('Timescales', 'Audits with timescales judged', r.timescales.audits);
  add('Timescales', 'Timescales met', r.timescales.met);
  add('Timescales', 'Timescales missed or overdue', r.timescales.missed);
  add('Timescales', 'Audits with every timescale met', r.timescales.auditsAllMet);
  add('Moderation', 'Moderated audits', r.moderation.agreement.n);
  add('Moderation', 'Grade confirmed', r.moderation.confirmed);
  add('Moderation', 'Grade changed', r.moderation.changed);
  add('Moderation', 'Upgraded', r.moderation.agreement.upgraded);
  add('Moderation', 'Downgraded', r.moderation.agreement.downgraded);
  add(
    'Moderation',
    'Weighted kappa (quadratic)',
    r.moderation.agreement.weightedKappa === null ? 'Not defined' : r.moderation.agreement.weightedKappa.toFixed(2),
  );
  for (const c of r.moderation.changes) add('Grades the panel changed', caseReferences.get(c.id) ?? c.id, `${GRADE_LABELS[c.from]} to ${GRADE_LABELS[c.to]}`);
  for (const l of learning) {
    const at = `Panel learning: ${l.caseReference} (${l.team})`;
    add(at, 'Strengths', l.strengths);
    add(at, 'Learning for the individual', l.learningIndividual);
    add(at, 'Learning for the team', l.learningTeam);
    add(at, 'Learning for the organisation', l.learningOrganisation);
    add(at, 'Follow-up', l.followUp);
  }
  add('Escalations', 'Raised', r.escalations.raised);
  add('Escalations', 'Still open', r.escalations.open);
  for (const l of ACTION_LEVELS) for (const s of ACTION_STATUSES) add(`Actions: ${ACTION_LEVEL_LABELS[l]}`, ACTION_STATUS_LABELS[s], actions.byLevel[l][s]);
  add('Actions', 'Overdue', actions.overdue);
  add('Actions', 'Completed with impact recorded', actions.completedWithImpact);
  add('Actions', 'Impact confirmed by a later audit', actions.confirmedByLaterAudit);
  for (const t of actions.themes) add('Action themes', t.theme, t.count);
  add('Improvement over time', 'Submitted audits that follow an earlier audit', improvement.linked);
  add('Improvement over time', 'Grade improved', improvement.improved);
  add('Improvement over time', 'Grade the same', improvement.same);
  add('Improvement over time', 'Grade declined', improvement.declined);
  add('Improvement over time', 'Not graded yet', improvement.notGraded);
  add('Improvement over time', 'Confirming the earlier audit’s impact', improvement.confirming);
  for (const m of improvement.moves) add('Improvement over time', `${GRADE_LABELS[m.from]} to ${GRADE_LABELS[m.to]}`, m.count);
  return toCsv(rows);
}

/** The report as JSON: its filter, every figure the page shows, the actions that follow, and the panel's learning. */
export function overviewJson(
  r: OverviewReport,
  actions: ActionFigures,
  improvement: ImprovementFigures,
  period: string,
  filter: AuditFilter,
  learning: readonly LearningRow[],
  caseReferences: ReadonlyMap<string, string>,
  exportedAt: string,
): string {
  const { auditIds, ...figures } = r;
  return JSON.stringify(
    {
      format: 'audit-workbench-overview-report',
      exportedAt,
      period,
      filter,
      ...figures,
      auditIds: [...auditIds],
      goodOrBetter: goodOrBetter(r.overall),
      goodOrBetterAfterModeration: goodOrBetter(r.afterModeration),
      moderation: { ...r.moderation, changes: r.moderation.changes.map((c) => ({ ...c, caseReference: caseReferences.get(c.id) ?? '' })) },
      actions,
      improvement,
      learning,
    },
    null,
    2,
  );
}
