// Issue 12, "Exports that drop nothing": the action register's export holds every value entered, read back.
import { followUps } from '@/domain/improvement';
import { auditSummary } from '@test/builders/summary';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { actionRecord } from '@test/builders/action';
import { AUDITOR } from '@test/builders/audit';
import type { ActionRecord } from '@/domain/actions';
import { actionsCsv, actionsJson } from './action-export';

const action = actionRecord({
  id: 'act-1',
  what: 'Update the chronology, "all of it"\nby Friday',
  theme: '=Recording',
  team: 'Pod “North”',
  practitioner: 'Siobhán Ní Bhriain',
  auditIds: ['a1', 'a2'],
  caseReferences: ['CR-1', 'CR-2'],
  status: 'completed',
  reviews: [{ date: '2026-06-01', note: 'Half done', by: AUDITOR }],
  completion: { date: '2026-06-20', evidence: 'Chronology on file', impact: 'Plan now current' },
});

describe('exporting actions', () => {
  it('CSV: every value entered is in the file read back', () => {
    // A later audit follows audit a2, which the action came from, graded better (issue 11, point 12).
    const links = followUps([
      auditSummary({ id: 'a2', overallGrade: 'requires-improvement', auditDate: '2026-03-01' }),
      auditSummary({ id: 'later', overallGrade: 'good', auditDate: '2026-09-01', followsAuditId: 'a2', followsBasis: 'case', followsAuditDate: '2026-03-01' }),
    ]);
    const [row] = Papa.parse<Record<string, string>>(actionsCsv([action], '2026-07-01', links), { header: true }).data;
    expect(row).toMatchObject({
      Action: action.what,
      Theme: "'=Recording",
      Owner: 'Jo Lee',
      "Owner's role": 'Social worker',
      Team: 'Pod “North”',
      'Practitioner (supervision)': 'Siobhán Ní Bhriain',
      Due: '2026-06-30',
      Status: 'Completed',
      'Case references': 'CR-1; CR-2',
      Evidence: 'Chronology on file',
      Impact: 'Plan now current',
      'Impact confirmed by a later audit': 'Yes: the audit of 2026-09-01 follows one it came from, graded better',
    });
    expect(row?.Reviews).toContain('Half done');
    const [without] = Papa.parse<Record<string, string>>(actionsCsv([action], '2026-07-01', new Map()), { header: true }).data;
    expect(without?.['Impact confirmed by a later audit']).toBe('Not yet');
    // One completed before audits were linked, with the old box ticked: shown, never counted as confirmed.
    const ticked = { ...action, completion: { ...action.completion!, confirmedByLaterAudit: 'yes' as const } };
    const [old] = Papa.parse<Record<string, string>>(actionsCsv([ticked], '2026-07-01', new Map()), { header: true }).data;
    expect(old?.['Impact confirmed by a later audit']).toMatch(/^Not yet from a linked audit \(marked confirmed by hand/);
  });

  it('JSON: the records themselves', () => {
    expect((JSON.parse(actionsJson([action], 'All open actions', '2026-07-01T10:00:00.000Z')) as { actions: ActionRecord[] }).actions).toEqual([action]);
  });
});
