// Issue 12, "Exports that drop nothing": the action register's export holds every value entered, read back.
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
  completion: { date: '2026-06-20', evidence: 'Chronology on file', impact: 'Plan now current', confirmedByLaterAudit: 'yes' },
});

describe('exporting actions', () => {
  it('CSV: every value entered is in the file read back', () => {
    const [row] = Papa.parse<Record<string, string>>(actionsCsv([action], '2026-07-01'), { header: true }).data;
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
      'Impact confirmed by a later audit': 'Yes',
    });
    expect(row?.Reviews).toContain('Half done');
  });

  it('JSON: the records themselves', () => {
    expect((JSON.parse(actionsJson([action], 'All open actions', '2026-07-01T10:00:00.000Z')) as { actions: ActionRecord[] }).actions).toEqual([action]);
  });
});
