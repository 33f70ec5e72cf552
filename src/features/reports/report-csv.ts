// The overview report's figures as CSV, one measure a row, for the board pack or a spreadsheet.
import { toCsv } from '@/lib/csv';
import { COMPLIANCE_JUDGEMENTS, COMPLIANCE_LABELS, GRADES, GRADE_LABELS } from '@/domain/grade';
import { ACTION_LEVELS, ACTION_LEVEL_LABELS, ACTION_STATUSES, ACTION_STATUS_LABELS } from '@/domain/actions';
import type { ActionFigures, OverviewReport } from '@/domain/reports';

export function overviewCsv(r: OverviewReport, actions: ActionFigures, period: string): string {
  const rows: { Section: string; Measure: string; Value: string | number }[] = [];
  const add = (Section: string, Measure: string, Value: string | number) => rows.push({ Section, Measure, Value });
  add('Report', 'Audits', period);
  add('Audits', 'In the period', r.audits);
  add('Audits', 'Draft', r.byStatus.draft);
  add('Audits', 'With the CSW', r.byStatus['with-csw']);
  add('Audits', 'Complete', r.byStatus.complete);
  for (const g of GRADES) add('Overall judgement (auditor)', GRADE_LABELS[g], r.overall[g]);
  for (const g of GRADES) add('Overall judgement (after moderation)', GRADE_LABELS[g], r.afterModeration[g]);
  for (const a of r.areas) {
    for (const g of GRADES) add(`Area: ${a.title}`, GRADE_LABELS[g], a.grades[g]);
    for (const c of COMPLIANCE_JUDGEMENTS) add(`Area: ${a.title}`, COMPLIANCE_LABELS[c], a.compliance[c]);
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
  add('Escalations', 'Raised', r.escalations.raised);
  add('Escalations', 'Still open', r.escalations.open);
  for (const l of ACTION_LEVELS) for (const s of ACTION_STATUSES) add(`Actions: ${ACTION_LEVEL_LABELS[l]}`, ACTION_STATUS_LABELS[s], actions.byLevel[l][s]);
  add('Actions', 'Overdue', actions.overdue);
  add('Actions', 'Completed with impact recorded', actions.completedWithImpact);
  add('Actions', 'Impact confirmed by a later audit', actions.confirmedByLaterAudit);
  for (const t of actions.themes) add('Action themes', t.theme, t.count);
  return toCsv(rows);
}
