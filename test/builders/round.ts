// Deterministic moderation rounds for tests: drawn with a fixed seed from the population given, by the auditor.
import { newRound, type ModerationRound, type ReviewInput } from '@/domain/moderation';
import type { SampleCandidate } from '@/domain/sampling';
import { AUDITOR, NOW } from './audit';

export function moderationRound(population: SampleCandidate[], over: Partial<Parameters<typeof newRound>[0]> = {}): ModerationRound {
  return newRound(
    {
      id: 'round-1',
      title: 'Quarter 1 2025',
      periodFrom: '2025-01-01',
      periodTo: '2025-03-31',
      activity: '',
      team: '',
      programmeId: '',
      blind: false,
      seed: 'seed-1',
      minFraction: 0.1,
      ...over,
    },
    population,
    NOW,
    AUDITOR,
  );
}

/** What a panel records at a practice audit review: the grade confirmed as Good, the discussion noted, nothing else. */
export function reviewInput(over: Partial<ReviewInput> = {}): ReviewInput {
  return {
    attendees: [],
    otherAttendees: '',
    processAndOutcome: 'Discussed',
    strengths: '',
    learningIndividual: '',
    learningTeam: '',
    learningOrganisation: '',
    familyFeedback: '',
    followUp: '',
    blind: false,
    moderatedGrade: 'good',
    rationale: '',
    ...over,
  };
}
