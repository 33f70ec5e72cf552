// A timescale policy as data (templates/timescales): its events, rules and visiting regimes, with the seed's words
// for each. What the policy says, apart from working it out against a case (./timescales.ts, ./visiting.ts).
import type { AgeBand, CaseType } from './template';

export const LIMIT_UNITS = ['hours', 'working-days', 'days', 'weeks', 'months'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];
export interface Limit {
  amount: number;
  unit: LimitUnit;
}
export interface EventRef {
  event: string;
  occurrence: number;
}
export interface PolicySource {
  seed: string;
  section: string;
  quote: string;
}
export interface PolicyEvent {
  id: string;
  label: string;
  /** Needs a time of day, because a rule in hours runs from or to it. */
  time: boolean;
  /** Happens more than once (reviews, core groups): the auditor enters every date. */
  repeats: boolean;
}
export interface TimescaleRule {
  id: string;
  label: string;
  caseTypes: CaseType[];
  from: EventRef;
  to: EventRef;
  limit: Limit;
  /** Applies to every consecutive pair of the same event from `from.occurrence` on (reviews every 6 months). */
  recurs: boolean;
  /**
   * `within` (absent: within): `to` happens within `limit` of `from`. `before`: `from` happens at least `limit` before
   * `to` (seed 000: the report "at least 2 days before" the conference; invitations "no later than 5 working days
   * before" it), judged once `to` has happened.
   */
  timing?: 'within' | 'before' | undefined;
  /**
   * Applies afresh after every occurrence of the event it runs from (seed 001: "within 5 working days of a placement
   * move"): each is paired with the first `to` after it and before the next. For a `before` rule, every occurrence of
   * `to` is paired with the `from` entered in the same place (report 2 before review conference 2).
   */
  each?: boolean | undefined;
  /** A limit for each case (absent: a limit), or a target: a case over it is shown against it, not counted missed. */
  kind?: 'limit' | 'target' | undefined;
  /** Where the seeds say it two ways: the other readings, and why this one is applied. */
  otherReadings?: PolicySource[] | undefined;
  why?: string | undefined;
  /** The child's age bands the rule is for (absent: every age). */
  ages?: AgeBand[] | undefined;
  source: PolicySource;
}
export type PhaseEnd = { event: string; occurrence: number } | { after: Limit } | null;
export interface VisitingPhase {
  maxInterval: Limit;
  until: PhaseEnd;
}
export interface VisitingRegime {
  id: string;
  label: string;
  caseTypes: CaseType[];
  anchor: string;
  firstVisitWithin: Limit | null;
  phases: VisitingPhase[];
  /** A minimum (absent: a minimum), or good practice, shown as guidance rather than judged as a breach. */
  kind?: 'minimum' | 'good-practice' | undefined;
  otherReadings?: PolicySource[] | undefined;
  why?: string | undefined;
  /** For children of these ages: seen awake on at least every Nth visit, or within a time of the last time. */
  awake?: { ages: AgeBand[]; everyNthVisit?: number | undefined; within?: Limit | undefined; source: PolicySource } | undefined;
  /** At least one visit in every such time is unannounced (seed 000). */
  unannounced?: { within: Limit; source: PolicySource } | undefined;
  /** The child's bedroom is seen on at least one in every N visits (seed 001). */
  bedrooms?: { everyNthVisit: number; source: PolicySource } | undefined;
  /** Each visit is recorded on the case record within this time of it (seeds 000 and 001). */
  recording?: { within: Limit; source: PolicySource } | undefined;
  /**
   * Visiting starts again after every occurrence of `event` (a placement move): the first visit within a time of it,
   * then, for a while, visits at a shorter interval (seed 001: "once a week for four weeks").
   */
  restart?: { event: string; firstVisitWithin: Limit; then?: { maxInterval: Limit; for: Limit } | undefined; source: PolicySource } | undefined;
  source: PolicySource;
}
export interface TimescalePolicy {
  type: 'timescale-policy';
  id: string;
  version: number;
  name: string;
  authority: string;
  events: PolicyEvent[];
  rules: TimescaleRule[];
  visiting: VisitingRegime[];
}

/**
 * The date of the audit, as an event every policy knows without listing it: a rule to it asks that something was
 * recent when the audit was done (seed 003, "Recording": records "up to date (within 4 weeks)").
 */
export const AUDIT_DATE_EVENT = 'audit-date';

/** The case's key dates: each event's occurrences, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, in the order they happened. */
export type CaseDates = Readonly<Record<string, readonly string[]>>;
