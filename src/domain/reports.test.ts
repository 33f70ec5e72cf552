import { followUps } from './improvement';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { actionFigures, goodOrBetter, moderationLearning, overviewReport } from './reports';
import type { AuditFilter } from './audit-filter';
import type { AuditSummary } from './summary';
import { GRADES, type Grade } from './grade';
import { getAuditTemplate } from '@/templates/registry';
import { completedPartA } from '@test/builders/audit';
import { actionRecord } from '@test/builders/action';
import { auditSummary } from '@test/builders/summary';
import { reviewInput } from '@test/builders/round';

// Seed 002, "Findings, accountability and impact": "Findings from audit activity are collated into an audit overview
// report". The template's judged areas, in order: key information, timescales, frequency of visiting (compliance),
// then direct work, assessment, decision-making and planning, decision making, multi-agency work, management
// oversight, recording (graded).
const templateOf = getAuditTemplate;
const ALL: AuditFilter = { from: '2026-04-01', to: '2027-03-31', activity: '', team: '', programmeId: '' };

const summary = auditSummary;

const summaries: AuditSummary[] = [
  summary({ id: 'a', overallGrade: 'good', areaJudgements: 'mmpGGGGGGR', timescalesMet: 4, timescalesMissed: 0 }),
  summary({
    id: 'b',
    overallGrade: 'requires-improvement',
    areaJudgements: 'mpnRRRGRRI',
    timescalesMet: 2,
    timescalesMissed: 2,
    auditDate: '2026-06-02',
    moderatedGrade: 'inadequate',
    moderationAuditorGrade: 'requires-improvement',
    moderationRoundId: 'r1',
    escalation: 'recorded',
  }),
  summary({
    id: 'c',
    overallGrade: 'inadequate',
    areaJudgements: 'nnnIIIIIII',
    auditDate: '2026-06-20',
    moderatedGrade: 'inadequate',
    moderationAuditorGrade: 'inadequate',
    moderationRoundId: 'r1',
    escalation: 'open',
    acknowledgement: 'disagreed',
    disagreementOpen: true,
  }),
  summary({
    id: 'd',
    overallGrade: 'outstanding',
    areaJudgements: 'mmmOOOOOOG',
    status: 'with-csw',
    acknowledgement: 'none',
    team: 'Pod 2',
    activity: 'thematic',
    programmeId: 'p1',
  }),
  summary({ id: 'draft', overallGrade: 'inadequate', areaJudgements: 'IIIIIII---', status: 'draft', acknowledgement: 'none' }),
  summary({ id: 'old', overallGrade: 'good', auditDate: '2026-03-31' }),
];

