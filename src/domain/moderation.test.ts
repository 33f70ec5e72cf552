import { describe, expect, it } from 'vitest';
import {
  addToSample,
  reviewOrder,
  moderationOutcome,
  moderationPopulation,
  panelProblems,
  quarterOf,
  redrawMatches,
  scheduleReviews,
  type CompletedAudit,
} from './moderation';
import { GRADES } from './grade';
import { moderationRound } from '@test/builders/round';
import { AUDITOR } from '@test/builders/audit';

// Seed 002, "Auditing Activity" › "Moderation".
describe('panel composition', () => {
  it.each([
    [
      [],
      [
        'The panel needs a chair: the Head of Service for Quality Assurance',
        'The panel needs at least one operational Head of Service',
        'The panel needs one member independent of the service area',
      ],
    ],
    [
      [
        { name: 'Ann', role: 'chair' },
        { name: 'Bo', role: 'operational-head-of-service' },
        { name: 'Cy', role: 'independent' },
      ],
      [],
    ],
    [
      [
        { name: 'Ann', role: 'chair' },
        { name: 'Di', role: 'chair' },
        { name: 'Bo', role: 'operational-head-of-service' },
        { name: 'Cy', role: 'independent' },
      ],
      ['The panel has one chair only'],
    ],
    [
      [
        { name: ' ', role: 'chair' },
        { name: 'Bo', role: 'operational-head-of-service' },
        { name: 'Cy', role: 'independent' },
      ],
      ['The panel needs a chair: the Head of Service for Quality Assurance'],
    ],
  ] as const)('%j → %j', (members, expected) => {
    expect(panelProblems(members)).toEqual(expected);
  });
});

const audits: CompletedAudit[] = Array.from({ length: 30 }, (_, i) => ({
  id: `a${String(i).padStart(2, '0')}`,
  status: i === 29 ? 'draft' : 'complete',
  auditDate: `2025-0${1 + (i % 3)}-15`,
  activity: i % 2 ? 'dip-sampling' : 'thematic',
  team: `Pod ${i % 4}`,
  programmeId: i < 10 ? 'programme-2024' : '',
  overallGrade: GRADES[i % 4] ?? 'good',
}));

describe('a moderation round', () => {
  it('draws from completed audits in the period, and records enough to re-draw and check', () => {
    const population = moderationPopulation(audits, { from: '2025-01-01', to: '2025-03-31', activity: '', team: '', programmeId: '' });
    expect(population).toHaveLength(29);
    const round = moderationRound(population, { id: 'r1', title: 'Q1', blind: false, seed: 'q1-2025' });
    const reasons = round.sample.map((s) => s.reason);
    expect(reasons.filter((r) => r === 'inadequate')).toHaveLength(7);
    expect(reasons.filter((r) => r === 'outstanding')).toHaveLength(8);
    expect(reasons.filter((r) => r === 'random')).toHaveLength(3);
    expect(redrawMatches(round)).toBe(true);
    expect(redrawMatches({ ...round, seed: 'another' })).toBe(false);
    const added = addToSample(round, 'a01', 'CSW disagreed in Part B', AUDITOR, '2025-04-01T09:05:00.000Z');
    expect(added.sample.at(-1)).toEqual({ auditId: 'a01', reason: 'added', note: 'CSW disagreed in Part B' });
    expect(redrawMatches(added)).toBe(true);
  });

  // Seed 002, "Moderation": "All 'Inadequate' and 'Outstanding' audits are presented." (issue 11, point 4)
  it.each([
    ['complete', true],
    ['with-csw', true],
    ['draft', false],
  ] as const)('an Inadequate audit that is %s is presented: %s', (status, presented) => {
    const inadequate: CompletedAudit = {
      id: 'x',
      status,
      auditDate: '2025-02-01',
      activity: 'dip-sampling',
      team: 'Pod 1',
      programmeId: '',
      overallGrade: 'inadequate',
    };
    const population = moderationPopulation([inadequate, ...audits], { from: '2025-01-01', to: '2025-03-31', activity: '', team: '', programmeId: '' });
    expect(population.some((p) => p.id === 'x')).toBe(presented);
    const round = moderationRound(population, { id: 'r', title: 'Q1', blind: false, seed: 's' });
    expect(round.sample.some((s) => s.auditId === 'x' && s.reason === 'inadequate')).toBe(presented);
  });

  it('filters by activity, team and programme', () => {
    expect(
      moderationPopulation(audits, { from: '2025-01-01', to: '2025-03-31', activity: 'thematic', team: 'Pod 0', programmeId: '' }).map((a) => a.id),
    ).toEqual(['a00', 'a04', 'a08', 'a12', 'a16', 'a20', 'a24', 'a28']);
    expect(
      moderationPopulation(audits, { from: '2025-01-01', to: '2025-03-31', activity: '', team: '', programmeId: 'programme-2024' }).map((a) => a.id),
    ).toEqual(['a00', 'a01', 'a02', 'a03', 'a04', 'a05', 'a06', 'a07', 'a08', 'a09']);
  });

  it('schedules 20-minute practice audit reviews back to back', () => {
    expect(
      scheduleReviews({
        startTime: '9:40',
        sample: [
          { auditId: 'x', reason: 'random', note: '' },
          { auditId: 'y', reason: 'inadequate', note: '' },
        ],
      }),
    ).toEqual([
      { auditId: 'x', start: '09:40', end: '10:00' },
      { auditId: 'y', start: '10:00', end: '10:20' },
    ]);
    expect(scheduleReviews({ startTime: '', sample: [] })).toEqual([]);
  });

  it('meets a blind round’s sample in case-reference order, so the order gives no grade away', () => {
    const population = moderationPopulation(audits, { from: '2025-01-01', to: '2025-03-31', activity: '', team: '', programmeId: '' });
    const round = moderationRound(population, { id: 'r1', title: 'Q1', blind: true, seed: 'q1-2025' });
    const ref = (id: string) => `CR-${(Number(id.slice(1)) * 7) % 31}`;
    const ordered = reviewOrder(round, ref).map((s) => ref(s.auditId));
    expect(ordered).toEqual([...ordered].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true })));
    expect(round.sample.map((s) => s.reason).slice(0, 7)).toEqual(Array(7).fill('inadequate'));
    expect(
      reviewOrder(round, ref)
        .slice(0, 7)
        .map((s) => s.reason),
    ).not.toEqual(Array(7).fill('inadequate'));
    expect(reviewOrder({ ...round, blind: false }, ref)).toBe(round.sample);
  });

  it('outcome and quarter', () => {
    expect(moderationOutcome({ auditorGrade: 'good', moderatedGrade: 'good' })).toBe('confirmed');
    expect(moderationOutcome({ auditorGrade: 'good', moderatedGrade: 'requires-improvement' })).toBe('changed');
    expect(quarterOf('2025-11-03')).toBe('2025 Q4');
  });
});
