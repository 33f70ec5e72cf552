// A flag of good practice on an audit, and the seed's routes to share it by (good-practice.ts flags and lists).
import type { Author } from './author';

/** The seed's routes, in its order and words. */
export const GOOD_PRACTICE_ROUTES = [
  { id: 'senior-management', label: 'Escalation to senior management' },
  { id: 'story-boards', label: 'Story Boards and Appreciative Enquiry' },
  { id: 'lunch-and-learn', label: 'A lunch and learn session, shared by the practitioner' },
  { id: 'dcs-roundup', label: 'The Director of Children’s Services’ Roundup' },
  { id: 'practice-hub', label: 'A best practice example in the children’s policy and practice hub' },
  { id: 'pld-meeting', label: 'The monthly Practice Learning and Development meeting' },
  { id: 'qapd-board', label: 'The Quality Assurance and Practice Development Board' },
] as const;
export type GoodPracticeRoute = (typeof GOOD_PRACTICE_ROUTES)[number]['id'];

export interface GoodPractice {
  note: string;
  routes: GoodPracticeRoute[];
  by: Author;
  at: string;
}
