// The action register (seed 002, "Auditing Activity" › "Findings, accountability and impact": SMART action plans at
// practice, service and strategic level that "must be regularly reviewed, and evidence impact and outcomes";
// practice-level actions go into the practitioner's supervision). Pure: today and now are arguments.
import type { Audit, HistoryEntry } from './audit';
import type { Author } from './author';
import { checkDateFields } from './calendar/date-fields';
import { addDays, addMonths, addWeeks, formatLongDate, type IsoDate } from './calendar/iso-date';
import { addWorkingDays } from './calendar/working-days';
import { unwritten, type Versioned } from './revision';

export const ACTION_LEVELS = ['practice', 'service', 'strategic'] as const;
export type ActionLevel = (typeof ACTION_LEVELS)[number];
export const ACTION_LEVEL_LABELS: Record<ActionLevel, string> = { practice: 'Practice', service: 'Service', strategic: 'Strategic' };

export const ACTION_STATUSES = ['open', 'in-progress', 'completed', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export interface ActionReview {
  date: IsoDate;
  note: string;
  by: Author;
}

export interface ActionCompletion {
  date: IsoDate;
  evidence: string;
  impact: string;
  /**
   * What a person ticked before a later audit's link to the earlier one said it (records from before; no longer
   * written or read: whether a later audit confirms the impact comes from that link, improvement.ts).
   */
  confirmedByLaterAudit?: 'yes' | 'no' | 'not-yet' | undefined;
}

/** What a person enters to raise an action outside an audit (service and strategic actions, or practice ones). */
export interface NewActionInput {
  what: string;
  level: ActionLevel;
  ownerName: string;
  ownerRole: string;
  team: string;
  /** The practitioner whose supervision a practice action belongs in. */
  practitioner: string;
  due: IsoDate;
  theme: string;
}

export interface ActionRecord extends NewActionInput, Versioned {
  createdAt: string;
  /** The audits the action comes from, with their case references for display. */
  auditIds: string[];
  caseReferences: string[];
  status: ActionStatus;
  cancelledReason: string;
  reviews: ActionReview[];
  completion: ActionCompletion | null;
  history: HistoryEntry[];
}

export function isOpen(a: Pick<ActionRecord, 'status'>): boolean {
  return a.status === 'open' || a.status === 'in-progress';
}

/** Overdue: still open on a day after it was due. */
export function isOverdue(a: Pick<ActionRecord, 'status' | 'due'>, today: IsoDate): boolean {
  return isOpen(a) && a.due < today;
}

/** Due soon: still open and due between today and `days` days from today. */
export function isDueSoon(a: Pick<ActionRecord, 'status' | 'due'>, today: IsoDate, days = 14): boolean {
  return isOpen(a) && a.due >= today && a.due <= addDays(today, days);
}

const TIMESCALE_RE = /^\s*(?:within\s+)?(\d{1,3})\s+(working\s+days?|days?|weeks?|months?)\s*$/i;

/** "within 4 weeks" from a date, as a due date; null when the words are not a timescale. */
export function dueFromTimescale(text: string, from: IsoDate): IsoDate | null {
  const m = TIMESCALE_RE.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (unit.startsWith('working')) return addWorkingDays(from, n);
  if (unit.startsWith('day')) return addDays(from, n);
  if (unit.startsWith('week')) return addWeeks(from, n);
  return addMonths(from, n);
}

/** The practice actions an audit raised, as register entries, when Part A is submitted. */
export function actionsFromAudit(audit: Audit, now: string, by: Author): ActionRecord[] {
  return audit.actions.flatMap((a) => {
    const due = checkDateFields('Due date', a.due);
    if (!due.ok) return [];
    return [
      {
        ...unwritten(a.id, now),
        what: a.what.trim(),
        level: 'practice' as const,
        ownerName: a.ownerName.trim(),
        ownerRole: a.ownerRole.trim(),
        team: audit.details.team,
        practitioner: audit.details.practitioner,
        due: due.date,
        theme: '',
        auditIds: [audit.id],
        caseReferences: [audit.details.caseReference],
        status: 'open' as const,
        cancelledReason: '',
        reviews: [],
        completion: null,
        history: [{ at: now, by, kind: 'created' as const, detail: `Raised in the audit of case ${audit.details.caseReference}` }],
      },
    ];
  });
}

/** A new action in the register; a practitioner is kept only for a practice action, whose supervision it goes into. */
export function newAction(id: string, input: NewActionInput, by: Author, now: string): ActionRecord {
  return {
    ...unwritten(id, now),
    ...input,
    practitioner: input.level === 'practice' ? input.practitioner : '',
    auditIds: [],
    caseReferences: [],
    status: 'open',
    cancelledReason: '',
    reviews: [],
    completion: null,
    history: [{ at: now, by, kind: 'created', detail: `Raised at ${ACTION_LEVEL_LABELS[input.level].toLowerCase()} level, due ${formatLongDate(input.due)}` }],
  };
}

/**
 * The register kept in step with an audit's actions when its Part A is submitted (again): given the actions the
 * audit raises now and those the register already holds from it, the records to write. New ones are added; open ones
 * take the audit's new wording, owner, due date, team and practitioner; open ones taken out of the audit are
 * cancelled with that reason; completed and cancelled ones are left as they are. Each change is in its history.
 */
export function reconcileRaisedActions(raised: readonly ActionRecord[], existing: readonly ActionRecord[], by: Author, now: string): ActionRecord[] {
  const byId = new Map(existing.map((a) => [a.id, a]));
  const out: ActionRecord[] = [];
  for (const a of raised) {
    const e = byId.get(a.id);
    if (!e) out.push(a);
    else if (
      isOpen(e) &&
      (e.what !== a.what ||
        e.ownerName !== a.ownerName ||
        e.ownerRole !== a.ownerRole ||
        e.due !== a.due ||
        e.team !== a.team ||
        e.practitioner !== a.practitioner)
    ) {
      const { what, ownerName, ownerRole, due, team, practitioner } = a;
      out.push(logged({ ...e, what, ownerName, ownerRole, due, team, practitioner }, by, now, 'Updated from the audit when Part A was submitted again'));
    }
  }
  const kept = new Set(raised.map((a) => a.id));
  for (const e of existing) {
    if (!kept.has(e.id) && isOpen(e)) out.push(cancelAction(e, 'Taken out of the audit when Part A was submitted again', by, now));
  }
  return out;
}

export type SmartWarning = 'no-owner' | 'no-date' | 'not-measurable';
export const SMART_WARNING_LABELS: Record<SmartWarning, string> = {
  'no-owner': 'No owner: say who will do it',
  'no-date': 'No due date: say by when',
  'not-measurable': 'Nothing measurable: say what will have changed, how often or how many, so that completion can be evidenced',
};

const MEASURABLE =
  /\d|%|\b(every|each|weekly|fortnightly|monthly|daily|by|within|until|all|complete|completed|record(?:ed)?|update(?:d)?|hold|held|review(?:ed)?|visit(?:ed)?|attend(?:ed)?|upload(?:ed)?|send|sent|share(?:d)?|convene(?:d)?|produce(?:d)?|start|finish)\b/i;

/** SMART check: warns when an action has no owner, no date, or nothing measurable in what is to be done. */
export function smartWarnings(a: Pick<ActionRecord, 'what' | 'ownerName' | 'due'>): SmartWarning[] {
  const out: SmartWarning[] = [];
  if (!a.ownerName.trim()) out.push('no-owner');
  if (!a.due) out.push('no-date');
  const words = a.what.trim().split(/\s+/).filter(Boolean);
  if (words.length < 4 || !MEASURABLE.test(a.what)) out.push('not-measurable');
  return out;
}

function wordSet(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9\s]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2),
  );
}

