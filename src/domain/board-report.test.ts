// Issue 12, "The board report, in words" (seed 002, "Findings, accountability and impact"): issued figures are frozen,
// and practitioners, auditors and children are not named unless the author chooses to.
import { followUps, improvementFigures } from './improvement';
import { describe, expect, it } from 'vitest';
import { editReport, issueReport, namesIn, newBoardReport, reportFigures, ReportError } from './board-report';
import { actionFigures, overviewReport } from './reports';
import { getAuditTemplate } from '@/templates/registry';
import { auditSummary } from '@test/builders/summary';

const BY = { name: 'Kim Osei', designation: 'Head of QA' };
const NOW = '2026-11-30T10:00:00.000Z';
const filter = { from: '2025-01-01', to: '2025-12-31', activity: '', team: 'Pod 1', programmeId: '' };
const draft = () => newBoardReport('r1', { kind: 'board', title: 'Quarter report', filter }, BY, NOW);
const moderated = auditSummary({ id: 'm', auditDate: '2025-05-01', moderationAuditorGrade: 'good', moderatedGrade: 'inadequate', moderationRoundId: 'r' });

function figuresOf(summaries: ReturnType<typeof auditSummary>[], namePeople: boolean) {
  const r = overviewReport(summaries, filter, getAuditTemplate);
  const learning = [
    {
      auditId: 'm',
      caseReference: 'CR-77',
      team: 'Pod 1',
      strengths: 'Warm',
      learningIndividual: '',
      learningTeam: '',
      learningOrganisation: '',
      followUp: '',
    },
  ];
  return reportFigures(
    r,
    actionFigures([], r.auditIds, filter, '2026-01-01', (i) => i.slice(0, 10), followUps(summaries)),
    improvementFigures(r.auditIds, followUps(summaries)),
    learning,
    () => 'CR-77',
    () => 'Pod 1',
    namePeople,
  );
}

describe('board reports', () => {
  it('freeze improvement over time with the figures (issue 11, point 12)', () => {
    const earlier = auditSummary({ id: 'e', auditDate: '2024-11-01', team: 'Pod 1', overallGrade: 'requires-improvement' });
    const later = auditSummary({ id: 'l', auditDate: '2025-06-01', followsAuditId: 'e', followsBasis: 'case', followsAuditDate: '2024-11-01' });
    const f = figuresOf([earlier, later], false);
    expect(f.improvement).toEqual({
      linked: 1,
      improved: 1,
      same: 0,
      declined: 0,
      notGraded: 0,
      confirming: 1,
      moves: [{ from: 'requires-improvement', to: 'good', count: 1 }],
    });
  });

  it('issuing freezes the figures: a later audit does not change an issued report', () => {
    const written = editReport(draft(), { text: { keyFindings: 'Most audits are Good.' } });
    const summaries = [auditSummary({ id: 'a', auditDate: '2025-03-10' }), moderated];
    const issued = issueReport(written, figuresOf(summaries, false), [], BY, NOW);
    expect(issued.status).toBe('issued');
    const frozen = JSON.stringify(issued.issued?.figures);
    // Audits added after: the live figures move on, the issued ones do not, and the words cannot change.
    const later = figuresOf([...summaries, auditSummary({ id: 'b', auditDate: '2025-06-10', overallGrade: 'inadequate' })], false);
    expect(later.audits).toBe(3);
    expect(JSON.stringify(issued.issued?.figures)).toBe(frozen);
    expect(issued.issued?.figures.audits).toBe(2);
    expect(() => editReport(issued, { text: { keyFindings: 'Changed' } })).toThrow(ReportError);
    expect(() => issueReport(issued, later, [], BY, NOW)).toThrow('already been issued');
  });

  it('names no audit, practitioner or auditor unless the author chooses to', () => {
    expect(figuresOf([moderated], false).moderation.changes).toEqual([{ audit: 'An audit in Pod 1', from: 'good', to: 'inadequate' }]);
    expect(figuresOf([moderated], false).learning[0]?.audit).toBe('An audit in Pod 1');
    expect(figuresOf([moderated], true).moderation.changes[0]?.audit).toBe('CR-77');
    expect(figuresOf([moderated], true).learning[0]?.audit).toBe('CR-77 (Pod 1)');

    const known = ['Jo Lee', 'Sam Patel', 'CR-77', 'Al'];
    const naming = editReport(draft(), { text: { keyFindings: 'Jo Lee’s planning was strong.', learning: 'See case cr-77.' } });
    expect(() => issueReport(naming, figuresOf([moderated], false), known, BY, NOW)).toThrow(
      'The report names Jo Lee, CR-77: take them out, or choose to name people in this report',
    );
    expect(issueReport(editReport(naming, { namePeople: true }), figuresOf([moderated], true), known, BY, NOW).status).toBe('issued');
  });

  it.each([
    [['Jo Lee was away'], ['Jo Lee'], ['Jo Lee']],
    [['jo lee was away'], ['Jo Lee'], ['Jo Lee']],
    [['Jo Leeson was away'], ['Jo Lee'], []],
    [['Alan and Al'], ['Al'], []],
    [['Case CR-7 and CR-77'], ['CR-7', 'CR-77'], ['CR-7', 'CR-77']],
    [['Siobhán Ní Bhriain helped'], ['Siobhán Ní Bhriain'], ['Siobhán Ní Bhriain']],
  ])('%j naming %j finds %j', (texts, known, found) => {
    expect(namesIn(texts, known)).toEqual(found);
  });

  it('cannot be issued without key findings', () => {
    expect(() => issueReport(draft(), figuresOf([], false), [], BY, NOW)).toThrow('Write the key findings');
  });
});

describe('a Brief Overview report of a thematic audit', () => {
  it('is about the audits counted towards that one programme activity', () => {
    const thematic = { from: '2025-04-01', to: '2026-03-31', activity: 'thematic', team: '', programmeId: 'p1', programmeEntryId: 'e7' };
    const counted = auditSummary({ id: 'in', auditDate: '2025-06-01', activity: 'thematic', programmeId: 'p1', programmeEntryId: 'e7' });
    const otherActivity = auditSummary({ id: 'other', auditDate: '2025-06-01', activity: 'thematic', programmeId: 'p1', programmeEntryId: 'e8' });
    const r = overviewReport([counted, otherActivity], thematic, getAuditTemplate);
    expect([...r.auditIds]).toEqual(['in']);
    const brief = newBoardReport('b1', { kind: 'brief-overview', title: 'Brief Overview: Thematic audit', filter: thematic }, BY, NOW);
    expect(brief.history[0]?.detail).toBe('Brief Overview report started');
  });
});
