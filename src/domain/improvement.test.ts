// Improvement over time (issue 11, point 12). Seed 002, "Findings, accountability and impact": action plans "must be
// regularly reviewed, and evidence impact and outcomes"; "Learning from audits is then tested through subsequent
// audits". The change of grade and "impact confirmed by a later audit" come from a later audit's link to the earlier.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  confirmsImpact,
  earlierCandidates,
  followEarlierAudit,
  followUps,
  gradeChange,
  impactConfirmedBy,
  improvementFigures,
  ImprovementError,
  unfollowEarlierAudit,
  type FollowFacts,
} from './improvement';
import { GRADES, type Grade } from './grade';
import type { AuditStatus } from './audit';
import { summarizeAudit } from './summary';
import { AUDITOR, newAudit, NOW } from '@test/builders/audit';
import { actionRecord } from '@test/builders/action';
import { labelledSummary } from '@test/builders/summary';
import { latestAuditTemplate, latestTimescalePolicy } from '@/templates/registry';

const facts = (over: Partial<FollowFacts> & { id: string }): FollowFacts => ({
  status: 'complete',
  auditDate: '2026-01-10',
  overallGrade: 'good',
  moderatedGrade: 'none',
  followsAuditId: '',
  followsBasis: '',
  ...over,
});

describe('the change of grade from the earlier audit to the later one', () => {
  it.each<[Grade | null, Grade | null, string]>([
    ['requires-improvement', 'good', 'improved'],
    ['inadequate', 'outstanding', 'improved'],
    ['good', 'good', 'same'],
    ['good', 'requires-improvement', 'declined'],
    [null, 'good', 'not-graded'],
    ['good', null, 'not-graded'],
  ])('%s to %s: %s', (earlier, later, change) => {
    expect(gradeChange(earlier, later)).toBe(change);
  });

  it('is antisymmetric: improved one way is declined the other', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GRADES), fc.constantFrom(...GRADES), (a, b) => {
        const there = gradeChange(a, b);
        const back = gradeChange(b, a);
        expect(there === 'improved' ? back === 'declined' : there === 'declined' ? back === 'improved' : back === 'same').toBe(true);
      }),
    );
  });
});

describe('whether a later audit confirms the impact', () => {
  it.each<[Grade | null, Grade | null, AuditStatus, boolean]>([
    ['requires-improvement', 'good', 'with-csw', true],
    ['inadequate', 'requires-improvement', 'complete', true],
    ['good', 'good', 'complete', true],
    ['outstanding', 'outstanding', 'complete', true],
    ['requires-improvement', 'requires-improvement', 'complete', false],
    ['good', 'requires-improvement', 'complete', false],
    // A draft's grade is not yet the auditor's finished judgement.
    ['requires-improvement', 'good', 'draft', false],
    ['requires-improvement', null, 'complete', false],
  ])('%s then %s (%s): %s', (earlier, later, status, confirms) => {
    expect(confirmsImpact(earlier, later, status)).toBe(confirms);
  });
});

