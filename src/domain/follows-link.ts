// The earlier audit an audit follows, as the audit record holds it (improvement.ts makes and reads the link).
import type { Author } from './author';
import type { IsoDate } from './calendar/iso-date';

export const FOLLOW_BASES = ['case', 'practitioner'] as const;
export type FollowBasis = (typeof FOLLOW_BASES)[number];

/** The earlier audit this one follows, and why it is the one to compare with. */
export interface FollowsLink {
  auditId: string;
  /** The earlier audit's date, so that its summary is found by its month. */
  auditDate: IsoDate;
  basis: FollowBasis;
  by: Author;
  at: string;
}
