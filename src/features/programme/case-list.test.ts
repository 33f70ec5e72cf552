import { describe, expect, it } from 'vitest';
import { readCaseList } from './case-list';

describe('reading a list of case records', () => {
  it('reads a report with a header row, in its own column order, tab or comma separated', () => {
    const text =
      'Team\tCase reference\tReferral date\tCategory\tReason\nPod 1\tCR-1\t10/03/2025\tCIN\tNeglect\nPod 2\tCR-2\t2025-04-01\tChild protection\tDomestic abuse\n';
    expect(readCaseList(text)).toEqual({
      records: [
        { caseReference: 'CR-1', caseType: 'child-in-need', team: 'Pod 1', date: '2025-03-10', theme: 'Neglect' },
        { caseReference: 'CR-2', caseType: 'child-protection', team: 'Pod 2', date: '2025-04-01', theme: 'Domestic abuse' },
      ],
      problems: [],
    });
  });

  it('reads a bare list in the order reference, type, team, date, theme, and says what it could not read', () => {
    const { records, problems } = readCaseList('CR-1, LAC, Pod 1, 2025-02-30, Missing\nCR-1, CIN\n, CIN\nCR-3, Adoption, Pod 3\nCR-4');
    expect(records.map((r) => [r.caseReference, r.caseType, r.date])).toEqual([
      ['CR-1', 'looked-after', ''],
      ['CR-3', '', ''],
      ['CR-4', '', ''],
    ]);
    expect(problems).toEqual([
      'Line 1: the date "2025-02-30" is not a date like 10/03/2025, so CR-1 is outside any date window',
      'Line 2: CR-1 is listed twice; the first is kept',
      'Line 3 has no case reference',
      'Line 4: the case type "Adoption" is not one this app knows, so CR-3 matches only when no case type is chosen',
    ]);
  });
});
