// The action register as CSV (one action a row, every field, its reviews and history in order) and as JSON (the
// records themselves).
import { ACTION_LEVEL_LABELS, ACTION_STATUS_LABELS, isOverdue, type ActionRecord } from '@/domain/actions';
import type { IsoDate } from '@/domain/calendar/iso-date';
import { impactConfirmedBy, type FollowUp } from '@/domain/improvement';
import { toCsv } from '@/lib/csv';

/** Whether a later audit confirms an action's impact, in words, for the register, its export and the action's page. */
export function impactConfirmationText(a: ActionRecord, links: ReadonlyMap<string, FollowUp[]>): string {
  const by = impactConfirmedBy(a, links);
  if (by)
    return `Yes: the audit of ${by.laterAuditDate} follows one it came from, ${by.change === 'improved' ? 'graded better' : 'graded Good or better again'}`;
  if (a.status !== 'completed') return '';
  return a.completion?.confirmedByLaterAudit === 'yes' ? `Not yet from a linked audit (${MARKED_BY_HAND})` : 'Not yet';
}

/** What an action completed before audits were linked says of the box ticked then: kept in view, never counted. */
export const MARKED_BY_HAND = 'marked confirmed by hand before later audits were linked: link the later audit to count it';

export function actionsCsv(actions: readonly ActionRecord[], today: IsoDate, links: ReadonlyMap<string, FollowUp[]>): string {
  return toCsv(
    actions.map((a) => ({
      'Action id': a.id,
      Action: a.what,
      Level: ACTION_LEVEL_LABELS[a.level],
      Theme: a.theme,
      Owner: a.ownerName,
      "Owner's role": a.ownerRole,
      Team: a.team,
      'Practitioner (supervision)': a.practitioner,
      Due: a.due,
      Status: ACTION_STATUS_LABELS[a.status],
      Overdue: isOverdue(a, today) ? 'Yes' : 'No',
      'Case references': a.caseReferences.join('; '),
      'Audit ids': a.auditIds.join('; '),
      'Cancelled because': a.cancelledReason,
      Reviews: a.reviews.map((r) => `${r.date} ${r.by.name}: ${r.note}`).join('\n'),
      Completed: a.completion?.date ?? '',
      Evidence: a.completion?.evidence ?? '',
      Impact: a.completion?.impact ?? '',
      'Impact confirmed by a later audit': impactConfirmationText(a, links),
      Raised: a.createdAt,
      History: a.history.map((h) => `${h.at} ${h.by.name}: ${h.detail}`).join('\n'),
    })),
  );
}

export function actionsJson(actions: readonly ActionRecord[], filter: string, exportedAt: string): string {
  return JSON.stringify({ format: 'audit-workbench-actions', exportedAt, filter, actions }, null, 2);
}
