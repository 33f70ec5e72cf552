// Purposeful selection of case records for thematic and front door audits (seed 002, "Auditing activity": front door
// audits — "Up to 30 children and young people who have been processed by the MASH ... are purposefully selected";
// thematic audits — "direct practice that has taken place within the last 12 months ... purposeful sampling of up to
// 30 case records"). The case records come from the authority's case management system as a list; the criteria
// narrow it, the person chooses up to 30 of those that match, and the criteria are recorded with the choice.
import type { Author } from './author';
import { addMonths, type IsoDate } from './calendar/iso-date';
import { CASE_TYPE_LABELS, type CaseType } from './template';

/** Seed 002: "up to 30". A maximum, not a target. */
export const SELECTION_MAX = 30;

/** One case record from the case management system's list. */
export interface CaseRecord {
  caseReference: string;
  /** '' when the list does not say. */
  caseType: CaseType | '';
  team: string;
  /** When the practice happened (the referral, the contact, the latest work): `YYYY-MM-DD`, or '' when not given. */
  date: IsoDate | '';
  /** What the list says of the case: a theme, a reason for the contact. */
  theme: string;
}

export interface SelectionCriteria {
  /** Case types to take; none: any. */
  caseTypes: CaseType[];
  /** '' for any team. */
  team: string;
  /** The date window, inclusive; '' for open-ended. */
  from: IsoDate | '';
  to: IsoDate | '';
  /** Words the case record's theme must contain; '' for any. */
  theme: string;
}

export interface CaseSelection {
  criteria: SelectionCriteria;
  /** How many case records the list held, and how many matched the criteria. */
  listed: number;
  matched: number;
  cases: CaseRecord[];
  madeBy: Author;
  madeAt: string;
}

export class SelectionError extends Error {}

/** Seed 002's thematic window: practice "within the last 12 months" of `today`. */
export function lastTwelveMonths(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addMonths(today, -12), to: today };
}

/** The criteria in words, as recorded in the programme's history and shown with the selection. */
export function describeCriteria(c: SelectionCriteria): string {
  const parts = [
    c.caseTypes.length ? c.caseTypes.map((t) => CASE_TYPE_LABELS[t]).join(' or ') : 'any case type',
    c.team ? `team ${c.team}` : 'any team',
    c.from && c.to ? `from ${c.from} to ${c.to}` : c.from ? `from ${c.from}` : c.to ? `up to ${c.to}` : 'any date',
    c.theme.trim() ? `theme "${c.theme.trim()}"` : 'any theme',
  ];
  return parts.join(', ');
}

/** The case records that meet every criterion set; one without a date is outside any date window. */
export function matchingCases(records: readonly CaseRecord[], c: SelectionCriteria): CaseRecord[] {
  const theme = c.theme.trim().toLowerCase();
  return records.filter(
    (r) =>
      (c.caseTypes.length === 0 || (r.caseType !== '' && c.caseTypes.includes(r.caseType))) &&
      (!c.team || r.team === c.team) &&
      (!c.from || (r.date !== '' && r.date >= c.from)) &&
      (!c.to || (r.date !== '' && r.date <= c.to)) &&
      (!theme || r.theme.toLowerCase().includes(theme)),
  );
}

/**
 * The selection a person made: the chosen case references, each of which must meet the criteria, no more than
 * SELECTION_MAX and at least one, recorded with the criteria and the size of the list they were chosen from.
 */
export function selectCases(records: readonly CaseRecord[], criteria: SelectionCriteria, chosen: readonly string[], by: Author, now: string): CaseSelection {
  const matches = matchingCases(records, criteria);
  const byReference = new Map(matches.map((r) => [r.caseReference, r]));
  const unique = [...new Set(chosen)];
  if (unique.length === 0) throw new SelectionError('Choose at least one case record');
  if (unique.length > SELECTION_MAX) throw new SelectionError(`Choose no more than ${SELECTION_MAX} case records: ${unique.length} are chosen`);
  const outside = unique.filter((ref) => !byReference.has(ref));
  if (outside.length) throw new SelectionError(`${outside.join(', ')} ${outside.length === 1 ? 'does' : 'do'} not meet the criteria`);
  return {
    criteria,
    listed: records.length,
    matched: matches.length,
    cases: unique.map((ref) => byReference.get(ref) as CaseRecord),
    madeBy: by,
    madeAt: now,
  };
}
