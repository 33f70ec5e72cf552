// Which audits a list, a moderation round or a report is about: a period of audit dates and, when chosen, one
// activity, team and programme.
import { formatLongDate, type IsoDate } from './calendar/iso-date';
import { AUDIT_ACTIVITIES, AUDIT_ACTIVITY_LABELS, type AuditActivity } from './template';

/** A period of audit dates and, when not '', one activity, team and programme. */
export interface AuditFilter {
  from: IsoDate;
  to: IsoDate;
  activity: string;
  team: string;
  programmeId: string;
  /** One activity of the programme (a thematic audit's Brief Overview report); absent or '' for any. */
  programmeEntryId?: string | undefined;
}

export function matchesAuditFilter(
  s: { auditDate: IsoDate; activity: string; team: string; programmeId: string; programmeEntryId?: string | undefined },
  f: AuditFilter,
): boolean {
  return (
    s.auditDate >= f.from &&
    s.auditDate <= f.to &&
    (!f.activity || s.activity === f.activity) &&
    (!f.team || s.team === f.team) &&
    (!f.programmeId || s.programmeId === f.programmeId) &&
    (!f.programmeEntryId || s.programmeEntryId === f.programmeEntryId)
  );
}

/** "1 April 2026 to 31 March 2027, Auditing programme 2026 to 2027, Thematic audit, Pod 3": what a filter covers. */
export function describeAuditFilter(f: AuditFilter, programmeTitle: string): string {
  const activity = (AUDIT_ACTIVITIES as readonly string[]).includes(f.activity) ? AUDIT_ACTIVITY_LABELS[f.activity as AuditActivity] : f.activity;
  return [`${formatLongDate(f.from)} to ${formatLongDate(f.to)}`, programmeTitle, activity, f.team].filter(Boolean).join(', ');
}
