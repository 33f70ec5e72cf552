// Issue 12, "Exports that drop nothing": a moderation round's results, with everything each review recorded.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { recordModeration } from '@/domain/moderation';
import { latestAuditTemplate } from '@/templates/registry';
import { AUDITOR, completedPartA, NOW } from '@test/builders/audit';
import { moderationRound, reviewInput } from '@test/builders/round';
import { roundResultsCsv, roundResultsJson } from './round-export';

describe('exporting a moderation round', () => {
  it('has a row a sampled audit, with the grades and the review record', () => {
    const audit = { ...completedPartA('inadequate', { caseReference: 'CR-77' }), id: 'a77' };
    const round = moderationRound([{ id: 'a77', grade: 'inadequate' }]);
    const reviewed = recordModeration(
      latestAuditTemplate(),
      audit,
      round,
      reviewInput({
        moderatedGrade: 'requires-improvement',
        rationale: 'Plan was in time',
        learningTeam: 'Share the plan',
        familyFeedback: 'Father felt heard',
      }),
      AUDITOR,
      NOW,
    );
    const [row] = Papa.parse<Record<string, string>>(roundResultsCsv(round, [reviewed]), { header: true }).data;
    expect(row).toMatchObject({
      'Case reference': 'CR-77',
      'Why it is in the sample': 'Every Inadequate audit is presented',
      Reviewed: 'Yes',
      'Auditor’s grade': 'Inadequate',
      'Moderated grade': 'Requires Improvement',
      'Grade changed': 'Yes',
      'Reason for the grade': 'Plan was in time',
      'Learning for the team': 'Share the plan',
      'Family feedback': 'Father felt heard',
    });
    const json = JSON.parse(roundResultsJson(round, [reviewed], NOW)) as { reviews: { moderation: unknown }[] };
    expect(json.reviews[0]?.moderation).toEqual(reviewed.moderation);
  });
});
