// How long typed text may be, and the one way a form or the pure core says a text is too long.

/** A name, a role or a title. */
export const NAME_LIMIT = 100;
/** A case reference. */
export const CASE_REFERENCE_LIMIT = 30;
/** A code or a few words: a seed, a timescale such as "within 4 weeks". */
export const CODE_LIMIT = 50;
/** A one-line answer: a short text question, an action's owner. */
export const SHORT_TEXT_LIMIT = 200;
/** A short reason or note. */
export const NOTE_LIMIT = 500;
/** Why a child was not seen alone on a visit. */
export const VISIT_REASON_LIMIT = 1_000;
/** What an action is to do; why an audit is reopened. */
export const ACTION_TEXT_LIMIT = 2_000;
/** A panel's or a reviewer's notes. */
export const REVIEW_TEXT_LIMIT = 5_000;
/** Evidence, comments and rationales. */
export const LONG_TEXT_LIMIT = 10_000;

/** "The reason must be 2,000 characters or fewer". */
export function tooLong(what: string, max: number): string {
  return `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;
}
