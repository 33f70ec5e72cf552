import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { actionFigures, overviewReport } from '@/domain/reports';
import type { AuditSummary } from '@/domain/summary';
import { getAuditTemplate } from '@/templates/registry';
import { overviewCsv } from './report-csv';

describe('the overview report as CSV', () => {
  it('has a row a measure, with the figures the report shows', () => {
    const summary: AuditSummary = {
      id: 'x', rev: 1, status: 'complete', caseReference: 'CR-1', team: 'Pod 1', auditor: 'Sam Patel', practitioner: 'Jo Lee', csw: 'Alex Morgan', auditDate: '2025-03-10',
      caseType: 'child-in-need', activity: 'dip-sampling', overallGrade: 'good', escalation: 'none', sectionsCompleted: 12, sectionsTotal: 12, actionCount: 1, acknowledgement: 'accepted',
      moderatedGrade: 'none', moderationAuditorGrade: 'none', moderationRoundId: '', programmeId: '', programmeEntryId: '', areaJudgements: 'mmmGGGGGGG', timescalesMet: 0, timescalesMissed: 0,
      templateId: 'case-file-quality-audit', templateVersion: 1, updatedAt: '2025-03-10T10:00:00.000Z',
    };
    const filter = { from: '2025-01-01', to: '2025-12-31', activity: '', team: '', programmeId: '' };
    const report = overviewReport([summary], filter, getAuditTemplate);
    const csv = overviewCsv(report, actionFigures([], new Set(['x']), filter, '2025-06-01'), '1 January 2025 to 31 December 2025');
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]).toEqual(['Section', 'Measure', 'Value']);
    expect(rows).toContainEqual(['Report', 'Audits', '1 January 2025 to 31 December 2025']);
    expect(rows).toContainEqual(['Overall judgement (auditor)', 'Good', '1']);
    expect(rows).toContainEqual(['Area: Recording', 'Good', '1']);
    expect(rows).toContainEqual(['Area: Key information', 'Met', '1']);
    expect(rows).toContainEqual(['Moderation', 'Weighted kappa (quadratic)', 'Not defined']);
  });
});
