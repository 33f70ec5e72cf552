// Issue 11, point 14. Seed 002, "Celebrating best practice as part of auditing activity": "Examples of good practice
// are acknowledged through: Escalation to senior management, ... Shared at the Quality Assurance and Practice
// Development Board."
import { describe, expect, it } from 'vitest';
import { flagGoodPractice, goodPracticeByRoute, GoodPracticeError, unflagGoodPractice } from './good-practice';
import { GOOD_PRACTICE_ROUTES } from './good-practice-record';
import { summarizeAudit } from './summary';
import { getTimescalePolicy, latestAuditTemplate } from '@/templates/registry';
import { AUDITOR, completedPartA, NOW } from '@test/builders/audit';

describe('good practice', () => {
  it('has the seed’s seven routes, in its order', () => {
    expect(GOOD_PRACTICE_ROUTES.map((r) => r.id)).toEqual([
      'senior-management',
      'story-boards',
      'lunch-and-learn',
      'dcs-roundup',
      'practice-hub',
      'pld-meeting',
      'qapd-board',
    ]);
  });

  it('flags an audit with a note and routes, in its history, and the summary carries the routes', () => {
    const audit = flagGoodPractice(
      completedPartA('outstanding'),
      { note: ' Direct work with the child ', routes: ['qapd-board', 'story-boards'] },
      AUDITOR,
      NOW,
    );
    expect(audit.goodPractice).toEqual({ note: 'Direct work with the child', routes: ['story-boards', 'qapd-board'], by: AUDITOR, at: NOW });
    expect(audit.history.at(-1)?.detail).toBe(
      'Flagged as good practice, to share through: Story Boards and Appreciative Enquiry; The Quality Assurance and Practice Development Board',
    );
    expect(summarizeAudit(latestAuditTemplate(), audit, getTimescalePolicy('auditor-guidance', 1)).goodPracticeRoutes).toEqual(['story-boards', 'qapd-board']);
    const unflagged = unflagGoodPractice(audit, AUDITOR, NOW);
    expect(unflagged.goodPractice).toBeNull();
    expect(unflagged.history.at(-1)?.detail).toBe('No longer flagged as good practice');
  });

  it.each([
    [{ note: ' ', routes: ['qapd-board'] as const }, 'Say what the good practice is'],
    [{ note: 'Good', routes: [] as const }, 'Choose at least one way to share it'],
  ])('%j is refused: %s', (input, message) => {
    expect(() => flagGoodPractice(completedPartA(), { note: input.note, routes: [...input.routes] }, AUDITOR, NOW)).toThrow(new GoodPracticeError(message));
  });

  it('lists the flagged audits route by route', () => {
    const byRoute = goodPracticeByRoute([
      { id: 'a', goodPracticeRoutes: ['qapd-board'] },
      { id: 'b', goodPracticeRoutes: ['qapd-board', 'dcs-roundup'] },
    ]);
    expect(byRoute.map((r) => [r.route.id, r.auditIds])).toEqual([
      ['senior-management', []],
      ['story-boards', []],
      ['lunch-and-learn', []],
      ['dcs-roundup', ['b']],
      ['practice-hub', []],
      ['pld-meeting', []],
      ['qapd-board', ['a', 'b']],
    ]);
  });
});
