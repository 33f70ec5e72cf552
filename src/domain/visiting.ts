// Visiting checked against the case type's regime in the chosen policy (seed 003, "Frequency of visiting"; Camden
// seed 000; Wokingham seed 001): every breach (a visit later than due, or none by the end of the period), the
// longest gap, the share of visits where the child was seen alone, and unannounced visits.
//
// The interval after a visit is the one of the phase in force that day, unless that phase ends before the next visit
// falls due: then the next phase's interval applies, from the same visit. So with "at least 1 visit a week until first
// LAC review. Thereafter, at intervals of 4 weeks max.", a visit three days before the review is next due 4 weeks on.
import { daysBetween, formatLongDate, isIsoDate, type IsoDate } from './calendar/iso-date';
import { addLimit, eventDates, formatLimit } from './timescales';
import { type CaseDates, type Limit, type PhaseEnd, type PolicySource, type TimescalePolicy, type VisitingRegime } from './policy';
import type { Audit, VisitingPlan } from './audit';
import type { AgeBand } from './template';

export interface VisitFacts {
  date: IsoDate;
  seenAlone: 'yes' | 'no' | '';
  announced: 'announced' | 'unannounced' | '';
  seenAwake?: 'yes' | 'no' | '' | undefined;
  bedroomSeen?: 'yes' | 'no' | 'not-applicable' | '' | undefined;
  /** When the visit was recorded on the case record (`YYYY-MM-DD`), where the policy sets a time for it. */
  recordedOn?: string | undefined;
}

/**
 * A time something the policy asks of visits did not happen as often as it asks: a young child seen awake (seed 000),
 * an unannounced visit (seed 000: "At least one visit every 3 months should be unannounced"), the child's bedroom
 * seen (seed 001: "once in every three visits").
 */
export interface CheckBreach {
  /** The first visit of a run without it, or the last time it happened (or visiting started). */
  after: IsoDate;
  /** The visit that made the run too long, or the date by which it should have happened. */
  at: IsoDate;
  text: string;
}

export type VisitCheckId = 'awake' | 'unannounced' | 'bedrooms';

/** One of the policy's checks of what happens on visits, as judged for this child. */
export interface VisitCheck {
  id: VisitCheckId;
  /** What is checked, as a heading: "Seen awake (a child under 3)". */
  label: string;
  /** What the policy asks, in plain words: "on at least every 2nd visit". */
  asks: string;
  /** Visits on which it happened. */
  seen: number;
  breaches: CheckBreach[];
  source: PolicySource;
}

/** A visit recorded later than the policy asks (seeds 000 and 001). */
export interface RecordingBreach {
  visit: IsoDate;
  due: IsoDate;
  recordedOn: IsoDate;
  daysLate: number;
}

export interface VisitingBreach {
  /** The visit (or the anchor event) the interval ran from. */
  after: IsoDate;
  due: IsoDate;
  /** The late visit, or null when no visit had happened by the end of the period (or by a move that restarted visiting). */
  visit: IsoDate | null;
  /** A placement move that restarted visiting before the visit due was made: the breach runs to it, not beyond. */
  endedBy?: IsoDate | undefined;
  daysLate: number;
  rule: string;
}

/** The interval the plan set, when one is typed whole; null otherwise. */
export function plannedInterval(plan: VisitingPlan | null | undefined): Limit | null {
  if (!plan || !plan.unit || !/^\s*[1-9]\d*\s*$/.test(plan.every)) return null;
  return { amount: Number(plan.every), unit: plan.unit };
}

