import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { actionFigures, overviewReport } from '@/domain/reports';
import { summarizeAudit } from '@/domain/summary';
import { getAuditTemplate } from '@/templates/registry';
import { completedPartA } from '../../../test/builders/audit';
import { overviewCsv } from './report-csv';

describe('the overview report as CSV', () => {
  it('has a row a measure, with the figures the report shows', () => {
    const template = getAuditTemplate('case-file-quality-audit', 1);
    const audit = { ...completedPartA('good'), status: 'complete' as const, id: 'x' };
    const filter = { from: '2025-01-01', to: '2025-12-31', activity: '', team: '', programmeId: '' };
    const report = overviewReport([summarizeAudit(template, audit)], filter, getAuditTemplate);
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
