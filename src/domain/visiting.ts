// Visiting checked against the case type's regime in the chosen policy (seed 003, "Frequency of visiting"; Camden
// seed 000; Wokingham seed 001): every breach (a visit later than due, or none by the end of the period), the
// longest gap, the share of visits where the child was seen alone, and unannounced visits.
//
// The interval after a visit is the one of the phase in force that day, unless that phase ends before the next visit
// falls due: then the next phase's interval applies, from the same visit. So with "at least 1 visit a week until first
// LAC review. Thereafter, at intervals of 4 weeks max.", a visit three days before the review is next due 4 weeks on.
import { daysBetween, isIsoDate, type IsoDate } from './calendar/iso-date';
import { addLimit, eventDates, formatLimit, type CaseDates, type Limit, type PhaseEnd, type TimescalePolicy, type VisitingRegime } from './timescales';
import type { Audit } from './audit';
import type { AgeBand } from './template';

export interface VisitFacts {
  date: IsoDate;
  seenAlone: 'yes' | 'no' | '';
  announced: 'announced' | 'unannounced' | '';
  seenAwake?: 'yes' | 'no' | '' | undefined;
}

/** A time a young child was not seen awake as often as the policy asks (issue 11, point 8; seed 000). */
export interface AwakeBreach {
  /** The first visit of a run not seen awake, or the last time the child was seen awake (or visiting started). */
  after: IsoDate;
  /** The visit that made the run too long, or the date by which the child should have been seen awake. */
  at: IsoDate;
  text: string;
}

export interface VisitingBreach {
  /** The visit (or the anchor event) the interval ran from. */
  after: IsoDate;
  due: IsoDate;
  /** The late visit, or null when no visit had happened by the end of the period. */
  visit: IsoDate | null;
  daysLate: number;
  rule: string;
}

/**
 * How often the child's plan or the CSW in supervision set visits, as the auditor typed it (issue 11, point 2; seed
 * 003, "Frequency of visiting": child protection visits "as determined in the CP plan at CP conference but as a
 * minimum fortnightly"; child in need by "professional judgement ... agreed with a CSW in supervision. (good practice,
 * fortnightly in complex cases)").
 */
export interface VisitingPlan {
  every: string;
  unit: '' | 'days' | 'weeks' | 'months';
  setBy: '' | 'plan' | 'supervision';
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
  /** Under the policy's rule for young children: whether it applied, and where they were not seen awake as asked. */
  awake: { checked: boolean; seen: number; breaches: AwakeBreach[] };
}

/** Whether the regime asks, for this child's age, whether they were seen awake on each visit. */
export function awakeApplies(regime: VisitingRegime | undefined, audit: Pick<Audit, 'details'>): boolean {
  const band = audit.details.ageBand ?? '';
  return !!regime?.awake && band !== '' && regime.awake.ages.includes(band);
}

/** Checks how often a young child was seen awake, when the regime asks it for the child's age. */
function awakeChecks(
  regime: VisitingRegime,
  anchor: IsoDate,
  counted: readonly VisitFacts[],
  periodEnd: IsoDate,
  ageBand: AgeBand | '',
): VisitingResult['awake'] {
  const rule = regime.awake;
  if (!rule || !ageBand || !rule.ages.includes(ageBand)) return { checked: false, seen: 0, breaches: [] };
  const breaches: AwakeBreach[] = [];
  const seen = counted.filter((v) => v.seenAwake === 'yes').length;
  if (rule.everyNthVisit) {
    let run: VisitFacts[] = [];
    for (const v of counted) {
      run = v.seenAwake === 'no' ? [...run, v] : [];
      if (run.length === rule.everyNthVisit && run[0])
        breaches.push({ after: run[0].date, at: v.date, text: `Not seen awake on ${rule.everyNthVisit} visits in a row` });
    }
  }
  if (rule.within) {
    let last = anchor;
    for (const v of counted) {
      if (v.seenAwake !== 'yes') continue;
      const due = addLimit(last, rule.within).slice(0, 10);
      if (v.date > due) breaches.push({ after: last, at: due, text: `Not seen awake within ${formatLimit(rule.within)}: next seen awake ${v.date}` });
      last = v.date;
    }
    const due = addLimit(last, rule.within).slice(0, 10);
    if (periodEnd > due) breaches.push({ after: last, at: due, text: `Not seen awake within ${formatLimit(rule.within)} by the date of the audit` });
  }
  return { checked: true, seen, breaches };
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
    awake: { checked: false, seen: 0, breaches: [] },
  };
  const anchorValue = eventDates(dates, regime.anchor)[0];
  // A date still being typed (or impossible) is no date to count from: checkCaseDates says what is wrong with it.
  if (!anchorValue || !isIsoDate(anchorValue.slice(0, 10))) return { ...empty, reason: 'anchor-missing' };
  const anchor = anchorValue.slice(0, 10);
  const counted = visits.filter((v) => v.date >= anchor && v.date <= periodEnd).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const breaches: VisitingBreach[] = [];
  let prev = anchor;
  let due: IsoDate | null = null;
  let rule = '';
  if (regime.firstVisitWithin) {
    due = addLimit(anchor, regime.firstVisitWithin).slice(0, 10);
    rule = `first visit within ${formatLimit(regime.firstVisitWithin)}`;
  } else {
    const first = nextDue(regime, anchor, dates, anchor);
    due = first?.due ?? null;
    rule = first?.rule ?? '';
  }
  for (const v of counted) {
    if (due !== null && v.date > due) breaches.push({ after: prev, due, visit: v.date, daysLate: daysBetween(due, v.date), rule });
    prev = v.date;
    const next = nextDue(regime, anchor, dates, v.date);
    due = next?.due ?? null;
    rule = next?.rule ?? '';
  }
  let upcoming: IsoDate | null = due;
  if (due !== null && periodEnd > due) {
    breaches.push({ after: prev, due, visit: null, daysLate: daysBetween(due, periodEnd), rule });
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
    awake: awakeChecks(regime, anchor, counted, periodEnd, ageBand),
  };
}

/** The compliance judgement the visiting suggests: met with no breach, not met when every interval was breached. */
export function suggestVisitingJudgement(result: VisitingResult): 'met' | 'partly-met' | 'not-met' | null {
  // Good practice without a frequency set by the plan is guidance: the auditor judges, nothing is suggested.
  if (result.status !== 'evaluated' || result.basis === 'guidance') return null;
  if (result.breaches.length === 0) return result.awake.breaches.length ? 'partly-met' : 'met';
  const intervals = result.visits.length + 1;
  return result.breaches.length >= intervals ? 'not-met' : 'partly-met';
}

export interface TimelinePoint {
  /** Days since the anchor. */
  day: number;
  date: IsoDate;
  kind: 'start' | 'visit' | 'late-visit' | 'due' | 'end';
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
      label: b.visit ? `Visit due (made ${b.daysLate} days late)` : `Visit due (none by the end, ${b.daysLate} days)`,
    });
  points.push({ day: daysBetween(anchor, periodEnd), date: periodEnd, kind: 'end', label: 'Date of audit' });
  return points.sort((a, b) => a.day - b.day);
}
/** Regimes of the policy that apply to the audit's case type. */
export function visitingRegimesFor(policy: TimescalePolicy, audit: Audit) {
  return policy.visiting.filter((r) => r.caseTypes.includes(audit.details.caseType));
}
