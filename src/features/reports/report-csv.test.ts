import { improvementFigures } from '@/domain/improvement';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { actionFigures, overviewReport } from '@/domain/reports';
import { auditSummary } from '@test/builders/summary';
import { actionRecord } from '@test/builders/action';
import { getAuditTemplate } from '@/templates/registry';
import { overviewCsv, overviewJson } from './report-csv';

describe('the overview report as CSV', () => {
  it('has a row a measure, with the figures the report shows', () => {
    const summary = auditSummary({ id: 'x', auditDate: '2025-03-10', updatedAt: '2025-03-10T10:00:00.000Z' });
    const moderated = auditSummary({
      id: 'y',
      auditDate: '2025-04-02',
      acknowledgement: 'disagreed',
      overallGrade: 'good',
      moderationAuditorGrade: 'good',
      moderatedGrade: 'requires-improvement',
      moderationRoundId: 'r1',
    });
    const filter = { from: '2025-01-01', to: '2025-12-31', activity: '', team: '', programmeId: '' };
    const report = overviewReport([summary, moderated], filter, getAuditTemplate);
    const learning = [
      {
        auditId: 'y',
        caseReference: 'CR-y',
        team: 'Pod 1',
        strengths: 'Warm direct work',
        learningIndividual: 'Plan sooner',
        learningTeam: '',
        learningOrganisation: 'Share the template',
        followUp: 'Three months',
      },
    ];
    const csv = overviewCsv(
      report,
      actionFigures([], new Set(['x']), filter, '2025-06-01', (i) => i.slice(0, 10), new Map()),
      improvementFigures(new Set(['x']), new Map()),
      '1 January 2025 to 31 December 2025',
      learning,
      new Map([['y', 'CR-y']]),
    );
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]).toEqual(['Section', 'Measure', 'Value']);
    expect(rows).toContainEqual(['Report', 'Audits', '1 January 2025 to 31 December 2025']);
    expect(rows).toContainEqual(['Overall judgement (auditor)', 'Good', '2']);
    // Everything else the page shows (issue 12, "Exports that drop nothing").
    expect(rows).toContainEqual(['Overall judgement', 'Graded Good or better', '100%']);
    expect(rows).toContainEqual(['Overall judgement', 'Good or better after moderation', '50%']);
    expect(rows).toContainEqual(['Part B', 'Accepted by the CSW', '1']);
    expect(rows).toContainEqual(['Part B', 'Disagreed by the CSW', '1']);
    expect(rows).toContainEqual(['Month 2025-03', 'Audits', '1']);
    expect(rows).toContainEqual(['Month 2025-04', 'Good', '1']);
    expect(rows.filter((r) => r[0] === 'Strengths')).toHaveLength(report.strengths.length);
    expect(report.strengths.length).toBeGreaterThan(0);
    expect(rows).toContainEqual(['Grades the panel changed', 'CR-y', 'Good to Requires Improvement']);
    expect(rows).toContainEqual(['Panel learning: CR-y (Pod 1)', 'Strengths', 'Warm direct work']);
    expect(rows).toContainEqual(['Panel learning: CR-y (Pod 1)', 'Learning for the organisation', 'Share the template']);
    expect(rows).toContainEqual(['Area: Recording', 'Good', '2']);
    expect(rows).toContainEqual(['Area: Key information', 'Met', '2']);
    expect(rows).toContainEqual(['Moderation', 'Grade changed', '1']);
    expect(rows.find((r) => r[1] === 'Weighted kappa (quadratic)')?.[2]).toBe(
      report.moderation.agreement.weightedKappa === null ? 'Not defined' : report.moderation.agreement.weightedKappa.toFixed(2),
    );
  });

  it('quotes free text that a spreadsheet would run as a formula', () => {
    const filter = { from: '2025-01-01', to: '2025-12-31', activity: '', team: '', programmeId: '' };
    const action = actionRecord({
      id: 'a',
      createdAt: '2025-02-01T10:00:00.000Z',
      updatedAt: '2025-02-01T10:00:00.000Z',
      what: 'Train',
      level: 'service',
      ownerName: 'Chris Day',
      ownerRole: 'Head of Service',
      team: '',
      practitioner: '',
      due: '2025-06-30',
      theme: '=HYPERLINK("http://example.com")',
    });
    const csv = overviewCsv(
      overviewReport([], filter, getAuditTemplate),
      actionFigures([action], new Set(), filter, '2025-06-01', (i) => i.slice(0, 10), new Map()),
      improvementFigures(new Set(), new Map()),
      'period',
      [],
      new Map(),
    );
    expect(Papa.parse<string[]>(csv).data).toContainEqual(['Action themes', `'=HYPERLINK("http://example.com")`, '1']);
  });
});

describe('the overview report as JSON', () => {
  it('holds every figure, the actions, the learning and the filter, read back', () => {
    const filter = { from: '2025-01-01', to: '2025-12-31', activity: '', team: 'Pod 1', programmeId: '' };
    const moderated = auditSummary({ id: 'y', auditDate: '2025-04-02', moderationAuditorGrade: 'good', moderatedGrade: 'inadequate', moderationRoundId: 'r1' });
    const report = overviewReport([moderated], filter, getAuditTemplate);
    const acts = actionFigures([], report.auditIds, filter, '2025-06-01', (i) => i.slice(0, 10), new Map());
    const learning = [
      {
        auditId: 'y',
        caseReference: 'CR-y',
        team: 'Pod 1',
        strengths: 'Warm',
        learningIndividual: '',
        learningTeam: 'Share',
        learningOrganisation: '',
        followUp: '',
      },
    ];
    const json = JSON.parse(
      overviewJson(
        report,
        acts,
        improvementFigures(report.auditIds, new Map()),
        'period',
        filter,
        learning,
        new Map([['y', 'CR-y']]),
        '2025-06-01T10:00:00.000Z',
      ),
    ) as Record<string, unknown>;
    expect(json).toMatchObject({
      period: 'period',
      filter,
      audits: 1,
      auditIds: ['y'],
      partB: report.partB,
      byMonth: report.byMonth,
      areas: report.areas,
      learning,
      actions: acts,
    });
    expect(json.moderation).toMatchObject({ changes: [{ id: 'y', caseReference: 'CR-y', from: 'good', to: 'inadequate' }] });
    expect(json.goodOrBetterAfterModeration).toBe(0);
  });
});