/** Jaccard similarity of the words (of three letters or more) of two texts, 0 to 1. */
export function wordingSimilarity(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / (x.size + y.size - shared);
}

/** Other open actions likely to duplicate this one: the same audit, the same owner and similar wording. */
export function likelyDuplicates(action: ActionRecord, others: readonly ActionRecord[], threshold = 0.5): ActionRecord[] {
  return others.filter(
    (o) =>
      o.id !== action.id &&
      o.status !== 'cancelled' &&
      o.auditIds.some((id) => action.auditIds.includes(id)) &&
      o.ownerName.trim().toLowerCase() === action.ownerName.trim().toLowerCase() &&
      wordingSimilarity(o.what, action.what) >= threshold,
  );
}

function logged(a: ActionRecord, by: Author, now: string, detail: string, kind: HistoryEntry['kind'] = 'edited'): ActionRecord {
  return { ...a, updatedAt: now, history: [...a.history, { at: now, by, kind, detail }] };
}

export class ActionError extends Error {}

export function setStatus(a: ActionRecord, status: 'open' | 'in-progress', by: Author, now: string): ActionRecord {
  if (!isOpen(a))
    throw new ActionError(`A ${ACTION_STATUS_LABELS[a.status].toLowerCase()} action cannot be changed to ${ACTION_STATUS_LABELS[status].toLowerCase()}`);
  if (a.status === status) return a;
  return logged({ ...a, status }, by, now, `Status changed to ${ACTION_STATUS_LABELS[status].toLowerCase()}`);
}

export function addReview(a: ActionRecord, review: ActionReview, now: string): ActionRecord {
  return logged({ ...a, reviews: [...a.reviews, review] }, review.by, now, `Reviewed: ${review.note}`);
}

export function completeAction(a: ActionRecord, completion: ActionCompletion, by: Author, now: string): ActionRecord {
  if (!isOpen(a)) throw new ActionError('Only an open action can be completed');
  if (!completion.evidence.trim() || !completion.impact.trim()) throw new ActionError('Completion needs evidence and impact');
  return logged({ ...a, status: 'completed', completion }, by, now, 'Completed with evidence of impact');
}

export function cancelAction(a: ActionRecord, reason: string, by: Author, now: string): ActionRecord {
  if (!isOpen(a)) throw new ActionError('Only an open action can be cancelled');
  if (!reason.trim()) throw new ActionError('Cancelling needs a reason');
  return logged({ ...a, status: 'cancelled', cancelledReason: reason.trim() }, by, now, `Cancelled: ${reason.trim()}`);
}