/** What is wrong with the plan's frequency as typed, each at its field (nothing when none is typed). */
export function visitingPlanProblems(plan: VisitingPlan | null | undefined): { field: string; message: string }[] {
  if (!plan || (!plan.every.trim() && !plan.unit && !plan.setBy)) return [];
  const out: { field: string; message: string }[] = [];
  if (!/^\s*[1-9]\d*\s*$/.test(plan.every))
    out.push({ field: 'visitingPlan.every', message: 'Enter how often the plan sets visits as a whole number, for example 2' });
  if (!plan.unit) out.push({ field: 'visitingPlan.unit', message: 'Select days, weeks or months' });
  if (!plan.setBy) out.push({ field: 'visitingPlan.setBy', message: 'Select whether the child’s plan or supervision set the frequency' });
  return out;
}

/** What the visits are judged against: the policy's rule, the plan's frequency, or good practice shown as guidance. */
export type VisitingBasis = 'policy' | 'plan' | 'guidance';

/** The shorter of two intervals: the one due first from the same day. */
function shorter(a: Limit, b: Limit): Limit {
  return addLimit('2001-01-01', a) <= addLimit('2001-01-01', b) ? a : b;
}

/**
 * The regime the visits are judged against. With a frequency set by the plan: for a minimum, the shorter of the two
 * in each phase (the seed's minimum still applies); for good practice, the plan's alone. Without one, good practice
 * is guidance: shown, not judged as a breach.
 */
export function regimeJudged(regime: VisitingRegime, planned: Limit | null): { regime: VisitingRegime; basis: VisitingBasis } {
  const minimum = (regime.kind ?? 'minimum') === 'minimum';
  if (!planned) return { regime, basis: minimum ? 'policy' : 'guidance' };
  if (!minimum) return { regime: { ...regime, phases: [{ maxInterval: planned, until: null }] }, basis: 'plan' };
  return { regime: { ...regime, phases: regime.phases.map((p) => ({ ...p, maxInterval: shorter(p.maxInterval, planned) })) }, basis: 'plan' };
}

export interface VisitingResult {
  status: 'evaluated' | 'not-applicable';
  /** What the visits were judged against. */
  basis: VisitingBasis;
  /** Under good practice without a frequency set by the plan: visits later than good practice, as guidance only. */
  guidance: VisitingBreach[];
  reason?: string | undefined;
  anchor?: IsoDate | undefined;
  /** Visits counted: on or after the anchor and not after the end of the period. */
  visits: VisitFacts[];
  breaches: VisitingBreach[];
  longestGap: { from: IsoDate; to: IsoDate; days: number } | null;
  seenAlone: { yes: number; recorded: number; share: number | null };
  unannounced: number;
  /** When the next visit is due, if the period ended without a breach. */
  nextDue: IsoDate | null;
  /** The policy's checks of what happens on visits that apply to this child (seen awake, unannounced, bedrooms). */
  checks: VisitCheck[];
  /** Where the policy sets a time for recording visits: how many had the date recorded, and those recorded late. */
  recording: { within: Limit; recorded: number; late: RecordingBreach[] } | null;
  /** The dates the visiting started again after a move, where the policy restarts it (seeds 000 and 001). */
  restarts: IsoDate[];
}

/** Whether the regime asks, for this child's age, whether they were seen awake on each visit. */
export function awakeApplies(regime: VisitingRegime | undefined, audit: Pick<Audit, 'details'>): boolean {
  const band = audit.details.ageBand ?? '';
  return !!regime?.awake && band !== '' && regime.awake.ages.includes(band);
}

type Answer = 'yes' | 'no' | 'not-applicable' | '' | undefined;
interface Cadence {
  everyNthVisit?: number | undefined;
  within?: Limit | undefined;
}

function cadenceAsks(rule: Cadence): string {
  if (rule.everyNthVisit === 2) return 'at least every second visit';
  return rule.everyNthVisit
    ? `at least once in every ${rule.everyNthVisit} visits`
    : `at least once every ${formatLimit(rule.within ?? { amount: 0, unit: 'days' })}`;
}

