import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  progressByMonth,
  entriesTakenOut,
  refuseRemovingCounted,
  addEntry,
  changeEntry,
  inProgrammeYear,
  renameProgramme,
  sameEntry,
  titleTaken,
  newProgramme,
  ProgrammeError,
  programmeMonths,
  programmeProgress,
  programmeYearOf,
  removeEntry,
  plannedProblem,
  recordSelection,
  type ProgrammeEntry,
} from './programme';
import { selectCases } from './selection';
import { AUDITOR } from '@test/builders/audit';

const NOW = '2026-04-01T09:00:00.000Z';
let n = 0;
const ids = () => `entry-${++n}`;

describe('the programme year', () => {
  it('runs from April to March', () => {
    expect(programmeMonths(2026)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
  });

  it.each([
    ['2026-04-01', 2026],
    ['2026-03-31', 2025],
    ['2027-01-15', 2026],
    ['2026-12-31', 2026],
  ])('%s falls in the programme year starting April %i', (date, year) => {
    expect(programmeYearOf(date)).toBe(year);
  });

  it('puts every date in a year whose months include it (law)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1971, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const date = `${year}-${String(month).padStart(2, '0')}-10`;
        expect(programmeMonths(programmeYearOf(date))).toContain(date.slice(0, 7));
      }),
    );
  });
});

describe('a programme from the framework timetable', () => {
  // Seed 002, "Annual auditing programme" › "Our auditing timetable includes".
  const programme = newProgramme({ id: 'p1', title: 'Auditing programme', startYear: 2026, fromTimetable: true }, ids, NOW, AUDITOR);

  it('has the timetable month by month, with no activity in the summer break', () => {
    expect(programme.entries.map((e) => [e.month, e.activity])).toEqual([
      ['2026-04', 'dip-sampling'],
      ['2026-05', 'practice-week'],
      ['2026-06', 'front-door'],
      ['2026-07', 'dip-sampling'],
      ['2026-09', 'thematic'],
      ['2026-10', 'front-door'],
      ['2026-11', 'practice-week'],
      ['2026-12', 'dip-sampling'],
      ['2027-01', 'thematic'],
      ['2027-02', 'front-door'],
      ['2027-03', 'dip-sampling'],
    ]);
  });

  // Issue 11, point 5. Seed 002, "Thematic Audits": "purposeful sampling of up to 30 case records"; "Early Help and
  // Front Door Audits": "Up to 30 children and young people ... are purposefully selected". A cap, not a target.
  it('plans no number of its own: up to 30 is a cap, not a target', () => {
    expect(programme.entries.every((e) => e.planned === 0)).toBe(true);
  });

  it.each([
    ['thematic', 20, null],
    ['thematic', 30, null],
    ['thematic', 31, 'Thematic audits purposefully select up to 30 case records: plan 30 or fewer'],
    ['front-door', 45, 'Front door audits purposefully select up to 30 case records: plan 30 or fewer'],
    ['dip-sampling', 45, null],
  ] as const)('%s with %i planned: %s', (activity, planned, problem) => {
    expect(plannedProblem(activity, planned)).toBe(problem);
    const entry = programme.entries.find((e) => e.activity === activity);
    const change = () => changeEntry(programme, { ...entry!, planned }, 0, 'x', AUDITOR, NOW);
    if (problem) expect(change).toThrow(problem);
    else expect(change().entries.find((e) => e.id === entry!.id)?.planned).toBe(planned);
  });

  it('a thematic audit of 20 case records, all done, is done, not behind plan; the selection records the number intended', () => {
    const thematic = programme.entries.find((e) => e.activity === 'thematic')!;
    const records = Array.from({ length: 20 }, (_, i) => ({ caseReference: `T-${i}`, caseType: '' as const, team: '', date: '', theme: '' }));
    const criteria = { caseTypes: [], team: '', from: '', to: '', theme: '' };
    const selected = recordSelection(
      programme,
      thematic.id,
      selectCases(
        records,
        criteria,
        records.map((r) => r.caseReference),
        AUDITOR,
        NOW,
      ),
      AUDITOR,
      NOW,
    );
    expect(selected.entries.find((e) => e.id === thematic.id)?.planned).toBe(20);
    const audits = Array.from({ length: 20 }, () => ({ programmeEntryId: thematic.id, status: 'complete' }));
    expect(programmeProgress(selected, audits, '2027-06-01').find((p) => p.entry.id === thematic.id)?.state).toBe('done');
  });

  it('can start empty', () => {
    expect(newProgramme({ id: 'p2', title: 'Empty', startYear: 2026, fromTimetable: false }, ids, NOW, AUDITOR).entries).toEqual([]);
  });
});

