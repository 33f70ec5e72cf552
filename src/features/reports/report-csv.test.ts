import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { actionFigures, overviewReport } from '@/domain/reports';
import { auditSummary } from '@test/builders/summary';
import { actionRecord } from '@test/builders/action';
import { getAuditTemplate } from '@/templates/registry';
import { overviewCsv } from './report-csv';

describe('the overview report as CSV', () => {
  it('has a row a measure, with the figures the report shows', () => {
    const summary = auditSummary({ id: 'x', auditDate: '2025-03-10', updatedAt: '2025-03-10T10:00:00.000Z' });
    const filter = { from: '2025-01-01', to: '2025-12-31', activity: '', team: '', programmeId: '' };
    const report = overviewReport([summary], filter, getAuditTemplate);
    const csv = overviewCsv(
      report,
      actionFigures([], new Set(['x']), filter, '2025-06-01', (i) => i.slice(0, 10)),
      '1 January 2025 to 31 December 2025',
    );
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]).toEqual(['Section', 'Measure', 'Value']);
    expect(rows).toContainEqual(['Report', 'Audits', '1 January 2025 to 31 December 2025']);
    expect(rows).toContainEqual(['Overall judgement (auditor)', 'Good', '1']);
    expect(rows).toContainEqual(['Area: Recording', 'Good', '1']);
    expect(rows).toContainEqual(['Area: Key information', 'Met', '1']);
    expect(rows).toContainEqual(['Moderation', 'Weighted kappa (quadratic)', 'Not defined']);
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
      actionFigures([action], new Set(), filter, '2025-06-01', (i) => i.slice(0, 10)),
      'period',
    );
    expect(Papa.parse<string[]>(csv).data).toContainEqual(['Action themes', `'=HYPERLINK("http://example.com")`, '1']);
  });
});