/**
 * Where something asked of visits did not happen as often as asked: with `everyNthVisit`, a run of that many visits
 * answered No in a row (a visit with no answer, or not applicable, neither breaks nor lengthens a run); with `within`,
 * a time longer than that from the start of visiting, or the last time it happened, to the next time or the audit.
 */
export function cadenceBreaches(
  rule: Cadence,
  anchor: IsoDate,
  counted: readonly VisitFacts[],
  periodEnd: IsoDate,
  answer: (v: VisitFacts) => Answer,
  words: { missing: string; again: string },
): CheckBreach[] {
  const breaches: CheckBreach[] = [];
  if (rule.everyNthVisit) {
    let run: VisitFacts[] = [];
    for (const v of counted) {
      const a = answer(v);
      if (a === 'yes') run = [];
      if (a !== 'no') continue;
      run = [...run, v];
      if (run.length === rule.everyNthVisit && run[0]) {
        breaches.push({ after: run[0].date, at: v.date, text: `${words.missing} on ${rule.everyNthVisit} visits in a row` });
        run = [];
      }
    }
  }
  if (rule.within) {
    let last = anchor;
    for (const v of counted) {
      if (answer(v) !== 'yes') continue;
      const due = addLimit(last, rule.within).slice(0, 10);
      if (v.date > due)
        breaches.push({ after: last, at: due, text: `${words.missing} within ${formatLimit(rule.within)}: next ${words.again} ${formatLongDate(v.date)}` });
      last = v.date;
    }
    const due = addLimit(last, rule.within).slice(0, 10);
    if (periodEnd > due) breaches.push({ after: last, at: due, text: `${words.missing} within ${formatLimit(rule.within)} by the date of the audit` });
  }
  return breaches;
}

/** The regime's checks of what happens on visits that apply to this child, each judged over the counted visits. */
function visitChecks(regime: VisitingRegime, anchor: IsoDate, counted: readonly VisitFacts[], periodEnd: IsoDate, ageBand: AgeBand | ''): VisitCheck[] {
  const out: VisitCheck[] = [];
  const check = (
    id: VisitCheckId,
    label: string,
    rule: Cadence & { source: PolicySource },
    answer: (v: VisitFacts) => Answer,
    words: { missing: string; again: string },
  ) =>
    out.push({
      id,
      label,
      asks: cadenceAsks(rule),
      seen: counted.filter((v) => answer(v) === 'yes').length,
      breaches: cadenceBreaches(rule, anchor, counted, periodEnd, answer, words),
      source: rule.source,
    });
  const awake = regime.awake;
  if (awake && ageBand && awake.ages.includes(ageBand))
    check('awake', 'Seen awake (a young child)', awake, (v) => v.seenAwake, { missing: 'Not seen awake', again: 'seen awake' });
  if (regime.unannounced)
    check(
      'unannounced',
      'An unannounced visit as often as asked',
      regime.unannounced,
      (v) => (v.announced === 'unannounced' ? 'yes' : v.announced ? 'no' : ''),
      {
        missing: 'No unannounced visit',
        again: 'unannounced visit',
      },
    );
  if (regime.bedrooms) check('bedrooms', 'Bedroom seen', regime.bedrooms, (v) => v.bedroomSeen, { missing: 'Bedroom not seen', again: 'seen' });
  return out;
}

/** The latest day a visit on `visit` may be recorded: a time in hours counts from the end of the day of the visit. */
export function recordingDue(visit: IsoDate, within: Limit): IsoDate {
  return addLimit(within.unit === 'hours' ? `${visit}T23:59` : visit, within).slice(0, 10);
}

function recordingChecks(regime: VisitingRegime, counted: readonly VisitFacts[]): VisitingResult['recording'] {
  const rule = regime.recording;
  if (!rule) return null;
  const late: RecordingBreach[] = [];
  let recorded = 0;
  for (const v of counted) {
    if (!v.recordedOn || !isIsoDate(v.recordedOn)) continue;
    recorded += 1;
    const due = recordingDue(v.date, rule.within);
    if (v.recordedOn > due) late.push({ visit: v.date, due, recordedOn: v.recordedOn, daysLate: daysBetween(due, v.recordedOn) });
  }
  return { within: rule.within, recorded, late };
}

