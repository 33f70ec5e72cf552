// Visiting checked against the regime the auditor chose (seed 003, "Frequency of visiting"; Camden seed 000;
// Wokingham seed 001): breaches, the longest gap, seen alone, unannounced visits and the timeline the chart draws.
import { describe, expect, it } from 'vitest';
import {
  evaluateVisiting,
  plannedInterval,
  suggestVisitingJudgement,
  visitingOf,
  visitingPlanProblems,
  visitingRegimesFor,
  visitingTimeline,
} from './visiting';
import { latestTimescalePolicy } from '@/templates/registry';
import { newAudit } from '@test/builders/audit';

const guidance = latestTimescalePolicy('auditor-guidance');
const camden = latestTimescalePolicy('camden');
const regime = (policy: typeof guidance, id: string) => {
  const r = policy.visiting.find((x) => x.id === id);
  if (!r) throw new Error(`no regime ${id} in ${policy.id}`);
  return r;
};

describe('visiting (seed 003, "Frequency of visiting")', () => {
  const v = (date: string, seenAlone: 'yes' | 'no' | '' = 'yes', announced: 'announced' | 'unannounced' | '' = 'announced') => ({ date, seenAlone, announced });

  it('child protection: "as a minimum fortnightly"; a 20-day gap is a breach of 6 days', () => {
    const r = evaluateVisiting(
      regime(guidance, 'child-protection'),
      { 'cp-plan-start': ['2025-03-01'] },
      [v('2025-03-10'), v('2025-03-30', 'no', 'unannounced'), v('2025-04-10')],
      '2025-04-20',
    );
    expect(r.breaches).toEqual([{ after: '2025-03-10', due: '2025-03-24', visit: '2025-03-30', daysLate: 6, rule: 'at least every 2 weeks' }]);
    expect(r.longestGap).toEqual({ from: '2025-03-10', to: '2025-03-30', days: 20 });
    expect(r.seenAlone).toEqual({ yes: 2, recorded: 3, share: 2 / 3 });
    expect(r.unannounced).toBe(1);
    expect(r.nextDue).toBe('2025-04-24');
    expect(suggestVisitingJudgement(r)).toBe('partly-met');
  });

  it('no visit by the end of the period is a breach counted to the end', () => {
    const r = evaluateVisiting(regime(guidance, 'child-protection'), { 'cp-plan-start': ['2025-03-01'] }, [], '2025-03-20');
    expect(r.breaches).toEqual([{ after: '2025-03-01', due: '2025-03-15', visit: null, daysLate: 5, rule: 'at least every 2 weeks' }]);
    expect(suggestVisitingJudgement(r)).toBe('not-met');
  });

  it('looked after, connected person: weekly until the first review, then at most every 4 weeks', () => {
    const r = evaluateVisiting(
      regime(guidance, 'connected-person-temporary'),
      { 'placement-start': ['2025-01-06'], 'lac-review': ['2025-02-03'] },
      [v('2025-01-10'), v('2025-01-17'), v('2025-01-24'), v('2025-01-31'), v('2025-02-25'), v('2025-03-20')],
      '2025-03-31',
    );
    expect(r.breaches).toEqual([]);
    expect(suggestVisitingJudgement(r)).toBe('met');
  });

  it('looked after: the first visit "within 1 week" of the placement, then every 6 weeks (seed 003)', () => {
    const r = evaluateVisiting(
      regime(guidance, 'looked-after-standard'),
      { 'placement-start': ['2025-01-06'] },
      [v('2025-01-15'), v('2025-02-20')],
      '2025-03-31',
    );
    expect(r.breaches).toEqual([{ after: '2025-01-06', due: '2025-01-13', visit: '2025-01-15', daysLate: 2, rule: 'first visit within 1 week' }]);
    expect(r.nextDue).toBe('2025-04-03');
    expect(suggestVisitingJudgement(r)).toBe('partly-met');
  });

  it('Camden child protection: "seen at home by the social worker at a minimum of every 10 days" (seed 000)', () => {
    const r = evaluateVisiting(regime(camden, 'child-protection'), { 'cp-plan-start': ['2025-03-03'] }, [v('2025-03-12'), v('2025-03-24')], '2025-03-31');
    expect(r.breaches.map((b) => [b.due, b.visit, b.daysLate])).toEqual([['2025-03-22', '2025-03-24', 2]]);
  });

  it('visits before the date visiting runs from, or after the end of the period, are not counted', () => {
    const r = evaluateVisiting(
      regime(guidance, 'child-protection'),
      { 'cp-plan-start': ['2025-03-01'] },
      [v('2025-02-20'), v('2025-03-10'), v('2025-05-01')],
      '2025-03-20',
    );
    expect(r.visits.map((x) => x.date)).toEqual(['2025-03-10']);
    expect(r.breaches).toEqual([]);
  });

  it('the timeline has the start, each visit (late ones marked), each missed due date and the end, in order', () => {
    const r = evaluateVisiting(regime(guidance, 'child-protection'), { 'cp-plan-start': ['2025-03-01'] }, [v('2025-03-10'), v('2025-03-30')], '2025-04-05');
    expect(visitingTimeline(r, '2025-04-05').map((p) => [p.day, p.kind, p.label])).toEqual([
      [0, 'start', 'Visiting starts'],
      [9, 'visit', 'Visit'],
      [23, 'due', 'Visit due (made 6 days late)'],
      [29, 'late-visit', 'Late visit'],
      [35, 'end', 'Date of audit'],
    ]);
    expect(visitingTimeline({ ...r, status: 'not-applicable' }, '2025-04-05')).toEqual([]);
  });

  it('offers only the regimes of the case type', () => {
    expect(visitingRegimesFor(guidance, newAudit({ caseType: 'child-protection' })).map((r) => r.id)).toEqual(['child-protection']);
    expect(visitingRegimesFor(guidance, newAudit({ caseType: 'looked-after' })).every((r) => r.caseTypes.includes('looked-after'))).toBe(true);
  });

  it('not applicable while the date it runs from is still being typed, or is no real date', () => {
    for (const typed of ['--20', '2025-02-31', '-03-15']) {
      expect(evaluateVisiting(regime(guidance, 'child-protection'), { 'cp-plan-start': [typed] }, [v('2025-03-10')], '2025-04-20').status).toBe(
        'not-applicable',
      );
    }
  });

  it('not applicable until the date it runs from is entered', () => {
    expect(evaluateVisiting(regime(guidance, 'child-protection'), {}, [v('2025-03-10')], '2025-04-20').status).toBe('not-applicable');
  });
});