describe('changing the programme', () => {
  const base = newProgramme({ id: 'p1', title: 'Auditing programme', startYear: 2026, fromTimetable: false }, ids, NOW, AUDITOR);
  const entry: ProgrammeEntry = { id: 'e1', month: '2026-08', activity: 'thematic', focus: 'Recording', team: 'Pod 3', planned: 12 };

  it('adds an activity in month order and records who and why', () => {
    const late: ProgrammeEntry = { ...entry, id: 'e0', month: '2027-02' };
    const p = addEntry(addEntry(base, late, 'February', AUDITOR, NOW), entry, 'August thematic', AUDITOR, NOW);
    expect(p.entries.map((e) => e.id)).toEqual(['e1', 'e0']);
    expect(p.history.at(-1)).toMatchObject({ by: AUDITOR, kind: 'edited', detail: 'Added: August thematic' });
  });

  it('refuses a second activity that could not be told apart from the first', () => {
    const p = addEntry(base, entry, 'x', AUDITOR, NOW);
    expect(() => addEntry(p, { ...entry, id: 'e2' }, 'x', AUDITOR, NOW)).toThrow(
      'There is already August 2026: Thematic audit, Recording, Pod 3 in the programme',
    );
    expect(() => addEntry(p, { ...entry, id: 'e3', team: ' pod 3 ' }, 'x', AUDITOR, NOW)).toThrow(ProgrammeError);
    const two = addEntry(p, { ...entry, id: 'e2', team: 'Pod 4' }, 'x', AUDITOR, NOW);
    expect(() => changeEntry(two, { ...entry, id: 'e2' }, 0, 'x', AUDITOR, NOW)).toThrow(ProgrammeError);
  });

  it('refuses to take out what audits count towards (the write module counts them in its transaction)', () => {
    const p = addEntry(base, entry, 'x', AUDITOR, NOW);
    expect([...entriesTakenOut(p, removeEntry(p, 'e1', 'x', AUDITOR, NOW))]).toEqual(['e1']);
    expect([...entriesTakenOut(p, null)]).toEqual(['e1']);
    expect(() => refuseRemovingCounted(2, 'that activity')).toThrow('2 audits count towards that activity, so it cannot be removed');
    expect(() => refuseRemovingCounted(0, 'the programme')).not.toThrow();
  });

  it('refuses a month outside the programme year', () => {
    expect(() => addEntry(base, { ...entry, month: '2027-04' }, 'x', AUDITOR, NOW)).toThrow(ProgrammeError);
  });

  it('changes an activity', () => {
    const p = changeEntry(addEntry(base, entry, 'x', AUDITOR, NOW), { ...entry, planned: 20 }, 3, 'more audits', AUDITOR, NOW);
    expect(p.entries[0]?.planned).toBe(20);
  });

  it('keeps the kind of activity once audits are counted against it', () => {
    const p = addEntry(base, entry, 'x', AUDITOR, NOW);
    expect(() => changeEntry(p, { ...entry, activity: 'dip-sampling' }, 1, 'x', AUDITOR, NOW)).toThrow(
      'The activity cannot change: 1 audit is already part of it',
    );
    expect(changeEntry(p, { ...entry, activity: 'dip-sampling' }, 0, 'x', AUDITOR, NOW).entries[0]?.activity).toBe('dip-sampling');
  });

  it('removes an activity, recording who and why (the write module refuses it while audits count towards it: test/storage)', () => {
    const p = removeEntry(addEntry(base, entry, 'x', AUDITOR, NOW), 'e1', 'August thematic', AUDITOR, NOW);
    expect(p.entries).toEqual([]);
    expect(p.history.at(-1)).toMatchObject({ by: AUDITOR, detail: 'Removed: August thematic' });
  });
});