describe('the audit overview report', () => {
  const r = overviewReport(summaries, ALL, templateOf);

  it('counts the audits in the period by status, and grades submitted audits only (a draft may still change)', () => {
    expect(r.audits).toBe(5);
    expect(r.byStatus).toEqual({ draft: 1, 'with-csw': 1, complete: 3 });
    expect(r.graded).toBe(4);
    expect(r.overall).toEqual({ outstanding: 1, good: 1, 'requires-improvement': 1, inadequate: 1 });
    expect(goodOrBetter(r.overall)).toBe(0.5);
  });

  it('takes the panel’s grade where an audit was moderated', () => {
    expect(r.afterModeration).toEqual({ outstanding: 1, good: 1, 'requires-improvement': 0, inadequate: 2 });
    expect(goodOrBetter(r.afterModeration)).toBe(0.5);
  });

  it('names the audits it is about and the moderated ones, whose review records hold the learning', () => {
    expect([...r.auditIds].sort()).toEqual(['a', 'b', 'c', 'd', 'draft']);
    expect(r.moderatedIds).toEqual(['b', 'c']);
  });

  it('reports moderation results: confirmed, changed and agreement', () => {
    expect(r.moderation.confirmed).toBe(1);
    expect(r.moderation.changed).toBe(1);
    expect(r.moderation.changes).toEqual([{ id: 'b', from: 'requires-improvement', to: 'inadequate' }]);
    expect(r.moderation.agreement).toMatchObject({ n: 2, exact: 0.5, withinOne: 1, downgraded: 1, upgraded: 0 });
  });

  it('counts each area’s judgements, and names the strengths and the areas to develop', () => {
    const area = (id: string) => r.areas.find((a) => a.sectionId === id);
    expect(area('key-information')?.compliance).toEqual({ met: 3, 'partly-met': 0, 'not-met': 1 });
    expect(area('timescales')?.compliance).toEqual({ met: 2, 'partly-met': 1, 'not-met': 1 });
    expect(area('recording')?.grades).toEqual({ outstanding: 0, good: 1, 'requires-improvement': 1, inadequate: 2 });
    expect(area('recording')?.wellJudged).toBe(0.25);
    expect(area('decision-making')?.grades).toEqual({ outstanding: 1, good: 2, 'requires-improvement': 0, inadequate: 1 });
    // Judged well in at least two audits of three is a strength; the rest are areas to develop, never both.
    expect(r.strengths.map((a) => a.sectionId)).toEqual(['key-information', 'decision-making']);
    expect(r.development.map((a) => a.sectionId)).toEqual(['frequency-of-visiting', 'recording', 'timescales']);
    expect(r.strengths.filter((a) => r.development.includes(a))).toEqual([]);
  });

  it('sums timescale compliance over the audits that had timescales to judge', () => {
    expect(r.timescales).toEqual({ audits: 2, met: 6, missed: 2, auditsAllMet: 1 });
  });

  it('counts escalations and Part B outcomes', () => {
    expect(r.escalations).toEqual({ raised: 2, open: 1 });
    // The disagreement has no response yet: it counts as open (issue 11, point 13).
    expect(r.partB).toEqual({ accepted: 2, disagreed: 1, disagreedOpen: 1 });
  });

  it('gives grades month by month, in order', () => {
    expect(r.byMonth.map((m) => [m.month, m.audits])).toEqual([
      ['2026-05', 2],
      ['2026-06', 2],
    ]);
  });

  it.each([
    [{ team: 'Pod 2' }, ['d']],
    [{ activity: 'thematic' }, ['d']],
    [{ programmeId: 'p1' }, ['d']],
    [{ from: '2026-06-01', to: '2026-06-30' }, ['b', 'c']],
  ] as const)('filters by %j', (f, expected) => {
    const report = overviewReport(summaries, { ...ALL, ...f }, templateOf);
    expect(report.audits).toBe(expected.length);
  });

  it('is empty, not broken, when nothing matches', () => {
    const empty = overviewReport([], ALL, templateOf);
    expect(empty.graded).toBe(0);
    expect(goodOrBetter(empty.overall)).toBeNull();
    expect(empty.moderation.agreement.weightedKappa).toBeNull();
    expect(empty.strengths).toEqual([]);
    expect(empty.areas.every((a) => a.wellJudged === null)).toBe(true);
  });

  it('keeps its totals consistent for any set of audits (law)', () => {
    const grade = fc.constantFrom<Grade | 'none'>(...GRADES, 'none');
    const arb = fc.array(
      fc.record({
        status: fc.constantFrom('draft', 'with-csw', 'complete' as const),
        overallGrade: grade,
        moderatedGrade: grade,
        auditDate: fc.constantFrom('2026-04-01', '2026-09-30', '2027-03-31', '2027-04-01'),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (xs) => {
        const rows = xs.map((x, i) =>
          summary({ id: String(i), ...x, moderationAuditorGrade: x.moderatedGrade === 'none' ? 'none' : x.overallGrade === 'none' ? 'good' : x.overallGrade }),
        );
        const report = overviewReport(rows, ALL, templateOf);
        const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
        expect(sum(report.byStatus)).toBe(report.audits);
        expect(sum(report.overall)).toBe(report.graded);
        expect(sum(report.afterModeration)).toBe(report.graded);
        expect(report.byMonth.reduce((n, m) => n + m.audits, 0)).toBe(report.graded);
        expect(report.graded).toBeLessThanOrEqual(report.audits - report.byStatus.draft);
      }),
    );
  });
});

const action = actionRecord;

describe('actions in the overview report', () => {
  const actions = [
    action({ id: '1', auditIds: ['a'], theme: 'Recording' }),
    action({
      id: '2',
      auditIds: ['b'],
      theme: 'Recording',
      status: 'completed',
      completion: { date: '2026-06-01', evidence: 'Seen', impact: 'Chronology up to date' },
    }),
    action({ id: '3', level: 'service', theme: 'Supervision', due: '2027-01-31' }),
    action({ id: '4', level: 'strategic', createdAt: '2025-12-01T09:00:00.000Z' }),
    action({ id: '5', auditIds: ['elsewhere'] }),
    action({ id: '6', level: 'service', team: 'Pod 9' }),
  ];

  it('counts the actions from the report’s audits and the service and strategic actions set in the period', () => {
    // Audit "later" follows audit "b", which action 2 came from, and is graded better (issue 11, point 12).
    const links = followUps([
      summary({ id: 'b', overallGrade: 'requires-improvement', auditDate: '2026-03-01' }),
      summary({
        id: 'later',
        overallGrade: 'good',
        auditDate: '2026-09-01',
        status: 'with-csw',
        followsAuditId: 'b',
        followsBasis: 'case',
        followsAuditDate: '2026-03-01',
      }),
    ]);
    const f = actionFigures(actions, new Set(['a', 'b']), { ...ALL, team: 'Pod 1' }, '2026-11-23', (instant) => instant.slice(0, 10), links);
    expect(f.total).toBe(3);
    expect(f.byLevel.practice).toEqual({ open: 1, 'in-progress': 0, completed: 1, cancelled: 0 });
    expect(f.byLevel.service.open).toBe(1);
    expect(f.overdue).toBe(1);
    expect(f.completedWithImpact).toBe(1);
    expect(f.confirmedByLaterAudit).toBe(1);
    expect(f.themes).toEqual([
      { theme: 'Recording', count: 2 },
      { theme: 'Supervision', count: 1 },
    ]);
  });

  it('leaves out actions from no audit when the report is limited to a programme or an activity, which they have none of', () => {
    expect(
      actionFigures(actions, new Set(['a', 'b']), { ...ALL, team: 'Pod 1', programmeId: 'p1' }, '2026-11-23', (i) => i.slice(0, 10), new Map()).total,
    ).toBe(2);
    expect(
      actionFigures(actions, new Set(['a', 'b']), { ...ALL, team: 'Pod 1', activity: 'thematic' }, '2026-11-23', (i) => i.slice(0, 10), new Map()).total,
    ).toBe(2);
  });

  it('places an action in the period by the local date it was made', () => {
    const early = [action({ id: 's', level: 'service', createdAt: '2026-03-31T23:30:00.000Z' })];
    const bst = (instant: string) => (instant === '2026-03-31T23:30:00.000Z' ? '2026-04-01' : instant.slice(0, 10));
    expect(actionFigures(early, new Set(), ALL, '2026-11-23', (i) => i.slice(0, 10), new Map()).total).toBe(0);
    expect(actionFigures(early, new Set(), ALL, '2026-11-23', bst, new Map()).total).toBe(1);
  });
});

describe('learning from practice audit reviews', () => {
  it('lists what the panel recorded, leaving out reviews that recorded none', () => {
    const base = completedPartA('good');
    const record = {
      ...reviewInput(),
      roundId: 'r1',
      auditorGrade: 'good' as const,
      recordedBy: { name: 'A', designation: 'B' },
      recordedAt: '2026-06-01T10:00:00.000Z',
      recordedByAuditor: false,
    };
    const learnt = { ...base, id: 'x', moderation: { ...record, learningTeam: ' Use the chronology template ' } };
    const silent = { ...base, id: 'y', moderation: record };
    expect(moderationLearning([learnt, silent, { ...base, id: 'z' }])).toEqual([
      {
        auditId: 'x',
        caseReference: base.details.caseReference,
        team: base.details.team,
        strengths: '',
        learningIndividual: '',
        learningTeam: 'Use the chronology template',
        learningOrganisation: '',
        followUp: '',
      },
    ]);
  });
});
