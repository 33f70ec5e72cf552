// Timescale policies and their evaluation against a case's key dates. Rules are data (templates/timescales), one
// file per source, because authorities differ: compare seed 003 "Timescales", Camden (seeds 000 and 004) and
// Wokingham (seed 001). Every result shows its working: the date it runs from, the due date, the actual date.
import {
  addDays,
  addMonths,
  addWeeks,
  datePart,
  daysBetween,
  fromMinuteNumber,
  isIsoDate,
  isIsoDateTime,
  toMinuteNumber,
  type IsoDate,
} from './calendar/iso-date';
import { addWorkingDays, BANK_HOLIDAY_FIRST_YEAR, workingDaysBetween } from './calendar/working-days';
import type { AgeBand, CaseType } from './template';
import { AUDIT_DATE_EVENT, type LimitUnit, type Limit, type EventRef, type TimescaleRule, type TimescalePolicy, type CaseDates } from './policy';

export const UNIT_LABELS: Record<LimitUnit, [string, string]> = {
  hours: ['hour', 'hours'],
  'working-days': ['working day', 'working days'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
};

export function formatAmount(amount: number, unit: LimitUnit): string {
  const [one, many] = UNIT_LABELS[unit];
  return `${amount} ${amount === 1 ? one : many}`;
}

export function formatLimit(limit: Limit): string {
  return formatAmount(limit.amount, limit.unit);
}

/** The date (or, for hours, the date and time) by which something `limit` after `from` is due. */
export function addLimit(from: string, limit: Limit): string {
  switch (limit.unit) {
    case 'hours':
      return fromMinuteNumber(toMinuteNumber(from) + limit.amount * 60);
    case 'working-days':
      return addWorkingDays(datePart(from), limit.amount);
    case 'days':
      return addDays(datePart(from), limit.amount);
    case 'weeks':
      return addWeeks(datePart(from), limit.amount);
    case 'months':
      return addMonths(datePart(from), limit.amount);
  }
}

/** The latest date (or, for hours, date and time) that is at least `limit` before `to`. */
export function subtractLimit(to: string, limit: Limit): string {
  switch (limit.unit) {
    case 'hours':
      return fromMinuteNumber(toMinuteNumber(to) - limit.amount * 60);
    case 'working-days':
      return addWorkingDays(datePart(to), -limit.amount);
    case 'days':
      return addDays(datePart(to), -limit.amount);
    case 'weeks':
      return addWeeks(datePart(to), -limit.amount);
    case 'months':
      return addMonths(datePart(to), -limit.amount);
  }
}

/** How late `actual` is against `due`, in the rule's unit: hours, working days, or calendar days for days, weeks and months. */
export function lateness(due: string, actual: string, unit: LimitUnit): { amount: number; unit: LimitUnit } {
  if (unit === 'hours') return { amount: Math.ceil((toMinuteNumber(actual) - toMinuteNumber(due)) / 60), unit };
  if (unit === 'working-days') return { amount: workingDaysBetween(datePart(due), datePart(actual)), unit };
  return { amount: daysBetween(datePart(due), datePart(actual)), unit: 'days' };
}

function isLate(due: string, actual: string, unit: LimitUnit): boolean {
  return unit === 'hours' ? toMinuteNumber(actual) > toMinuteNumber(due) : datePart(actual) > datePart(due);
}

export type RuleStatus = 'met' | 'missed' | 'overdue' | 'over-target' | 'not-yet-due' | 'not-applicable' | 'needs-time';

export interface RuleResult {
  ruleId: string;
  label: string;
  limit: Limit;
  /** Which pair of a recurring rule this is: 1 for the first. */
  occurrence: number;
  status: RuleStatus;
  from?: string | undefined;
  due?: string | undefined;
  actual?: string | undefined;
  /** For missed (held late) and overdue (not held, past due): how late, in the rule's unit. */
  late?: { amount: number; unit: LimitUnit } | undefined;
  reason?: string | undefined;
  /** The auditor's reason the rule is not required for this case, when they marked it so. */
  notRequired?: string | undefined;
  /** For a rule that something happens before an event: the date of that event. */
  before?: string | undefined;
}

/** An event's dates as entered, blank entries left out. */
export function eventDates(dates: CaseDates, event: string): readonly string[] {
  return (dates[event] ?? []).filter((d) => d.trim() !== '');
}

function occurrenceOf(dates: CaseDates, ref: EventRef): string | undefined {
  return eventDates(dates, ref.event)[ref.occurrence - 1];
}

/** Judges one pair of dates; a date that cannot be counted (checkCaseDates says why) makes it not applicable. */
function judgeSafely(rule: TimescaleRule, occurrence: number, from: string, actual: string | undefined, today: IsoDate): RuleResult {
  try {
    if (actual !== undefined && datePart(actual) < datePart(from))
      return result(rule, occurrence, 'not-applicable', { from, actual, reason: 'The dates are in the wrong order.' });
    return judge(rule, occurrence, from, actual, today);
  } catch (e) {
    if (e instanceof RangeError) return result(rule, occurrence, 'not-applicable', { from, actual, reason: e.message });
    throw e;
  }
}

function result(rule: TimescaleRule, occurrence: number, status: RuleStatus, fields: Partial<RuleResult> = {}): RuleResult {
  return {
    ruleId: rule.id,
    label: rule.label,
    limit: rule.limit,
    occurrence,
    status,
    from: fields.from,
    due: fields.due,
    actual: fields.actual,
    late: fields.late,
    reason: fields.reason,
    notRequired: fields.notRequired,
    before: fields.before,
  };
}

function judge(rule: TimescaleRule, occurrence: number, from: string, actual: string | undefined, today: IsoDate): RuleResult {
  const r = judgeLimit(rule, occurrence, from, actual, today);
  // A target (seed 001: "It is expected that the majority of assessments will be completed within 25 days") is not a
  // limit for the one case: over it is shown as such, and counted neither met nor missed.
  if (rule.kind === 'target' && (r.status === 'missed' || r.status === 'overdue')) return { ...r, status: 'over-target' };
  return r;
}

function judgeLimit(rule: TimescaleRule, occurrence: number, from: string, actual: string | undefined, today: IsoDate): RuleResult {
  const unit = rule.limit.unit;
  if (unit === 'hours' && (!isIsoDateTime(from) || (actual !== undefined && !isIsoDateTime(actual)))) {
    return result(rule, occurrence, 'needs-time', { from, actual, reason: 'A timescale in hours needs the time of day as well as the date.' });
  }
  const due = addLimit(from, rule.limit);
  if (actual !== undefined) {
    if (isLate(due, actual, unit)) return result(rule, occurrence, 'missed', { from, due, actual, late: lateness(due, actual, unit) });
    return result(rule, occurrence, 'met', { from, due, actual });
  }
  if (datePart(due) < today) return result(rule, occurrence, 'overdue', { from, due, late: lateness(due, unit === 'hours' ? `${today}T23:59` : today, unit) });
  return result(rule, occurrence, 'not-yet-due', { from, due });
}

/**
 * Judges a rule that something happens at least its limit before an event (`event`, already held): met when it
 * happened by the latest date, missed when later, and overdue when it is not recorded as having happened at all.
 */
function judgeBefore(rule: TimescaleRule, occurrence: number, event: string, actual: string | undefined): RuleResult {
  try {
    const due = subtractLimit(event, rule.limit);
    const unit = rule.limit.unit;
    const r =
      actual === undefined
        ? result(rule, occurrence, 'overdue', { due, before: event })
        : isLate(due, actual, unit)
          ? result(rule, occurrence, 'missed', { due, actual, before: event, late: lateness(due, actual, unit) })
          : result(rule, occurrence, 'met', { due, actual, before: event });
    return rule.kind === 'target' && (r.status === 'missed' || r.status === 'overdue') ? { ...r, status: 'over-target' } : r;
  } catch (e) {
    if (e instanceof RangeError) return result(rule, occurrence, 'not-applicable', { before: event, actual, reason: e.message });
    throw e;
  }
}

/** For a rule applied afresh after every occurrence of an event: each occurrence, and the first `to` after it and before the next. */
function eachPair(starts: readonly string[], ends: readonly string[]): { start: string; end: string | undefined }[] {
  return starts.map((start, k) => {
    const next = starts[k + 1];
    const end = ends.find((d) => datePart(d) >= datePart(start) && (next === undefined || datePart(d) < datePart(next)));
    return { start, end };
  });
}

/**
 * For a rule that something happens before every occurrence of an event: the n-th occurrence as entered, and the n-th
 * `from` as entered (the report for review conference 2 is entered as report 2). By position, not by date: a report
 * written after its conference is a late report for that conference, not an early one for the next.
 */
function beforeEachPair(dates: CaseDates, rule: TimescaleRule): { n: number; event: string; before: string | undefined }[] {
  const events = dates[rule.to.event] ?? [];
  const befores = dates[rule.from.event] ?? [];
  const out: { n: number; event: string; before: string | undefined }[] = [];
  for (let k = rule.to.occurrence - 1; k < events.length; k += 1) {
    const event = events[k]?.trim();
    if (!event) continue;
    const before = befores[k - rule.to.occurrence + rule.from.occurrence]?.trim();
    out.push({ n: k - rule.to.occurrence + 2, event, before: before || undefined });
  }
  return out;
}

/** Evaluates one rule for one case, as at `today` (the audit date). A recurring rule gives one result per pair. */
export function evaluateRule(rule: TimescaleRule, caseType: CaseType, dates: CaseDates, today: IsoDate, ageBand: AgeBand | '' = ''): RuleResult[] {
  if (!rule.caseTypes.includes(caseType)) return [result(rule, 1, 'not-applicable', { reason: 'Does not apply to this case type.' })];
  if (rule.ages && !ageBand) return [result(rule, 1, 'not-applicable', { reason: AGE_NOT_RECORDED })];
  if (rule.ages && ageBand && !rule.ages.includes(ageBand)) return [result(rule, 1, 'not-applicable', { reason: 'Does not apply at the child’s age.' })];
  const notEntered = [result(rule, 1, 'not-applicable', { reason: 'The date it runs from is not entered.' })];
  if (rule.timing === 'before') {
    if (!rule.each) {
      const event = occurrenceOf(dates, rule.to);
      return event === undefined ? notEntered : [judgeBefore(rule, 1, event, occurrenceOf(dates, rule.from))];
    }
    const pairs = beforeEachPair(dates, rule);
    return pairs.length ? pairs.map((p) => judgeBefore(rule, p.n, p.event, p.before)) : notEntered;
  }
  if (rule.each) {
    const pairs = eachPair(eventDates(dates, rule.from.event).slice(rule.from.occurrence - 1), eventDates(dates, rule.to.event));
    return pairs.length ? pairs.map((p, k) => judgeSafely(rule, k + 1, p.start, p.end, today)) : notEntered;
  }
  if (!rule.recurs) {
    const from = occurrenceOf(dates, rule.from);
    if (from === undefined) return notEntered;
    return [judgeSafely(rule, 1, from, occurrenceOf(dates, rule.to), today)];
  }
  const series = eventDates(dates, rule.from.event);
  const out: RuleResult[] = [];
  for (let k = rule.from.occurrence - 1; k < series.length; k += 1) {
    const from = series[k];
    if (from === undefined) break;
    out.push(judgeSafely(rule, out.length + 1, from, series[k + 1], today));
  }
  return out.length ? out : notEntered;
}

/**
 * Every rule of the policy for one case, as at `today`. A rule the auditor marked not required for this case, with a
 * reason (`notRequired`, by rule id), is not applicable, everywhere its results are counted: seed 003, "Timescales",
 * holds a strategy discussion "(where appropriate)", and not every case needs every meeting.
 */
export function evaluatePolicy(
  policy: TimescalePolicy,
  caseType: CaseType,
  dates: CaseDates,
  today: IsoDate,
  notRequired: Readonly<Record<string, string>> = {},
  ageBand: AgeBand | '' = '',
): RuleResult[] {
  const withAuditDate = policy.rules.some((r) => r.to.event === AUDIT_DATE_EVENT) ? { ...dates, [AUDIT_DATE_EVENT]: [today] } : dates;
  return policy.rules.flatMap((rule) => {
    const why = notRequired[rule.id]?.trim();
    if (why && rule.caseTypes.includes(caseType)) return [result(rule, 1, 'not-applicable', { reason: 'Not required for this case.', notRequired: why })];
    return evaluateRule(rule, caseType, withAuditDate, today, ageBand);
  });
}

/** Why a rule for some ages only is not checked: the audit does not record the child's age. */
export const AGE_NOT_RECORDED = 'The child’s age is not recorded: give it in the audit details to check this.';

/** An audit's timescales under a policy: its case type, key dates, the rules marked not required, as at its date. */
export function timescalesOf(
  policy: TimescalePolicy,
  audit: {
    details: { caseType: CaseType; auditDate: IsoDate; ageBand?: AgeBand | '' | undefined };
    caseDates: CaseDates;
    notRequired?: Readonly<Record<string, string>> | undefined;
  },
): RuleResult[] {
  return evaluatePolicy(policy, audit.details.caseType, audit.caseDates, audit.details.auditDate, audit.notRequired ?? {}, audit.details.ageBand ?? '');
}

export interface DateProblem {
  event: string;
  index: number;
  message: string;
}

/**
 * Checks the key dates before anything is computed from them: real dates, not after today, in order within an event,
 * and, for each timescale, not before the date it runs from. Blank entries are skipped; `index` is the position as
 * entered, blanks included, so a message lands on its own field.
 */
// The same dates are checked by several sections and the summary of one audit: each check is kept for the dates
// object it was made on (an audit's dates are replaced, never changed in place), so it is made once.
const checked = new WeakMap<CaseDates, Map<string, readonly DateProblem[]>>();

/** The problems with a case's key dates under a policy, as at `today`; the same answer for the same dates, made once. */
export function checkCaseDates(policy: TimescalePolicy, dates: CaseDates, today: IsoDate): DateProblem[] {
  const key = `${policy.id}@${policy.version}|${today}`;
  const byPolicy = checked.get(dates) ?? new Map<string, readonly DateProblem[]>();
  checked.set(dates, byPolicy);
  const found = byPolicy.get(key) ?? findDateProblems(policy, dates, today);
  byPolicy.set(key, found);
  return [...found];
}

function findDateProblems(policy: TimescalePolicy, dates: CaseDates, today: IsoDate): DateProblem[] {
  const problems: DateProblem[] = [];
  const bad = new Set<string>();
  for (const event of policy.events) {
    const list = dates[event.id] ?? [];
    let previous: string | undefined;
    list.forEach((value, index) => {
      if (value.trim() === '') return;
      const ok = event.time ? isIsoDateTime(value) || isIsoDate(value) : isIsoDate(value);
      const problem = !ok
        ? `${event.label} must be a real date${event.time ? ', with a time' : ''}`
        : datePart(value) > today
          ? `${event.label} must be today or in the past`
          : Number(value.slice(0, 4)) < BANK_HOLIDAY_FIRST_YEAR
            ? `${event.label} must be in ${BANK_HOLIDAY_FIRST_YEAR} or later`
            : previous !== undefined && previous > value
              ? `${event.label} ${index + 1} must be after the one before it`
              : null;
      if (problem) {
        problems.push({ event: event.id, index, message: problem });
        bad.add(event.id);
      }
      previous = value;
    });
  }
  // "End before start": a timescale's date before the date it runs from.
  const label = (id: string) => policy.events.find((e) => e.id === id)?.label ?? id;
  const reported = new Set<string>();
  for (const rule of policy.rules) {
    // A recurring rule's dates are checked for order above; a rule applied after each occurrence pairs dates by order;
    // and for a rule that something happens before an event, a later date is a late one, not a mistake.
    if (rule.recurs || rule.each || rule.timing === 'before' || bad.has(rule.from.event) || bad.has(rule.to.event)) continue;
    const from = eventDates(dates, rule.from.event)[rule.from.occurrence - 1];
    const toList = dates[rule.to.event] ?? [];
    const toIndex = toList.findIndex((_, i) => toList.slice(0, i + 1).filter((d) => d.trim() !== '').length === rule.to.occurrence);
    const to = toList[toIndex];
    const key = `${rule.to.event}.${toIndex}`;
    if (from && to && datePart(to) < datePart(from) && !reported.has(key)) {
      reported.add(key);
      problems.push({ event: rule.to.event, index: toIndex, message: `${label(rule.to.event)} must be on or after ${label(rule.from.event).toLowerCase()}` });
    }
  }
  return problems;
}

/** The compliance judgement the results suggest: met when nothing was missed, not met when nothing was met. */
export function suggestTimescaleJudgement(results: readonly RuleResult[]): 'met' | 'partly-met' | 'not-met' | null {
  const decided = results.filter((r) => r.status === 'met' || r.status === 'missed' || r.status === 'overdue');
  if (decided.length === 0) return null;
  const met = decided.filter((r) => r.status === 'met').length;
  if (met === decided.length) return 'met';
  return met === 0 ? 'not-met' : 'partly-met';
}