function phaseEndDate(end: PhaseEnd, anchor: IsoDate, dates: CaseDates): IsoDate | null {
  if (end === null) return null;
  if ('after' in end) return addLimit(anchor, end.after).slice(0, 10);
  const d = eventDates(dates, end.event)[end.occurrence - 1];
  return d && isIsoDate(d.slice(0, 10)) ? d.slice(0, 10) : null;
}

/** The phase in force on `date`: the first whose end is unknown or after the date. */
function phaseAt(regime: VisitingRegime, anchor: IsoDate, dates: CaseDates, date: IsoDate) {
  for (const phase of regime.phases) {
    const end = phaseEndDate(phase.until, anchor, dates);
    if (end === null || date < end) return phase;
  }
  return regime.phases[regime.phases.length - 1];
}

/** When the next visit is due after one on `from`, and the rule that sets it. */
function nextDue(regime: VisitingRegime, anchor: IsoDate, dates: CaseDates, from: IsoDate): { due: IsoDate; rule: string } | null {
  let phase = phaseAt(regime, anchor, dates, from);
  if (!phase) return null;
  let due = addLimit(from, phase.maxInterval).slice(0, 10);
  const end = phaseEndDate(phase.until, anchor, dates);
  if (end !== null && end <= due) {
    const next = phaseAt(regime, anchor, dates, end);
    if (next) {
      phase = next;
      due = addLimit(from, next.maxInterval).slice(0, 10);
    }
  }
  return { due, rule: `at least every ${formatLimit(phase.maxInterval)}` };
}

/** The first visit due after the start of visiting. */
function firstDue(regime: VisitingRegime, anchor: IsoDate, dates: CaseDates): { due: IsoDate; rule: string } | null {
  if (regime.firstVisitWithin)
    return { due: addLimit(anchor, regime.firstVisitWithin).slice(0, 10), rule: `first visit within ${formatLimit(regime.firstVisitWithin)}` };
  return nextDue(regime, anchor, dates, anchor);
}

/**
 * When the next visit is due after one on `from` in the weeks after a move (seed 001: "Following a placement move
 * Children in Care will be visited once a week for four weeks"), as the phases are: once that time ends before the
 * next visit would fall due, the regime's own interval applies again, from the same visit.
 */
function nextDueAfterMove(regime: VisitingRegime, anchor: IsoDate, dates: CaseDates, move: IsoDate, from: IsoDate): { due: IsoDate; rule: string } | null {
  const then = regime.restart?.then;
  if (then) {
    const ends = addLimit(move, then.for).slice(0, 10);
    const due = addLimit(from, then.maxInterval).slice(0, 10);
    if (from < ends && due <= ends) return { due, rule: `every ${formatLimit(then.maxInterval)} for ${formatLimit(then.for)} after a move` };
  }
  return nextDue(regime, anchor, dates, from);
}