describe('links between audits', () => {
  it('the panel’s grade stands in for the auditor’s, on either side', () => {
    const links = followUps([
      facts({ id: 'e', overallGrade: 'good', moderatedGrade: 'requires-improvement' }),
      facts({ id: 'l', auditDate: '2026-06-01', overallGrade: 'good', followsAuditId: 'e', followsBasis: 'case' }),
    ]);
    expect(links.get('e')).toEqual([
      {
        earlierAuditId: 'e',
        laterAuditId: 'l',
        laterAuditDate: '2026-06-01',
        laterStatus: 'complete',
        basis: 'case',
        earlierGrade: 'requires-improvement',
        laterGrade: 'good',
        change: 'improved',
        confirms: true,
      },
    ]);
  });

  it('an earlier audit reopened as a draft has no grade to compare with, and confirms nothing, until submitted again', () => {
    const links = followUps([
      facts({ id: 'e', status: 'draft', overallGrade: 'requires-improvement' }),
      facts({ id: 'l', auditDate: '2026-06-01', overallGrade: 'good', followsAuditId: 'e', followsBasis: 'case' }),
    ]);
    expect(links.get('e')?.map((f) => [f.earlierGrade, f.change, f.confirms])).toEqual([[null, 'not-graded', false]]);
  });

  it('a link to an audit not in the workspace is no link', () => {
    expect(followUps([facts({ id: 'l', followsAuditId: 'gone', followsBasis: 'case' })]).size).toBe(0);
  });

  it('an action’s impact is confirmed by a later audit done on or after its completion, never before', () => {
    const links = followUps([
      facts({ id: 'e', overallGrade: 'requires-improvement', auditDate: '2026-01-10' }),
      facts({ id: 'l1', auditDate: '2026-03-01', followsAuditId: 'e', followsBasis: 'case' }),
      facts({ id: 'l2', auditDate: '2026-07-01', followsAuditId: 'e', followsBasis: 'practitioner' }),
    ]);
    const done = (date: string) => actionRecord({ id: 'a', auditIds: ['e'], status: 'completed', completion: { date, evidence: 'Seen', impact: 'Better' } });
    expect(impactConfirmedBy(done('2026-02-01'), links)?.laterAuditId).toBe('l1');
    expect(impactConfirmedBy(done('2026-04-01'), links)?.laterAuditId).toBe('l2');
    expect(impactConfirmedBy(done('2026-08-01'), links)).toBeNull();
    expect(impactConfirmedBy(actionRecord({ id: 'open', auditIds: ['e'] }), links)).toBeNull();
  });

  it('the audits one could follow: submitted, the same case first, then the same practitioner, never a later one or one that follows it', () => {
    const audit = { id: 'now', details: { caseReference: 'CR-1', practitioner: 'Jo Lee', auditDate: '2026-06-01' } };
    const s = (id: string, over: Parameters<typeof labelledSummary>[0]) => labelledSummary({ ...over, id });
    const all = [
      s('same-case-old', { id: '', caseReference: ' cr-1 ', practitioner: 'Ann Other', auditDate: '2025-01-01' }),
      s('same-case-new', { id: '', caseReference: 'CR-1', practitioner: 'Ann Other', auditDate: '2026-01-01' }),
      s('same-worker', { id: '', caseReference: 'CR-2', practitioner: 'jo  lee', auditDate: '2026-02-01' }),
      s('later', { id: '', caseReference: 'CR-1', auditDate: '2026-07-01' }),
      s('other', { id: '', caseReference: 'CR-3', practitioner: 'Sam', auditDate: '2026-02-01' }),
      s('follows-now', { id: '', caseReference: 'CR-1', auditDate: '2026-05-01', followsAuditId: 'now' }),
      s('follows-that', { id: '', caseReference: 'CR-1', auditDate: '2026-05-02', followsAuditId: 'follows-now' }),
      s('now', { id: '', caseReference: 'CR-1', auditDate: '2026-06-01' }),
      s('draft', { id: '', caseReference: 'CR-1', auditDate: '2026-03-01', status: 'draft' }),
    ];
    expect(earlierCandidates(audit, all).map((c) => [c.summary.id, c.basis])).toEqual([
      ['same-case-new', 'case'],
      ['same-case-old', 'case'],
      ['same-worker', 'practitioner'],
    ]);
  });

  it('linking records who and when, and refuses itself or a later audit', () => {
    const audit = newAudit({ auditDate: '2026-06-01' }, 'now');
    const linked = followEarlierAudit(audit, { id: 'before', auditDate: '2026-01-10' }, 'case', AUDITOR, NOW);
    expect(linked.follows).toEqual({ auditId: 'before', auditDate: '2026-01-10', basis: 'case', by: AUDITOR, at: NOW });
    expect(linked.history.at(-1)?.detail).toMatch(/earlier audit/);
    expect(() => followEarlierAudit(audit, { id: 'now', auditDate: '2026-01-10' }, 'case', AUDITOR, NOW)).toThrow(ImprovementError);
    expect(() => followEarlierAudit(audit, { id: 'after', auditDate: '2026-07-01' }, 'case', AUDITOR, NOW)).toThrow(/on or before/);
    expect(unfollowEarlierAudit(linked, AUDITOR, NOW).follows).toBeNull();
  });

  it('the summary carries the link, so reports find it without reading audits', () => {
    const audit = followEarlierAudit(newAudit({ auditDate: '2026-06-01' }, 'now'), { id: 'before', auditDate: '2026-01-10' }, 'practitioner', AUDITOR, NOW);
    const s = summarizeAudit(latestAuditTemplate(), audit, latestTimescalePolicy('auditor-guidance'));
    expect([s.followsAuditId, s.followsBasis, s.followsAuditDate]).toEqual(['before', 'practitioner', '2026-01-10']);
  });
});

describe('improvement over time in a report', () => {
  it('counts the report’s submitted later audits by how their grade moved, leaving out drafts', () => {
    const links = followUps([
      facts({ id: 'e1', overallGrade: 'requires-improvement' }),
      facts({ id: 'e2', overallGrade: 'good' }),
      facts({ id: 'e3', overallGrade: 'good' }),
      facts({ id: 'l1', overallGrade: 'good', followsAuditId: 'e1', followsBasis: 'case' }),
      facts({ id: 'l2', overallGrade: 'requires-improvement', followsAuditId: 'e2', followsBasis: 'practitioner' }),
      facts({ id: 'l3', overallGrade: 'good', followsAuditId: 'e3', followsBasis: 'case' }),
      facts({ id: 'outside', overallGrade: 'good', followsAuditId: 'e1', followsBasis: 'case' }),
      facts({ id: 'draft', status: 'draft', overallGrade: 'outstanding', followsAuditId: 'e1', followsBasis: 'case' }),
    ]);
    expect(improvementFigures(new Set(['l1', 'l2', 'l3', 'e1', 'draft']), links)).toEqual({
      linked: 3,
      improved: 1,
      same: 1,
      declined: 1,
      notGraded: 0,
      confirming: 2,
      moves: [
        { from: 'good', to: 'good', count: 1 },
        { from: 'good', to: 'requires-improvement', count: 1 },
        { from: 'requires-improvement', to: 'good', count: 1 },
      ],
    });
  });

  it('every linked audit is counted once, as improved, the same, declined or not graded', () => {
    const grade = fc.constantFrom<Grade | 'none'>('none', ...GRADES);
    fc.assert(
      fc.property(fc.array(fc.tuple(grade, grade), { maxLength: 30 }), (pairs) => {
        const all = pairs.flatMap(([a, b], i) => [
          facts({ id: `e${i}`, overallGrade: a }),
          facts({ id: `l${i}`, overallGrade: b, followsAuditId: `e${i}`, followsBasis: 'case' }),
        ]);
        const f = improvementFigures(new Set(all.map((x) => x.id)), followUps(all));
        expect(f.linked).toBe(pairs.length);
        expect(f.improved + f.same + f.declined + f.notGraded).toBe(f.linked);
        expect(f.moves.reduce((n, m) => n + m.count, 0)).toBe(f.linked - f.notGraded);
      }),
    );
  });
});