// Issue 11, point 2. Seed 003, "Frequency of visiting": "Child protection visits – as determined in the CP plan at CP
// conference but as a minimum fortnightly"; "CIN – professional judgement based on the need of the child and family
// and agreed with a CSW in supervision. (good practice, fortnightly in complex cases)".
describe('visiting against the frequency the plan or supervision set', () => {
  const v = (date: string) => ({ date, seenAlone: 'yes' as const, announced: 'announced' as const });
  const cp = { 'cp-plan-start': ['2025-03-01'] };
  const cin = regime(guidance, 'child-in-need-complex');

  it.each<[string, string, { every: string; unit: 'days' | 'weeks' | 'months' } | null, string[], string, string[]]>([
    ['CP, no plan frequency: the seed’s fortnightly minimum', 'child-protection', null, ['2025-03-10', '2025-03-22'], 'policy', []],
    [
      'CP, the plan sets weekly: judged against weekly',
      'child-protection',
      { every: '1', unit: 'weeks' },
      ['2025-03-10', '2025-03-22'],
      'plan',
      ['2025-03-08', '2025-03-17'],
    ],
    [
      'CP, the plan sets every 3 weeks: the minimum still applies',
      'child-protection',
      { every: '3', unit: 'weeks' },
      ['2025-03-10', '2025-03-30'],
      'plan',
      ['2025-03-24'],
    ],
  ])('%s', (_what, id, plan, visits, basis, dues) => {
    const r = evaluateVisiting(regime(guidance, id), cp, visits.map(v), '2025-03-31', plannedInterval(plan ? { ...plan, setBy: 'plan' } : null));
    expect(r.basis).toBe(basis);
    expect(r.breaches.filter((b) => b.visit).map((b) => b.due)).toEqual(dues);
  });

  it('CIN good practice without a frequency set: shown as guidance, never a breach, and no judgement suggested', () => {
    const r = evaluateVisiting(cin, { 'cin-plan-start': ['2025-03-01'] }, [v('2025-03-10'), v('2025-04-10')], '2025-04-20');
    expect(r.basis).toBe('guidance');
    expect(r.breaches).toEqual([]);
    expect(r.guidance.map((b) => b.due)).toEqual(['2025-03-24']);
    expect(suggestVisitingJudgement(r)).toBeNull();
  });

  it('CIN with a frequency agreed in supervision: judged against it alone', () => {
    const monthly = plannedInterval({ every: '4', unit: 'weeks', setBy: 'supervision' });
    const r = evaluateVisiting(cin, { 'cin-plan-start': ['2025-03-01'] }, [v('2025-03-20'), v('2025-04-15')], '2025-04-20', monthly);
    expect(r.basis).toBe('plan');
    expect(r.breaches).toEqual([]);
    expect(suggestVisitingJudgement(r)).toBe('met');
  });

  it.each([
    [{ every: '', unit: '' as const, setBy: '' as const }, []],
    [{ every: '2', unit: 'weeks' as const, setBy: 'plan' as const }, []],
    [{ every: 'two', unit: 'weeks' as const, setBy: 'plan' as const }, ['visitingPlan.every']],
    [{ every: '0', unit: '' as const, setBy: '' as const }, ['visitingPlan.every', 'visitingPlan.unit', 'visitingPlan.setBy']],
  ])('the plan’s frequency %j: problems at %j', (plan, fields) => {
    expect(visitingPlanProblems(plan).map((p) => p.field)).toEqual(fields);
  });
});