describe('telling programmes and activities apart', () => {
  const base = newProgramme({ id: 'p1', title: 'Auditing programme', startYear: 2026, fromTimetable: true }, ids, NOW, AUDITOR);

  it('finds an activity the same as another in month, kind, focus and team', () => {
    const first = base.entries[0]!;
    expect(sameEntry(base, { ...first, id: 'new' })).toBe(first);
    expect(sameEntry(base, { ...first, id: 'new', team: 'Pod 3' })).toBeUndefined();
    expect(sameEntry(base, first)).toBeUndefined();
  });

  it('refuses a name another programme has, in any year, whatever its case', () => {
    expect(titleTaken([base], ' auditing PROGRAMME ')).toBe(true);
    expect(titleTaken([base], 'Auditing programme', 'p1')).toBe(false);
    expect(titleTaken([base], 'Another')).toBe(false);
  });

  it('renames with a record of the old name', () => {
    expect(renameProgramme(base, ' Programme 2026 ', AUDITOR, NOW)).toMatchObject({
      title: 'Programme 2026',
      history: [expect.anything(), { detail: 'Renamed from “Auditing programme” to “Programme 2026”' }],
    });
  });

  it.each([
    ['2026-04-01', true],
    ['2027-03-31', true],
    ['2026-03-31', false],
    ['2027-04-01', false],
  ])('%s in the programme year April 2026 to March 2027: %s', (date, expected) => {
    expect(inProgrammeYear(base, date)).toBe(expected);
  });
});

describe('progress against the programme', () => {
  const p = {
    ...newProgramme({ id: 'p1', title: 'Auditing programme', startYear: 2026, fromTimetable: false }, ids, NOW, AUDITOR),
    entries: [
      { id: 'past-done', month: '2026-06', activity: 'front-door', focus: '', team: '', planned: 2 },
      { id: 'past-behind', month: '2026-07', activity: 'dip-sampling', focus: '', team: '', planned: 3 },
      { id: 'past-none', month: '2026-09', activity: 'thematic', focus: '', team: '', planned: 5 },
      { id: 'past-unplanned', month: '2026-10', activity: 'front-door', focus: '', team: '', planned: 0 },
      { id: 'now', month: '2026-11', activity: 'practice-week', focus: '', team: '', planned: 4 },
      { id: 'now-done', month: '2026-11', activity: 'thematic', focus: 'Recording', team: '', planned: 1 },
      { id: 'past-unplanned-drafts', month: '2026-05', activity: 'dip-sampling', focus: '', team: '', planned: 0 },
      { id: 'later', month: '2027-01', activity: 'thematic', focus: '', team: '', planned: 30 },
    ] satisfies ProgrammeEntry[],
  };
  const audits = [
    { programmeEntryId: 'past-done', status: 'complete' },
    { programmeEntryId: 'past-done', status: 'complete' },
    { programmeEntryId: 'past-behind', status: 'complete' },
    { programmeEntryId: 'past-behind', status: 'draft' },
    { programmeEntryId: 'past-unplanned', status: 'complete' },
    { programmeEntryId: 'now', status: 'with-csw' },
    { programmeEntryId: 'now-done', status: 'complete' },
    { programmeEntryId: 'past-unplanned-drafts', status: 'draft' },
    { programmeEntryId: '', status: 'complete' },
  ];

  it.each([
    ['past-done', 2, 2, 'done'],
    ['past-behind', 2, 1, 'behind'],
    ['past-none', 0, 0, 'not-done'],
    ['past-unplanned', 1, 1, 'done'],
    ['now', 1, 0, 'under-way'],
    ['later', 0, 0, 'planned'],
    ['now-done', 1, 1, 'done'],
    ['past-unplanned-drafts', 1, 0, 'not-done'],
  ])('%s: %i started, %i complete, %s', (id, started, completed, state) => {
    const row = programmeProgress(p, audits, '2026-11-23').find((r) => r.entry.id === id);
    expect(row).toMatchObject({ started, completed, state });
  });

  it('sums planned and completed month by month over the whole year, for the chart', () => {
    const months = progressByMonth(2026, programmeProgress(p, audits, '2026-11-23'));
    expect(months).toHaveLength(12);
    expect(months.find((m) => m.month === '2026-11')).toEqual({ month: '2026-11', planned: 5, completed: 1 });
    expect(months.find((m) => m.month === '2026-08')).toEqual({ month: '2026-08', planned: 0, completed: 0 });
  });
});
