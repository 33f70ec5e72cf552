// Seed 002, "Auditing activity" (front door and thematic audits): "purposeful sampling of up to 30 case records",
// "direct practice that has taken place within the last 12 months".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lastTwelveMonths, matchingCases, selectCases, SELECTION_MAX, SelectionError, type CaseRecord, type SelectionCriteria } from './selection';
import { recordSelection, newProgramme } from './programme';
import { CASE_TYPES } from './template';

const BY = { name: 'Kim Osei', designation: 'Head of QA' };
const NOW = '2026-11-30T10:00:00.000Z';
const ANY: SelectionCriteria = { caseTypes: [], team: '', from: '', to: '', theme: '' };
const records: CaseRecord[] = Array.from({ length: 60 }, (_, i) => ({
  caseReference: `CR-${i}`,
  caseType: i % 3 === 0 ? 'child-protection' : 'child-in-need',
  team: `Pod ${i % 2}`,
  date: `2025-${String((i % 12) + 1).padStart(2, '0')}-10`,
  theme: i % 4 === 0 ? 'Neglect, chronic' : 'Domestic abuse',
}));

describe('purposeful selection of case records', () => {
  it.each([
    ['any case record', ANY, 60],
    ['child protection only', { ...ANY, caseTypes: ['child-protection'] }, 20],
    ['one team', { ...ANY, team: 'Pod 1' }, 30],
    ['a date window', { ...ANY, from: '2025-03-01', to: '2025-04-30' }, 10],
    ['a theme, whatever its case', { ...ANY, theme: 'NEGLECT' }, 15],
    ['all at once', { caseTypes: ['child-protection'], team: 'Pod 0', from: '2025-01-01', to: '2025-12-31', theme: 'neglect' }, 5],
  ] as [string, SelectionCriteria, number][])('%s: %i match', (_what, criteria, n) => {
    expect(matchingCases(records, criteria)).toHaveLength(n);
  });

  it('a case record with no date is outside any date window', () => {
    expect(matchingCases([{ ...records[0]!, date: '' }], { ...ANY, from: '2025-01-01' })).toEqual([]);
    expect(matchingCases([{ ...records[0]!, date: '' }], ANY)).toHaveLength(1);
  });

  it('"within the last 12 months" of today', () => {
    expect(lastTwelveMonths('2026-11-30')).toEqual({ from: '2025-11-30', to: '2026-11-30' });
  });

  it('records the criteria, the size of the list and the cases chosen; never more than 30, never one outside the criteria', () => {
    const criteria = { ...ANY, team: 'Pod 1' };
    const chosen = matchingCases(records, criteria)
      .slice(0, 25)
      .map((r) => r.caseReference);
    const s = selectCases(records, criteria, chosen, BY, NOW);
    expect(s).toMatchObject({ criteria, listed: 60, matched: 30, madeBy: BY, madeAt: NOW });
    expect(s.cases.map((c) => c.caseReference)).toEqual(chosen);
    expect(() =>
      selectCases(
        records,
        ANY,
        records.slice(0, 31).map((r) => r.caseReference),
        BY,
        NOW,
      ),
    ).toThrow('no more than 30');
    expect(() => selectCases(records, criteria, ['CR-0'], BY, NOW)).toThrow('CR-0 does not meet the criteria');
    expect(() => selectCases(records, criteria, [], BY, NOW)).toThrow(SelectionError);
  });

  it('whatever is chosen, a selection holds at most 30 case records, each meeting the criteria (property)', () => {
    fc.assert(
      fc.property(fc.subarray(records.map((r) => r.caseReference)), fc.subarray([...CASE_TYPES]), (chosen, caseTypes) => {
        const criteria = { ...ANY, caseTypes };
        try {
          const s = selectCases(records, criteria, chosen, BY, NOW);
          expect(s.cases.length).toBeLessThanOrEqual(SELECTION_MAX);
          expect(matchingCases(s.cases, criteria)).toHaveLength(s.cases.length);
        } catch (e) {
          expect(e).toBeInstanceOf(SelectionError);
        }
      }),
    );
  });

  it('is recorded with a thematic or front door activity, with the criteria in its history, and refused for others', () => {
    let n = 0;
    const programme = newProgramme({ id: 'p', title: 'Programme', startYear: 2025, fromTimetable: true }, () => `e${(n += 1)}`, NOW, BY);
    const thematic = programme.entries.find((e) => e.activity === 'thematic');
    const dip = programme.entries.find((e) => e.activity === 'dip-sampling');
    const s = selectCases(records, { ...ANY, caseTypes: ['child-protection'] }, ['CR-0', 'CR-3'], BY, NOW);
    const next = recordSelection(programme, thematic!.id, s, BY, NOW);
    expect(next.entries.find((e) => e.id === thematic!.id)?.selection).toEqual(s);
    expect(next.history.at(-1)?.detail).toContain('2 case records selected from 60 (Child protection, any team, any date, any theme)');
    expect(() => recordSelection(programme, dip!.id, s, BY, NOW)).toThrow('only for thematic and front door audits');
  });
});