export function evaluateVisiting(
  policyRegime: VisitingRegime,
  dates: CaseDates,
  visits: readonly VisitFacts[],
  periodEnd: IsoDate,
  planned: Limit | null = null,
  ageBand: AgeBand | '' = '',
): VisitingResult {
  const { regime, basis } = regimeJudged(policyRegime, planned);
  const empty: VisitingResult = {
    status: 'not-applicable',
    basis,
    guidance: [],
    visits: [],
    breaches: [],
    longestGap: null,
    seenAlone: { yes: 0, recorded: 0, share: null },
    unannounced: 0,
    nextDue: null,
    checks: [],
    recording: null,
    restarts: [],
  };
  const anchorValue = eventDates(dates, regime.anchor)[0];
  // A date still being typed (or impossible) is no date to count from: checkCaseDates says what is wrong with it.
  if (!anchorValue || !isIsoDate(anchorValue.slice(0, 10))) return { ...empty, reason: 'anchor-missing' };
  const anchor = anchorValue.slice(0, 10);
  const counted = visits.filter((v) => v.date >= anchor && v.date <= periodEnd).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Every move after the start restarts the visiting: the first visit is due within the policy's time of the move.
  const restart = regime.restart;
  const restarts = restart
    ? [...new Set(eventDates(dates, restart.event).map((d) => d.slice(0, 10)))].filter((d) => isIsoDate(d) && d > anchor && d <= periodEnd).sort()
    : [];

  const breaches: VisitingBreach[] = [];
  let prev = anchor;
  let move: IsoDate | null = null;
  let pending = firstDue(regime, anchor, dates);
  /** A breach when the visit due from `prev` was not made by `until`: a visit, the end of the period, or a move. */
  const lateBy = (until: IsoDate, visit: IsoDate | null, move?: IsoDate) => {
    if (pending !== null && until > pending.due)
      breaches.push({
        after: prev,
        due: pending.due,
        visit,
        daysLate: daysBetween(pending.due, until),
        rule: pending.rule,
        ...(move ? { endedBy: move } : {}),
      });
  };
  /**
   * A move: a visit already overdue by then is a breach; from the move, the first visit is due within the policy's
   * time of it, or sooner where the visit already due falls sooner (both apply).
   */
  const moved = (m: IsoDate) => {
    if (!restart) return;
    // A visit due before the move and not made by it is late until the move, which then sets when the next is due.
    lateBy(m, null, m);
    const first = { due: addLimit(m, restart.firstVisitWithin).slice(0, 10), rule: `first visit within ${formatLimit(restart.firstVisitWithin)} of a move` };
    pending = pending !== null && pending.due >= m && pending.due < first.due ? pending : first;
    prev = m;
    move = m;
  };
  let next = 0;
  for (const v of counted) {
    while (next < restarts.length && (restarts[next] as IsoDate) <= v.date) moved(restarts[next++] as IsoDate);
    lateBy(v.date, v.date);
    prev = v.date;
    pending = move === null ? nextDue(regime, anchor, dates, v.date) : nextDueAfterMove(regime, anchor, dates, move, v.date);
  }
  while (next < restarts.length) moved(restarts[next++] as IsoDate);
  let upcoming: IsoDate | null = pending?.due ?? null;
  if (pending !== null && periodEnd > pending.due) {
    lateBy(periodEnd, null);
    upcoming = null;
  }

  const points = [anchor, ...counted.map((v) => v.date), periodEnd];
  let longestGap: VisitingResult['longestGap'] = null;
  for (let i = 1; i < points.length; i += 1) {
    const from = points[i - 1] as IsoDate;
    const to = points[i] as IsoDate;
    const days = daysBetween(from, to);
    if (!longestGap || days > longestGap.days) longestGap = { from, to, days };
  }
  const recorded = counted.filter((v) => v.seenAlone !== '');
  const yes = recorded.filter((v) => v.seenAlone === 'yes').length;
  const asGuidance = basis === 'guidance';
  return {
    status: 'evaluated',
    basis,
    guidance: asGuidance ? breaches : [],
    anchor,
    visits: counted,
    breaches: asGuidance ? [] : breaches,
    longestGap,
    seenAlone: { yes, recorded: recorded.length, share: recorded.length ? yes / recorded.length : null },
    unannounced: counted.filter((v) => v.announced === 'unannounced').length,
    nextDue: upcoming,
    checks: visitChecks(regime, anchor, counted, periodEnd, ageBand),
    recording: recordingChecks(regime, counted),
    restarts,
  };
}

