// Celebrating good practice (seed 002, "Celebrating best practice as part of auditing activity": "Examples of good
// practice are acknowledged through: ..."): an audit flagged as an example of good practice, with a note of what was
// good and the routes by which it is to be shared, and the flagged audits listed route by route.
import { withHistory, type Audit } from './audit';
import type { Author } from './author';
import { GOOD_PRACTICE_ROUTES, type GoodPracticeRoute } from './good-practice-record';

export const GOOD_PRACTICE_ROUTE_IDS = GOOD_PRACTICE_ROUTES.map((r) => r.id) as GoodPracticeRoute[];
export const GOOD_PRACTICE_NOTE_LIMIT = 2_000;

export class GoodPracticeError extends Error {}

/** Flags the audit as good practice (or changes the flag), at any stage: it changes nothing the audit found. */
export function flagGoodPractice(audit: Audit, input: { note: string; routes: readonly GoodPracticeRoute[] }, by: Author, now: string): Audit {
  const note = input.note.trim();
  if (!note) throw new GoodPracticeError('Say what the good practice is');
  if (input.routes.length === 0) throw new GoodPracticeError('Choose at least one way to share it');
  const routes = GOOD_PRACTICE_ROUTE_IDS.filter((r) => input.routes.includes(r));
  const labels = routes.map((r) => GOOD_PRACTICE_ROUTES.find((x) => x.id === r)?.label ?? r).join('; ');
  return withHistory(
    { ...audit, goodPractice: { note, routes, by, at: now } },
    { at: now, by, kind: 'edited', detail: `Flagged as good practice, to share through: ${labels}` },
  );
}

export function unflagGoodPractice(audit: Audit, by: Author, now: string): Audit {
  if (!audit.goodPractice) return audit;
  return withHistory({ ...audit, goodPractice: null }, { at: now, by, kind: 'edited', detail: 'No longer flagged as good practice' });
}

/** The flagged audits by route, in the seed's order: each route with the ids of the audits to share through it. */
export function goodPracticeByRoute(
  flagged: readonly { id: string; goodPracticeRoutes: readonly string[] }[],
): { route: (typeof GOOD_PRACTICE_ROUTES)[number]; auditIds: string[] }[] {
  return GOOD_PRACTICE_ROUTES.map((route) => ({ route, auditIds: flagged.filter((a) => a.goodPracticeRoutes.includes(route.id)).map((a) => a.id) }));
}