// Issue 11, point 8. Camden seed 000, "Child in Need visits:": "Babies and children under 3 should be seen awake on at
// least every second visit"; "Child Protection Visits": "Children and babies under 3 years must be seen awake every 6
// weeks".
describe('a child under 3 seen awake (Camden)', () => {
  const visit = (date: string, seenAwake: 'yes' | 'no') => ({ date, seenAlone: 'yes' as const, announced: 'announced' as const, seenAwake });
  const cin = regime(camden, 'child-in-need');
  const cp = regime(camden, 'child-protection');

  it.each<[string, typeof cin, Record<string, string[]>, ReturnType<typeof visit>[], '' | 'under-3' | '3-4', boolean, string[]]>([
    [
      'CIN: awake every second visit',
      cin,
      { referral: ['2025-03-03'] },
      [visit('2025-03-05', 'no'), visit('2025-03-20', 'yes'), visit('2025-04-08', 'no')],
      'under-3',
      true,
      [],
    ],
    [
      'CIN: two visits in a row not awake',
      cin,
      { referral: ['2025-03-03'] },
      [visit('2025-03-05', 'yes'), visit('2025-03-20', 'no'), visit('2025-04-08', 'no')],
      'under-3',
      true,
      ['2025-04-08'],
    ],
    ['CIN: a child of 3 is not asked', cin, { referral: ['2025-03-03'] }, [visit('2025-03-20', 'no'), visit('2025-04-08', 'no')], '3-4', false, []],
    ['CIN: no age recorded, not asked', cin, { referral: ['2025-03-03'] }, [visit('2025-03-20', 'no'), visit('2025-04-08', 'no')], '', false, []],
    [
      'CP: awake within 6 weeks each time',
      cp,
      { 'cp-plan-start': ['2025-03-01'] },
      [visit('2025-03-08', 'no'), visit('2025-03-18', 'yes'), visit('2025-03-28', 'no'), visit('2025-04-07', 'yes')],
      'under-3',
      true,
      [],
    ],
    [
      'CP: not awake for more than 6 weeks',
      cp,
      { 'cp-plan-start': ['2025-03-01'] },
      [
        visit('2025-03-08', 'yes'),
        visit('2025-03-18', 'no'),
        visit('2025-03-28', 'no'),
        visit('2025-04-07', 'no'),
        visit('2025-04-17', 'no'),
        visit('2025-04-27', 'yes'),
      ],
      'under-3',
      true,
      ['2025-04-19'],
    ],
  ])('%s', (_what, r, dates, visits, age, checked, at) => {
    const result = evaluateVisiting(r, dates, visits, visits.at(-1)?.date ?? '2025-04-30', null, age);
    const awake = result.checks.find((c) => c.id === 'awake');
    expect(awake !== undefined).toBe(checked);
    expect((awake?.breaches ?? []).map((b) => b.at)).toEqual(at);
  });

  it('a breach of seeing a child awake makes a visiting judgement partly met at best', () => {
    const r = evaluateVisiting(cin, { referral: ['2025-03-03'] }, [visit('2025-03-05', 'no'), visit('2025-03-20', 'no')], '2025-03-25', null, 'under-3');
    expect(r.breaches).toEqual([]);
    expect(suggestVisitingJudgement(r)).toBe('partly-met');
  });
});

