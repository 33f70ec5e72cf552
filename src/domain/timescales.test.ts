import { describe, expect, it } from 'vitest';
import { evaluatePolicy, evaluateRule, timescalesOf, checkCaseDates, suggestTimescaleJudgement, type RuleResult, type RuleStatus } from './timescales';
import { type CaseDates, type TimescaleRule } from './policy';
import type { CaseType } from './template';
import { latestTimescalePolicy } from '@/templates/registry';

const guidance = latestTimescalePolicy('auditor-guidance');
const camden = latestTimescalePolicy('camden');
const wokingham = latestTimescalePolicy('wokingham');
const rule = (policy: typeof guidance, id: string): TimescaleRule => {
  const r = policy.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id} in ${policy.id}`);
  return r;
};

describe('auditor guidance timescales (seed 003, "Timescales")', () => {
  it.each([
    // "The decision to open a referral … must be made within 24 hours of the referrer making contact"
    ['referral-decision', 'child-in-need', { contact: ['2025-03-03T09:00'], 'referral-decision': ['2025-03-04T09:00'] }, 'met', undefined],
    [
      'referral-decision',
      'child-in-need',
      { contact: ['2025-03-03T09:00'], 'referral-decision': ['2025-03-04T11:30'] },
      'missed',
      { amount: 3, unit: 'hours' },
    ],
    // "Children's Social Care Assessment 45 working days maximum": from Mon 2 Dec 2024, due Thu 6 Feb 2025 (Christmas and New Year skipped)
    ['assessment-completion', 'child-protection', { 'assessment-start': ['2024-12-02'], 'assessment-completed': ['2025-02-06'] }, 'met', undefined],
    [
      'assessment-completion',
      'child-protection',
      { 'assessment-start': ['2024-12-02'], 'assessment-completed': ['2025-02-10'] },
      'missed',
      { amount: 2, unit: 'working-days' },
    ],
    // "an initial child protection conference should be held within 15 days of the s47 decision"
    ['icpc', 'child-protection', { 's47-decision': ['2025-01-06'], icpc: ['2025-01-21'] }, 'met', undefined],
    ['icpc', 'child-protection', { 's47-decision': ['2025-01-06'], icpc: ['2025-01-24'] }, 'missed', { amount: 3, unit: 'days' }],
    // "First review conference at 3 months": 31 August + 3 months is 30 November
    ['first-rcpc', 'child-protection', { icpc: ['2025-08-31'], rcpc: ['2025-11-30'] }, 'met', undefined],
    ['first-rcpc', 'child-protection', { icpc: ['2025-08-31'], rcpc: ['2025-12-02'] }, 'missed', { amount: 2, unit: 'days' }],
    // "Looked after child review: within 20 working days of the start of a placement" (Easter 2025 skipped)
    ['first-lac-review', 'looked-after', { 'placement-start': ['2025-04-07'], 'lac-review': ['2025-05-06'] }, 'met', undefined],
  ])('%s for %s with %j: %s', (id, caseType, dates, status, late) => {
    const [result] = evaluateRule(rule(guidance, id), caseType as never, dates, '2025-12-31');
    expect(result?.status).toBe(status);
    expect(result?.late).toEqual(late);
  });

  it('a timescale in hours needs the time: nothing is computed from a guess', () => {
    const [r] = evaluateRule(
      rule(guidance, 'referral-decision'),
      'child-in-need',
      { contact: ['2025-03-03'], 'referral-decision': ['2025-03-04'] },
      '2025-12-31',
    );
    expect(r?.status).toBe('needs-time');
  });

  it('reviews six monthly thereafter: every pair, and the next one overdue or not yet due', () => {
    const results = evaluateRule(rule(guidance, 'later-rcpcs'), 'child-protection', { rcpc: ['2024-01-10', '2024-07-10', '2025-02-20'] }, '2025-09-01');
    expect(results.map((r) => [r.status, r.due, r.late?.amount])).toEqual(
      [
        ['met', '2024-07-10', undefined],
        ['missed', '2025-01-10', 41],
        ['not-yet-due', '2025-08-20', undefined],
      ].map(([s, d, l]) => (s === 'not-yet-due' ? ['overdue', d, 12] : [s, d, l])),
    );
  });

  it('not applicable to another case type, or without the date it runs from', () => {
    expect(evaluateRule(rule(guidance, 'icpc'), 'child-in-need', { 's47-decision': ['2025-01-06'] }, '2025-12-31')[0]?.status).toBe('not-applicable');
    expect(evaluateRule(rule(guidance, 'icpc'), 'child-protection', {}, '2025-12-31')[0]?.status).toBe('not-applicable');
  });

  it('not yet held and past due is overdue, by how long', () => {
    const [r] = evaluateRule(rule(guidance, 'icpc'), 'child-protection', { 's47-decision': ['2025-01-06'] }, '2025-01-31');
    expect(r).toMatchObject({ status: 'overdue', due: '2025-01-21', late: { amount: 10, unit: 'days' } });
  });

  it('suggests met, partly met or not met', () => {
    const results = evaluatePolicy(guidance, 'child-protection', { 's47-decision': ['2025-01-06'], icpc: ['2025-01-21'], rcpc: ['2025-05-01'] }, '2025-06-01');
    expect(suggestTimescaleJudgement(results)).toBe('partly-met');
    expect(suggestTimescaleJudgement([])).toBeNull();
  });
});

// Issue 11, point 1. Seed 003, "Timescales": "Strategy discussion (where appropriate) should be held within the first
// 24 hours of receiving the referral". Not every case needs one: a rule marked not required for the case, with a
// reason, is not applicable, everywhere its results are counted.
describe('a rule marked not required for this case', () => {
  const noStrategy = { referral: ['2025-03-03T09:00'] };
  it.each([
    ['no mark: the missing discussion is overdue', {}, 'overdue', undefined],
    [
      'marked with a reason: not applicable, with the reason',
      { 'strategy-discussion': 'No safeguarding concern: no s47 needed' },
      'not-applicable',
      'No safeguarding concern: no s47 needed',
    ],
    ['a blank reason is no mark', { 'strategy-discussion': '   ' }, 'overdue', undefined],
    ['another rule marked: this one still counts', { 'referral-decision': 'Referred in by the court' }, 'overdue', undefined],
  ])('%s', (_what, notRequired: Record<string, string>, status, why) => {
    const results = evaluatePolicy(guidance, 'child-in-need', noStrategy, '2025-12-31', notRequired);
    const strategy = results.filter((r) => r.ruleId === 'strategy-discussion');
    expect(strategy.map((r) => r.status)).toEqual([status]);
    expect(strategy[0]?.notRequired).toBe(why);
  });

  it('is not counted as met or missed in the audit’s summary', () => {
    const audit = { details: { caseType: 'child-in-need' as const, auditDate: '2025-12-31' }, caseDates: noStrategy };
    const missed = (notRequired?: Record<string, string>) =>
      timescalesOf(guidance, { ...audit, notRequired }).filter((r) => r.status === 'overdue' || r.status === 'missed').length;
    expect(missed({ 'strategy-discussion': 'Not needed' })).toBe(missed() - 1);
  });
});

describe('the authorities differ: the reason rules are data', () => {
  it('Camden: assessment within 35 working days (seed 000)', () => {
    const r = camden.rules.find((x) => x.from.event === 'assessment-start' && x.to.event === 'assessment-completed');
    expect(r?.limit).toEqual({ amount: 35, unit: 'working-days' });
  });
  it('Wokingham: initial child protection conference within 15 working days (seed 001)', () => {
    expect(rule(wokingham, 'icpc').limit).toEqual({ amount: 15, unit: 'working-days' });
    expect(rule(guidance, 'icpc').limit).toEqual({ amount: 15, unit: 'days' });
  });
});

describe('key dates are checked before anything is computed', () => {
  it('impossible, future and out-of-order dates', () => {
    expect(checkCaseDates(guidance, { icpc: ['2025-02-30'], rcpc: ['2025-06-01', '2025-03-01'], 's47-decision': ['2026-01-01'] }, '2025-12-31')).toEqual([
      { event: 's47-decision', index: 0, message: 'Decision to start s47 enquiries must be today or in the past' },
      { event: 'icpc', index: 0, message: 'Initial child protection conference must be a real date' },
      { event: 'rcpc', index: 1, message: 'Review child protection conference 2 must be after the one before it' },
    ]);
  });

  it('end before start: a timescale’s date before the date it runs from', () => {
    expect(checkCaseDates(guidance, { 's47-decision': ['2025-02-10'], icpc: ['2025-02-01'] }, '2025-12-31')).toEqual([
      { event: 'icpc', index: 0, message: 'Initial child protection conference must be on or after decision to start s47 enquiries' },
    ]);
    const [r] = evaluateRule(rule(guidance, 'icpc'), 'child-protection', { 's47-decision': ['2025-02-10'], icpc: ['2025-02-01'] }, '2025-12-31');
    expect(r?.status).toBe('not-applicable');
  });

  it('blank entries are skipped, and a message keeps the position as entered', () => {
    expect(checkCaseDates(guidance, { rcpc: ['2025-03-01', '', '2025-02-01'] }, '2025-12-31')).toEqual([
      { event: 'rcpc', index: 2, message: 'Review child protection conference 3 must be after the one before it' },
    ]);
  });

  it('a date before working days can be counted is refused, and evaluating it does not fail', () => {
    expect(checkCaseDates(guidance, { 'placement-start': ['1969-12-01'] }, '2025-12-31')).toEqual([
      { event: 'placement-start', index: 0, message: 'Placement started must be in 1970 or later' },
    ]);
    expect(evaluateRule(rule(guidance, 'first-lac-review'), 'looked-after', { 'placement-start': ['1969-12-01'] }, '2025-12-31')[0]?.status).toBe(
      'not-applicable',
    );
  });
});

// Hand-checked against a calendar, bank holidays included. Each row names the policy's rule, whose source (seed file,
// section and words) is in templates/timescales.
type HandChecked = [string, CaseType, CaseDates, RuleStatus, string, RuleResult['late']];
const handChecked: [string, HandChecked[]][] = [
  [
    'camden',
    [
      // seed 000, "Child and Family Assessment": "must be completed within 35 working days" (Easter and two May bank holidays skipped)
      [
        'assessment-completion',
        'child-in-need',
        { 'assessment-start': ['2025-04-01'], 'assessment-completed': ['2025-05-23'] },
        'met',
        '2025-05-23',
        undefined,
      ],
      [
        'assessment-completion',
        'child-in-need',
        { 'assessment-start': ['2025-04-01'], 'assessment-completed': ['2025-05-28'] },
        'missed',
        '2025-05-23',
        { amount: 2, unit: 'working-days' },
      ],
      // seed 000, "Strategy Discussion/Meeting and Section 47 Investigation": within 3 working days, across Christmas
      [
        'strategy-discussion',
        'child-protection',
        { 'concern-raised': ['2025-12-23T10:00'], 'strategy-discussion': ['2025-12-30T15:00'] },
        'met',
        '2025-12-30',
        undefined,
      ],
      [
        'strategy-discussion',
        'child-protection',
        { 'concern-raised': ['2025-12-23T10:00'], 'strategy-discussion': ['2025-12-31T09:00'] },
        'missed',
        '2025-12-30',
        { amount: 1, unit: 'working-days' },
      ],
      // seed 000, "Core Group Meetings": "within 10 days of the initial case conference"
      ['first-core-group', 'child-protection', { icpc: ['2025-03-03'], 'core-group': ['2025-03-14'] }, 'missed', '2025-03-13', { amount: 1, unit: 'days' }],
      // seed 000, "Care and pathway planning": initial health assessment within 10 working days, across Christmas and New Year
      [
        'initial-health-assessment',
        'looked-after',
        { 'looked-after-start': ['2025-12-19'], 'health-assessment': ['2026-01-07'] },
        'met',
        '2026-01-07',
        undefined,
      ],
      // seed 000, "Care and pathway planning": pathway plan within 3 months of turning 16
      [
        'pathway-plan',
        'looked-after',
        { 'sixteenth-birthday': ['2025-05-31'], 'pathway-plan': ['2025-09-01'] },
        'missed',
        '2025-08-31',
        { amount: 1, unit: 'days' },
      ],
    ],
  ],
  [
    'wokingham',
    [
      // seed 001, "Child Protection Conferences": ICPC within 15 working days (Easter and early May skipped)
      ['icpc', 'child-protection', { 's47-decision': ['2025-04-14'], icpc: ['2025-05-08'] }, 'met', '2025-05-08', undefined],
      // seed 001: "within 3 months (91 actual days)"
      ['first-rcpc', 'child-protection', { icpc: ['2025-01-10'], rcpc: ['2025-04-14'] }, 'missed', '2025-04-11', { amount: 3, unit: 'days' }],
      // seed 001, "Core Group Meetings": within 10 working days of the ICPC (spring bank holiday skipped)
      ['first-core-group', 'child-protection', { icpc: ['2025-05-20'], 'core-group': ['2025-06-04'] }, 'met', '2025-06-04', undefined],
      // seed 001, "Reviews for Children in Care": PEP meeting within 20 days
      ['pep', 'looked-after', { 'looked-after-start': ['2025-02-10'], pep: ['2025-03-03'] }, 'missed', '2025-03-02', { amount: 1, unit: 'days' }],
      // seed 001, "Strategy Discussions": within 24 hours of the new information
      [
        'strategy-discussion',
        'child-protection',
        { 'concern-raised': ['2025-06-06T16:00'], 'strategy-discussion': ['2025-06-09T09:00'] },
        'missed',
        '2025-06-07T16:00',
        { amount: 41, unit: 'hours' },
      ],
    ],
  ],
];
describe.each(handChecked)('%s timescales', (policyId, rows) => {
  const policy = latestTimescalePolicy(policyId);
  it.each(rows)('%s for %s with %j: %s, due %s', (id, caseType, dates, status, due, late) => {
    const [r] = evaluateRule(rule(policy, id), caseType, dates, '2026-06-30');
    expect(r?.status).toBe(status);
    expect(r?.due).toBe(due);
    expect(r?.late).toEqual(late);
  });
});

// Issue 11, point 6: start points and units as the seeds give them, contradictions recorded with both readings, and a
// target that is not a hard miss.
describe('start points, readings and targets (version 2 of the Camden and Wokingham policies)', () => {
  it('Camden: "All ICPCC\'s must take place within 15 working days of the strategy discussion/meeting where a section 47 investigation was initiated" (seed 000)', () => {
    const icpc = rule(camden, 'icpc');
    expect(icpc.from.event).toBe('strategy-discussion');
    // Strategy discussion on Monday 6 January 2025; 15 working days later is Monday 27 January.
    const [met] = evaluateRule(
      icpc,
      'child-protection',
      { 'strategy-discussion': ['2025-01-06'], 's47-decision': ['2025-01-10'], icpc: ['2025-01-27'] },
      '2025-03-01',
    );
    expect(met?.status).toBe('met');
    const [late] = evaluateRule(
      icpc,
      'child-protection',
      { 'strategy-discussion': ['2025-01-06'], 's47-decision': ['2025-01-10'], icpc: ['2025-01-29'] },
      '2025-03-01',
    );
    expect(late?.status).toBe('missed');
    expect(late?.late).toEqual({ amount: 2, unit: 'working-days' });
  });

  it.each([
    // Wokingham seed 001, "Child and Family Assessment" against "Step down from DTA to Early Help" and the recording table.
    ['wokingham', 'rules', 'assessment-completion-extended', ['The assessment will be completed within 45 working days.', 'Within 45 days of referral date']],
    // Wokingham seed 001, "Reviews for Children in Care" against "Care planning and reviewing".
    ['wokingham', 'rules', 'first-lac-review', ['within 28 days of the child being placed']],
    ['wokingham', 'rules', 'second-lac-review', ['the second review at 4 months']],
    // Camden seed 000 "7 working days of the referral date" against seed 004 "within 7 days of a referral being accepted".
    ['camden', 'visiting', 'child-in-need', ['within 7 days of a referral being accepted']],
  ])('%s %s %s records the other reading and why this one applies', (policyId, kind, id, quotes) => {
    const policy = latestTimescalePolicy(policyId);
    const found = (kind === 'rules' ? policy.rules : policy.visiting).find((x) => x.id === id);
    for (const q of quotes) expect(found?.otherReadings?.some((o) => o.quote.includes(q))).toBe(true);
    expect(found?.why).toMatch(/applied/);
  });

  it('Wokingham: "It is expected that the majority of assessments will be completed within 25 days" is a target: over it is not a miss', () => {
    const target = rule(wokingham, 'assessment-completion');
    expect(target.kind).toBe('target');
    const dates = { 'assessment-start': ['2025-03-03'], 'assessment-completed': ['2025-04-04'] };
    const results = evaluatePolicy(wokingham, 'child-in-need', dates, '2025-06-30').filter((r) => r.ruleId.startsWith('assessment-completion'));
    expect(results.map((r) => [r.ruleId, r.status])).toEqual([
      ['assessment-completion', 'over-target'],
      ['assessment-completion-extended', 'met'],
    ]);
    expect(results[0]?.late).toEqual({ amount: 7, unit: 'days' });
    expect(suggestTimescaleJudgement(results)).toBe('met');
  });
});

// Issue 11, point 8. Camden seed 000, "CLA health monitoring": "Looked after children under 5 must have a review health
// assessment every 6 months and those aged 5 or older must have a review health assessment annually"; Wokingham seed
// 001: "Health assessments must be undertaken twice a year for children under five years of age, and Review Health
// Assessments (RHA) annually for children looked after aged five to 18 years".
describe('review health assessments by the child’s age', () => {
  const dates = { 'health-assessment': ['2024-01-10', '2024-09-10'] };
  it.each([
    ['camden', 'under-3', 'missed', 'not-applicable'],
    ['camden', '5-15', 'not-applicable', 'met'],
    ['wokingham', '3-4', 'missed', 'not-applicable'],
    ['wokingham', '16-17', 'not-applicable', 'met'],
    ['camden', '', 'not-applicable', 'not-applicable'],
  ] as const)('%s, a child aged %s: six-monthly %s, annual %s', (policyId, age, underFive, fiveAndOver) => {
    const results = evaluatePolicy(latestTimescalePolicy(policyId), 'looked-after', dates, '2024-12-31', {}, age);
    expect(results.find((r) => r.ruleId === 'review-health-assessments-under-5')?.status).toBe(underFive);
    expect(results.find((r) => r.ruleId === 'review-health-assessments')?.status).toBe(fiveAndOver);
  });
});

describe('rules the version 1 and 2 policies could not say (issue 11, point 9)', () => {
  const at = (policy: typeof guidance, id: string, caseType: CaseType, dates: CaseDates, today = '2025-12-31') =>
    evaluateRule(rule(policy, id), caseType, dates, today).map((r) => [r.status, r.due, r.late?.amount]);

  // Seed 000, "Initial child protection case conference (ICPCC)": the report "must be provided at least 2 days before"
  // and "Invitations must be sent no later than 5 working days before the conference date".
  it.each<[string, string, CaseDates, unknown[][]]>([
    ['report two days before: on the last day', 'icpc-report', { icpc: ['2025-03-14'], 'icpc-report': ['2025-03-12'] }, [['met', '2025-03-12', undefined]]],
    ['report the day before: a day late', 'icpc-report', { icpc: ['2025-03-14'], 'icpc-report': ['2025-03-13'] }, [['missed', '2025-03-12', 1]]],
    [
      'report after the conference: still late, not a date error',
      'icpc-report',
      { icpc: ['2025-03-14'], 'icpc-report': ['2025-03-17'] },
      [['missed', '2025-03-12', 5]],
    ],
    ['no report recorded: counted as not done', 'icpc-report', { icpc: ['2025-03-14'] }, [['overdue', '2025-03-12', undefined]]],
    ['no conference yet: nothing to judge', 'icpc-report', { 'icpc-report': ['2025-03-12'] }, [['not-applicable', undefined, undefined]]],
    [
      'invitations 5 working days before a Friday conference',
      'icpc-invitations',
      { icpc: ['2025-03-14'], 'icpc-invitations': ['2025-03-07'] },
      [['met', '2025-03-07', undefined]],
    ],
    ['invitations a working day late', 'icpc-invitations', { icpc: ['2025-03-14'], 'icpc-invitations': ['2025-03-10'] }, [['missed', '2025-03-07', 1]]],
    // Early May bank holiday, Monday 5 May 2025, is not a working day: 5 working days before Tuesday 6 May is Monday 28 April.
    ['invitations across a bank holiday', 'icpc-invitations', { icpc: ['2025-05-06'], 'icpc-invitations': ['2025-04-29'] }, [['missed', '2025-04-28', 1]]],
    // Seed 000, "Review Child Protection Conferences": "at least 5 days before a RCPCC", before every review conference.
    [
      'a report before each review conference',
      'rcpc-report',
      { rcpc: ['2025-06-10', '2025-12-10'], 'rcpc-report': ['2025-06-04', '2025-12-08'] },
      [
        ['met', '2025-06-05', undefined],
        ['missed', '2025-12-05', 3],
      ],
    ],
    [
      'a report before the first review conference is not the second’s',
      'rcpc-report',
      { rcpc: ['2025-06-10', '2025-12-10'], 'rcpc-report': ['2025-06-04'] },
      [
        ['met', '2025-06-05', undefined],
        ['overdue', '2025-12-05', undefined],
      ],
    ],
    [
      'a report written after its conference is late for it, not early for the next (paired by place)',
      'rcpc-report',
      { rcpc: ['2025-06-10', '2025-12-10'], 'rcpc-report': ['2025-06-11'] },
      [
        ['missed', '2025-06-05', 6],
        ['overdue', '2025-12-05', undefined],
      ],
    ],
    [
      'a report left blank for the first conference, given for the second',
      'rcpc-report',
      { rcpc: ['2025-06-10', '2025-12-10'], 'rcpc-report': ['', '2025-12-01'] },
      [
        ['overdue', '2025-06-05', undefined],
        ['met', '2025-12-05', undefined],
      ],
    ],
  ])('Camden: %s', (_what, id, dates, expected) => {
    expect(at(camden, id, 'child-protection', dates)).toEqual(expected);
  });

  // Seed 001, "Becoming a Child Looked After": "A Placement Planning Meeting will be held within 5 working days of a
  // placement move", after every move.
  it('Wokingham: a placement planning meeting after each move, across a bank holiday', () => {
    expect(
      at(wokingham, 'placement-planning-meeting-after-move', 'looked-after', {
        'placement-move': ['2025-03-03', '2025-05-05'],
        'placement-planning-meeting': ['2025-03-07', '2025-05-14'],
      }),
    ).toEqual([
      ['met', '2025-03-10', undefined],
      ['missed', '2025-05-12', 2],
    ]);
    // A move with no meeting before the next move is not met by the next move's meeting.
    expect(
      at(wokingham, 'placement-planning-meeting-after-move', 'looked-after', {
        'placement-move': ['2025-03-03', '2025-05-05'],
        'placement-planning-meeting': ['2025-05-07'],
      }),
    ).toEqual([
      ['overdue', '2025-03-10', expect.any(Number)],
      ['met', '2025-05-12', undefined],
    ]);
  });

  // Seed 001, "Child Protection Conferences" and "Care planning and reviewing": invites "at least 5 working days before
  // conference"; reports for Child in Care Reviews "signed-off by the manager 5 working days before the review", before
  // every review; the review conference report "7 working days prior", with the conference procedures' 5 kept beside it.
  it.each<[string, string, CaseType, CaseDates, unknown[][]]>([
    [
      'invitations to the initial conference',
      'icpc-invitations',
      'child-protection',
      { icpc: ['2025-03-14'], 'icpc-invitations': ['2025-03-10'] },
      [['missed', '2025-03-07', 1]],
    ],
    [
      'a report before each looked after review',
      'lac-review-report',
      'looked-after',
      { 'lac-review': ['2025-02-03', '2025-05-06'], 'lac-review-report': ['2025-01-27', '2025-04-29'] },
      [
        ['met', '2025-01-27', undefined],
        ['missed', '2025-04-28', 1],
      ],
    ],
    [
      'the review conference report, 7 working days before',
      'rcpc-report',
      'child-protection',
      { rcpc: ['2025-06-10'], 'rcpc-report': ['2025-06-02'] },
      [['missed', '2025-05-30', 1]],
    ],
  ])('Wokingham: %s', (_what, id, caseType, dates, expected) => {
    expect(at(wokingham, id, caseType, dates)).toEqual(expected);
  });

  it('Wokingham’s review conference report keeps the other reading, 5 working days, in the seed’s words', () => {
    const r = rule(wokingham, 'rcpc-report');
    expect(r.otherReadings?.map((o) => o.quote)).toEqual([
      expect.stringContaining('5 working days before Review Conferences'),
      '5 working days prior to the conference',
    ]);
    expect(r.why).toMatch(/7 working days/);
  });

  // Seed 004, "Case and transfer summaries": "A case and transfer summary should be completed every 90 days".
  it('Camden: a case summary every 90 days, the last one overdue by the audit', () => {
    expect(at(camden, 'case-summaries', 'looked-after', { 'case-summary': ['2025-01-06', '2025-04-10'] }, '2025-09-01')).toEqual([
      ['missed', '2025-04-06', 4],
      ['overdue', '2025-07-09', 54],
    ]);
  });

  // Seed 003, "Management oversight": "child protection … at least monthly discussion as a minimum … The minimum
  // frequency is three monthly"; seed 001, "Core Group Meetings": "Formal case supervision needs to take place at a
  // minimum of every two months". The same dates, judged by each policy's own frequency.
  it.each<[string, typeof guidance, CaseType, string, string[], unknown[][]]>([
    [
      '003: child protection monthly',
      guidance,
      'child-protection',
      'supervision-monthly',
      ['2025-01-15', '2025-03-10'],
      [
        ['missed', '2025-02-15', 23],
        ['overdue', '2025-04-10', 265],
      ],
    ],
    [
      '001: child protection every two months',
      wokingham,
      'child-protection',
      'supervision-cp',
      ['2025-01-15', '2025-03-10'],
      [
        ['met', '2025-03-15', undefined],
        ['overdue', '2025-05-10', 235],
      ],
    ],
    [
      '003: child in need three monthly',
      guidance,
      'child-in-need',
      'supervision-three-monthly',
      ['2025-01-15', '2025-04-20'],
      [
        ['missed', '2025-04-15', 5],
        ['overdue', '2025-07-20', 164],
      ],
    ],
  ])('supervision, %s', (_what, policy, caseType, id, supervision, expected) => {
    expect(at(policy, id, caseType, { supervision })).toEqual(expected);
  });

  it('the monthly minimum is for child protection, the three-monthly for other cases (seed 003)', () => {
    const ids = (caseType: CaseType) =>
      evaluatePolicy(guidance, caseType, { supervision: ['2025-01-15', '2025-02-10'] }, '2025-02-20')
        .filter((r) => r.ruleId.startsWith('supervision') && r.status !== 'not-applicable')
        .map((r) => r.ruleId);
    expect(ids('child-protection')).toEqual(['supervision-monthly', 'supervision-monthly']);
    expect(ids('looked-after')).toEqual(['supervision-three-monthly', 'supervision-three-monthly']);
  });

  // Seed 003, "Recording": "Be up to date (within 4 weeks)", judged against the date of the audit.
  it.each([
    ['2025-03-29', 'met', undefined],
    ['2025-03-30', 'missed', 1],
  ])('the record up to date within 4 weeks of the audit on %s', (auditDate, status, late) => {
    const r = timescalesOf(guidance, {
      details: { caseType: 'child-in-need', auditDate },
      caseDates: { 'record-up-to-date': ['2025-03-01'] },
    }).find((x) => x.ruleId === 'record-up-to-date');
    expect([r?.status, r?.due, r?.actual, r?.late?.amount]).toEqual([status, '2025-03-29', auditDate, late]);
  });

  it('a report dated after its conference is a late report, not a date in the wrong order', () => {
    expect(checkCaseDates(camden, { icpc: ['2025-03-14'], 'icpc-report': ['2025-03-17'] }, '2025-12-31')).toEqual([]);
  });
});