/** The compliance judgement the visiting suggests: met with no breach, not met when every interval was breached. */
export function suggestVisitingJudgement(result: VisitingResult): 'met' | 'partly-met' | 'not-met' | null {
  // Good practice without a frequency set by the plan is guidance: the auditor judges, nothing is suggested.
  if (result.status !== 'evaluated' || result.basis === 'guidance') return null;
  const others = result.checks.some((c) => c.breaches.length > 0) || (result.recording?.late.length ?? 0) > 0;
  if (result.breaches.length === 0) return others ? 'partly-met' : 'met';
  // Each visit, and each placement move that restarted visiting, starts an interval of its own.
  const intervals = result.visits.length + result.restarts.length + 1;
  return result.breaches.length >= intervals ? 'not-met' : 'partly-met';
}

export interface TimelinePoint {
  /** Days since the anchor. */
  day: number;
  date: IsoDate;
  kind: 'start' | 'visit' | 'late-visit' | 'due' | 'move' | 'end';
  label: string;
}

/** The points the visiting timeline chart draws, computed here so the chart only draws. */
export function visitingTimeline(result: VisitingResult, periodEnd: IsoDate): TimelinePoint[] {
  if (result.status !== 'evaluated' || !result.anchor) return [];
  const anchor = result.anchor;
  const late = new Set(result.breaches.flatMap((b) => (b.visit ? [b.visit] : [])));
  const points: TimelinePoint[] = [{ day: 0, date: anchor, kind: 'start', label: 'Visiting starts' }];
  for (const v of result.visits)
    points.push({
      day: daysBetween(anchor, v.date),
      date: v.date,
      kind: late.has(v.date) ? 'late-visit' : 'visit',
      label: late.has(v.date) ? 'Late visit' : 'Visit',
    });
  for (const b of result.breaches)
    points.push({
      day: daysBetween(anchor, b.due),
      date: b.due,
      kind: 'due',
      label: b.visit
        ? `Visit due (made ${b.daysLate} days late)`
        : b.endedBy
          ? `Visit due (none before the move, ${b.daysLate} days)`
          : `Visit due (none by the end, ${b.daysLate} days)`,
    });
  for (const m of result.restarts) points.push({ day: daysBetween(anchor, m), date: m, kind: 'move', label: 'Moved placement: visiting starts again' });
  points.push({ day: daysBetween(anchor, periodEnd), date: periodEnd, kind: 'end', label: 'Date of audit' });
  return points.sort((a, b) => a.day - b.day);
}
/** The key dates a regime runs on: where visiting starts, where its phases end, and the moves that restart it. */
export function regimeEvents(regime: VisitingRegime): string[] {
  return [
    regime.anchor,
    ...regime.phases.flatMap((p) => (p.until && 'event' in p.until ? [p.until.event] : [])),
    ...(regime.restart ? [regime.restart.event] : []),
  ];
}

/** Regimes of the policy that apply to the audit's case type. */
export function visitingRegimesFor(policy: TimescalePolicy, audit: Audit) {
  return policy.visiting.filter((r) => r.caseTypes.includes(audit.details.caseType));
}

/**
 * The visiting of a case as the audit records it, judged against the regime the auditor chose from the policy (null
 * when none applies to the case type): the visits with a date, the plan's interval, the child's age band.
 */
export function visitingOf(policy: TimescalePolicy, audit: Audit): VisitingResult | null {
  const regime = policy.visiting.find((r) => r.id === audit.visitingRegime && r.caseTypes.includes(audit.details.caseType));
  if (!regime) return null;
  const visits = audit.visits
    .filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v.date))
    .map((v) => ({
      date: v.date,
      seenAlone: v.seenAlone,
      announced: v.announced,
      seenAwake: v.seenAwake,
      bedroomSeen: v.bedroomSeen,
      recordedOn: v.recordedOn,
    }));
  return evaluateVisiting(regime, audit.caseDates, visits, audit.details.auditDate, plannedInterval(audit.visitingPlan), audit.details.ageBand ?? '');
}