describe('visiting checks the version 3 policies add (issue 11, point 9)', () => {
  const wokingham = latestTimescalePolicy('wokingham');
  type Facts = Parameters<typeof evaluateVisiting>[2][number];
  const visit = (date: string, more: Partial<Facts> = {}): Facts => ({ date, seenAlone: 'yes', announced: 'announced', ...more });

  // Seed 000, "Child in Need visits": "At least one visit every 3 months should be unannounced."
  it.each<[string, Facts[], string[]]>([
    [
      'every visit announced: none within 3 months of the start',
      [visit('2025-01-10'), visit('2025-01-31'), visit('2025-02-20'), visit('2025-03-13'), visit('2025-04-02')],
      ['2025-04-06'],
    ],
    [
      'one unannounced visit in the first 3 months',
      [visit('2025-01-10'), visit('2025-01-31', { announced: 'unannounced' }), visit('2025-02-20'), visit('2025-03-13'), visit('2025-04-02')],
      [],
    ],
  ])('Camden, unannounced: %s', (_what, visits, at) => {
    const r = evaluateVisiting(regime(camden, 'child-in-need'), { referral: ['2025-01-06'] }, visits, '2025-04-20');
    const check = r.checks.find((c) => c.id === 'unannounced');
    expect(check?.asks).toBe('at least once every 3 months');
    expect(check?.breaches.map((b) => b.at)).toEqual(at);
  });

  // Seed 001, "Child Protection Plans and Reviews", "Visits": "at a minimum the children's bedrooms will be seen once
  // in every three visits". A visit where it does not apply neither breaks nor lengthens a run.
  it.each<[string, Facts['bedroomSeen'][], string[]]>([
    ['seen on the first of four', ['yes', 'no', 'no', 'no'], ['2025-03-31']],
    ['seen on every third', ['no', 'no', 'yes', 'no', 'no', 'yes'], []],
    ['not applicable on one visit between', ['no', 'not-applicable', 'no', 'yes'], []],
    ['not applicable does not end a run', ['no', 'no', 'not-applicable', 'no'], ['2025-03-31']],
  ])('Wokingham, bedrooms: %s', (_what, seen, at) => {
    const dates = ['2025-03-03', '2025-03-12', '2025-03-21', '2025-03-31', '2025-04-09', '2025-04-17'];
    const visits = seen.map((b, i) => visit(dates[i] ?? '', { bedroomSeen: b }));
    const r = evaluateVisiting(regime(wokingham, 'child-protection'), { 'cp-plan-start': ['2025-03-01'] }, visits, '2025-04-20');
    expect(r.checks.find((c) => c.id === 'bedrooms')?.breaches.map((b) => b.at)).toEqual(at);
  });

  // Seed 001: "Child Protection visits will be recorded … within 24 hours", "Child in Need visits … within 48 hours";
  // seed 000, "Recording": "no more than 5 working days after the event", and for child protection "within 2 days".
  // Visits are dated without a time, so hours count from the end of the day of the visit.
  it.each<[string, typeof camden, string, Record<string, string[]>, string, string, number | null]>([
    ['Wokingham CP, recorded the next day', wokingham, 'child-protection', { 'cp-plan-start': ['2025-03-01'] }, '2025-03-03', '2025-03-04', null],
    ['Wokingham CP, recorded two days on', wokingham, 'child-protection', { 'cp-plan-start': ['2025-03-01'] }, '2025-03-03', '2025-03-05', 1],
    ['Wokingham CIN, recorded two days on', wokingham, 'child-in-need', { 'cin-plan-start': ['2025-03-01'] }, '2025-03-03', '2025-03-05', null],
    // Good Friday 18 and Easter Monday 21 April 2025 are bank holidays: 5 working days after Friday 11 April is 22 April.
    ['Camden CIN, 5 working days over Easter', camden, 'child-in-need', { referral: ['2025-04-01'] }, '2025-04-11', '2025-04-22', null],
    ['Camden CIN, a working day late over Easter', camden, 'child-in-need', { referral: ['2025-04-01'] }, '2025-04-11', '2025-04-23', 1],
    // Seed 000, "Recording": "Recording for child protection cases should be completed within 2 days."
    ['Camden CP, within 2 days', camden, 'child-protection', { 'cp-plan-start': ['2025-04-01'] }, '2025-04-11', '2025-04-13', null],
    ['Camden CP, a day late', camden, 'child-protection', { 'cp-plan-start': ['2025-04-01'] }, '2025-04-11', '2025-04-14', 1],
  ])('recording: %s', (_what, policy, id, dates, date, recordedOn, late) => {
    const r = evaluateVisiting(regime(policy, id), dates, [visit(date, { recordedOn })], date);
    expect(r.recording?.recorded).toBe(1);
    expect(r.recording?.late.map((x) => x.daysLate)[0] ?? null).toBe(late);
  });

  it('a visit recorded late makes the visiting judgement partly met at best', () => {
    const r = evaluateVisiting(
      regime(wokingham, 'child-protection'),
      { 'cp-plan-start': ['2025-03-01'] },
      [visit('2025-03-03', { recordedOn: '2025-03-10' })],
      '2025-03-05',
    );
    expect(r.breaches).toEqual([]);
    expect(suggestVisitingJudgement(r)).toBe('partly-met');
  });

  // Seed 000, "CLA visits": "visited within 1 week of becoming looked after or after moving to a new placement".
  it('Camden: a placement move restarts visiting, the first visit due within a week of it', () => {
    const lac = regime(camden, 'looked-after-standard');
    const dates = { 'placement-start': ['2025-01-06'], 'placement-move': ['2025-02-03'] };
    const r = evaluateVisiting(lac, dates, [visit('2025-01-10'), visit('2025-02-14')], '2025-02-20');
    expect(r.restarts).toEqual(['2025-02-03']);
    expect(r.breaches).toEqual([{ after: '2025-02-03', due: '2025-02-10', visit: '2025-02-14', daysLate: 4, rule: 'first visit within 1 week of a move' }]);
    // Without the move, 6 weeks from the visit on 10 January.
    expect(evaluateVisiting(lac, { 'placement-start': ['2025-01-06'] }, [visit('2025-01-10'), visit('2025-02-14')], '2025-02-20').breaches).toEqual([]);
  });

  it('a move starts an interval of its own: one late visit of three intervals is partly met, not not met', () => {
    const lac = regime(camden, 'looked-after-standard');
    const r = evaluateVisiting(lac, { 'placement-start': ['2025-01-06'], 'placement-move': ['2025-03-10'] }, [visit('2025-01-10')], '2025-03-20');
    expect(r.breaches.map((b) => [b.due, b.endedBy ?? b.visit])).toEqual([
      ['2025-02-21', '2025-03-10'],
      ['2025-03-17', null],
    ]);
    expect(suggestVisitingJudgement(r)).toBe('partly-met');
    expect(visitingTimeline(r, '2025-03-20').find((p) => p.kind === 'move')).toMatchObject({
      date: '2025-03-10',
      label: 'Moved placement: visiting starts again',
    });
  });

  it('a visit overdue before a move stays a breach; a second move restarts again', () => {
    const lac = regime(camden, 'looked-after-standard');
    const dates = { 'placement-start': ['2025-01-06'], 'placement-move': ['2025-03-10', '2025-04-14'] };
    const r = evaluateVisiting(lac, dates, [visit('2025-01-10'), visit('2025-03-14'), visit('2025-04-18')], '2025-04-20');
    // Late from 21 February until the move on 10 March, which then set the next visit due within a week of it.
    expect(r.breaches.map((b) => [b.after, b.due, b.visit, b.endedBy, b.daysLate])).toEqual([['2025-01-10', '2025-02-21', null, '2025-03-10', 17]]);
  });

  // Seed 001, "Children in Care", "Visiting": "Following a placement move Children in Care will be visited once a week
  // for four weeks."
  it('Wokingham: weekly for four weeks after a move, then six-weekly again', () => {
    const lac = regime(wokingham, 'looked-after-standard');
    const dates = { 'placement-start': ['2024-11-04'], 'placement-move': ['2025-02-03'] };
    const visits = [visit('2024-12-02'), visit('2025-01-13'), visit('2025-02-07'), visit('2025-02-14'), visit('2025-02-24'), visit('2025-03-03')];
    const r = evaluateVisiting(lac, dates, visits, '2025-04-01');
    expect(r.breaches.map((b) => [b.after, b.due, b.visit, b.rule])).toEqual([
      ['2025-02-14', '2025-02-21', '2025-02-24', 'every 1 week for 4 weeks after a move'],
    ]);
    expect(r.nextDue).toBe('2025-04-14');
  });

  it('Wokingham: the fourth weekly visit after a move is due on the day the four weeks end', () => {
    const lac = regime(wokingham, 'looked-after-standard');
    const dates = { 'placement-start': ['2025-02-20'], 'placement-move': ['2025-03-03'] };
    const r = evaluateVisiting(lac, dates, [visit('2025-03-10'), visit('2025-03-17'), visit('2025-03-24'), visit('2025-05-01')], '2025-05-02');
    expect(r.breaches.map((b) => [b.after, b.due, b.visit])).toEqual([['2025-03-24', '2025-03-31', '2025-05-01']]);
  });
});

