// Minimisation and retention (issue "Protecting children's personal data", point 5): audits are kept no longer than the
// authority decides. A retention period lists the audits dated before its cut-off for deletion; deleting them is one
// step, all or nothing, and is recorded without their content: when, by whom, under what rule and how many, with the
// ids of the records (random, so they say nothing about a child).
import { addMonths, formatLongDate, type IsoDate } from './calendar/iso-date';
import type { Author } from './author';

/** The retention periods offered, in years. */
export const RETENTION_YEARS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The first audit date kept: audits dated before it are older than the period. */
export function retentionCutoff(today: IsoDate, years: number): IsoDate {
  return addMonths(today, -12 * years);
}

/** The audits (by their dates) older than the period on `today`, oldest first. */
export function dueForDeletion<T extends { id: string; auditDate: IsoDate }>(audits: readonly T[], today: IsoDate, years: number): T[] {
  const cutoff = retentionCutoff(today, years);
  return audits.filter((a) => a.auditDate < cutoff).sort((a, b) => (a.auditDate < b.auditDate ? -1 : a.auditDate > b.auditDate ? 1 : 0));
}

/** A deletion as the workspace records it: no case reference, name or content of what was deleted. */
export interface DeletionRecord {
  id: string;
  at: string;
  by: Author;
  /** The rule, in words: "Dated before 1 December 2023 (older than 3 years)". */
  rule: string;
  auditIds: string[];
  /** How many actions went with them (those raised only in the audits deleted). */
  actions: number;
}

export function retentionRule(today: IsoDate, years: number): string {
  return `Dated before ${formatLongDate(retentionCutoff(today, years))} (older than ${years === 1 ? '1 year' : `${years} years`})`;
}

export function deletionRecord(id: string, auditIds: readonly string[], actions: number, rule: string, by: Author, at: string): DeletionRecord {
  return { id, at, by, rule, auditIds: [...auditIds], actions };
}
