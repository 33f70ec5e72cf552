// The action register as CSV (one action a row, every field, its reviews and history in order) and as JSON (the
// records themselves).
import { ACTION_LEVEL_LABELS, ACTION_STATUS_LABELS, isOverdue, type ActionRecord } from '@/domain/actions';
import type { IsoDate } from '@/domain/calendar/iso-date';
import { toCsv } from '@/lib/csv';

const CONFIRMED = { yes: 'Yes', no: 'No', 'not-yet': 'Not yet' } as const;

export function actionsCsv(actions: readonly ActionRecord[], today: IsoDate): string {
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
      'Impact confirmed by a later audit': a.completion ? CONFIRMED[a.completion.confirmedByLaterAudit] : '',
      Raised: a.createdAt,
      History: a.history.map((h) => `${h.at} ${h.by.name}: ${h.detail}`).join('\n'),
    })),
  );
}

export function actionsJson(actions: readonly ActionRecord[], filter: string, exportedAt: string): string {
  return JSON.stringify({ format: 'audit-workbench-actions', exportedAt, filter, actions }, null, 2);
}