describe('the visiting of an audit (seed 003, "Frequency of visiting")', () => {
  const visit = (id: string, date: string) => ({
    id,
    date,
    seenAlone: 'yes' as const,
    notSeenAloneReason: '',
    announced: 'announced' as const,
    seenAwake: '' as const,
    bedroomSeen: '' as const,
    recordedOn: '',
  });
  it('is judged against the regime chosen, for the case type it is for, from the visits with a date', () => {
    const audit = {
      ...newAudit({ caseType: 'child-protection', auditDate: '2025-04-20' }),
      visitingRegime: 'child-protection',
      caseDates: { 'cp-plan-start': ['2025-03-01'] },
      visits: [visit('a', '2025-03-10'), visit('b', '2025-03-30'), visit('c', ''), visit('d', '2025-4-1')],
    };
    const r = visitingOf(guidance, audit);
    // Late on 30 March, and none since by the date of the audit.
    expect(r?.breaches.map((b) => b.visit)).toEqual(['2025-03-30', null]);
    expect(r?.seenAlone.recorded).toBe(2);
    // A regime for another case type, or none chosen: nothing to judge.
    expect(visitingOf(guidance, { ...audit, details: { ...audit.details, caseType: 'child-in-need' } })).toBeNull();
    expect(visitingOf(guidance, { ...audit, visitingRegime: '' })).toBeNull();
  });
});
