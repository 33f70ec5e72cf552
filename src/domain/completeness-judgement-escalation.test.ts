import { describe, expect, it } from 'vitest';
import { checkPartA, sectionProblems, sectionStatus } from './completeness';
import { escalationReasons, escalationState, withEscalation } from './escalation';
import { recordedOverallGrade, suggestOverallJudgement, withAcceptedSuggestion } from './overall-judgement';
import type { Grade } from './grade';
import { findSection } from './template';
import { latestAuditTemplate, latestTimescalePolicy } from '@/templates/registry';
import { AUDITOR, completedPartA, newAudit } from '@test/builders/audit';

const t = latestAuditTemplate();
const EVALUATIVE = ['direct-work', 'assessment', 'decision-making-and-planning', 'decision-making', 'multi-agency-work', 'management-oversight', 'recording'];

function withAreaGrades(grades: Grade[], childSafe: 'yes' | 'no' = 'yes') {
  const audit = completedPartA();
  EVALUATIVE.forEach((id, i) => {
    const s = audit.sections[id];
    if (s) s.judgement = grades[i % grades.length];
  });
  const overall = audit.sections['overall-comments'];
  if (overall) overall.answers['is-the-child-safe'] = childSafe;
  return audit;
}

describe('suggested overall judgement (template rule: best fit, "Is the child safe?" No limits it to Inadequate)', () => {
  it.each<[Grade[], 'yes' | 'no', Grade]>([
    [['good'], 'yes', 'good'],
    [['outstanding'], 'yes', 'outstanding'],
    // 7 areas: 4 Good, 3 Outstanding → middle grade Good.
    [['good', 'outstanding'], 'yes', 'good'],
    // 7 areas cycling O, G, RI → O,G,RI,O,G,RI,O: sorted O,O,O,G,G,RI,RI → middle G.
    [['outstanding', 'good', 'requires-improvement'], 'yes', 'good'],
    [['requires-improvement', 'inadequate'], 'yes', 'requires-improvement'],
    [['inadequate', 'inadequate', 'good'], 'yes', 'inadequate'],
    [['outstanding'], 'no', 'inadequate'],
    [['good'], 'no', 'inadequate'],
  ])('areas %j, child safe %s → %s', (grades, safe, expected) => {
    expect(suggestOverallJudgement(t, withAreaGrades(grades, safe))?.grade).toBe(expected);
  });

  it('takes the worse of the two middle grades when the graded areas are an even number', () => {
    const audit = withAreaGrades(['outstanding']);
    // Grade the key information area too: 8 areas, 4 Outstanding and 4 Requires Improvement.
    audit.sections['key-information'] = {
      answers: audit.sections['key-information']?.answers ?? {},
      judgementMode: 'grade',
      judgement: 'requires-improvement',
      comments: 'x',
    };
    ['direct-work', 'assessment', 'decision-making'].forEach((id) => {
      const s = audit.sections[id];
      if (s) s.judgement = 'requires-improvement';
    });
    expect(suggestOverallJudgement(t, audit)?.grade).toBe('requires-improvement');
  });

  it('leaves out areas judged met, partly met or not met, and suggests nothing with no graded area', () => {
    expect(suggestOverallJudgement(t, newAudit())).toBeNull();
  });

  it('explains itself', () => {
    const s = suggestOverallJudgement(t, withAreaGrades(['good'], 'no'));
    expect(s?.basis.join(' ')).toMatch(/Best fit of 7 graded areas \(7 Good\): Good\. Limited to Inadequate because the child is not safe\./);
  });

  it('an accepted suggestion is recorded as it was; a later change to an area grade asks for it again', () => {
    const accepted = withAcceptedSuggestion(t, withAreaGrades(['good']));
    expect(accepted.overall.grade).toBe('good');
    const regraded = withAreaGrades(['inadequate']);
    regraded.overall = accepted.overall;
    expect(recordedOverallGrade(t, regraded)).toBe('good');
    expect(sectionProblems(t, findSection(t, 'overall-comments')!, regraded)).toEqual([
      {
        field: 'overall.acceptSuggestion',
        message: 'The area grades have changed since you accepted Good: the suggested overall judgement is now Inadequate. Accept it or choose another',
      },
    ]);
    expect(recordedOverallGrade(t, withAcceptedSuggestion(t, regraded))).toBe('inadequate');
  });

  it('a template may switch the overall judgement off', () => {
    const off = { ...t, overallJudgement: { ...t.overallJudgement, enabled: false } };
    expect(suggestOverallJudgement(off, withAreaGrades(['good']))).toBeNull();
    expect(recordedOverallGrade(off, withAreaGrades(['good']))).toBeNull();
  });
});

describe('submitting Part A (seed 003, "Actions": "If no actions are required, please write \'no further action\'")', () => {
  it('a fully answered audit has nothing to fix', () => {
    expect(checkPartA(t, completedPartA())).toEqual([]);
  });

  it('needs every graded area graded', () => {
    const audit = completedPartA();
    const s = audit.sections.assessment;
    if (s) s.judgement = undefined;
    expect(checkPartA(t, audit)).toEqual([{ section: findSection(t, 'assessment'), problems: [{ field: 'judgement', message: 'Select a grade' }] }]);
  });

  it.each([
    ['no action and no "No further action"', [], false, 'Add at least one action, or select "No further action"'],
    ['actions and "No further action" both', null, true, 'Remove the actions, or untick "No further action"'],
  ])('refuses %s', (_, actions, nfa, message) => {
    const audit = completedPartA();
    if (actions) audit.actions = [];
    audit.noFurtherAction = nfa;
    expect(sectionProblems(t, findSection(t, 'actions')!, audit)).toEqual([{ field: 'noFurtherAction', message }]);
  });

  it('accepts "No further action" alone', () => {
    const audit = completedPartA();
    audit.actions = [];
    audit.noFurtherAction = true;
    expect(checkPartA(t, audit)).toEqual([]);
  });

  it('each action needs what, who and by when (SMART), due on or after the audit date', () => {
    const audit = completedPartA();
    audit.actions = [{ id: 'a', what: ' ', ownerName: '', ownerRole: '', due: { day: '1', month: '3', year: '2025' } }];
    expect(sectionProblems(t, findSection(t, 'actions')!, audit).map((p) => p.message)).toEqual([
      'Enter what is to be done for action 1',
      'Enter who will do action 1',
      'Enter the role of the owner of action 1',
      'The due date for action 1 must be on or after the date of the audit',
    ]);
  });

  it('key information: an "other" ethnicity needs the further detail (seed 003, "Key information")', () => {
    const audit = completedPartA();
    const s = audit.sections['key-information'];
    if (s) {
      s.answers.ethnicity = 'recorded-other-with-detail';
      delete s.answers['ethnicity-other-detail'];
    }
    expect(sectionProblems(t, findSection(t, 'key-information')!, audit)).toEqual([
      { field: 'answers.ethnicity-other-detail', message: 'Enter an answer for "What further detail is recorded?"' },
    ]);
  });

  it('progress towards permanence is asked only when the child is looked after', () => {
    const lac = completedPartA('good', { caseType: 'looked-after' });
    const s = lac.sections['overall-comments'];
    if (s) delete s.answers['progress-towards-permanence'];
    expect(sectionProblems(t, findSection(t, 'overall-comments')!, lac).map((p) => p.field)).toEqual(['answers.progress-towards-permanence']);
    const cin = completedPartA('good', { caseType: 'child-in-need' });
    const c = cin.sections['overall-comments'];
    if (c) delete c.answers['progress-towards-permanence'];
    expect(sectionProblems(t, findSection(t, 'overall-comments')!, cin)).toEqual([]);
  });

  it('a chosen overall judgement needs a rationale', () => {
    const audit = completedPartA();
    audit.overall = { acceptSuggestion: false, grade: 'outstanding' };
    expect(sectionProblems(t, findSection(t, 'overall-comments')!, audit)).toEqual([
      { field: 'overall.rationale', message: 'Enter why you chose this overall judgement' },
    ]);
  });

  it('text over the limit is refused', () => {
    const audit = completedPartA();
    const s = audit.sections.recording;
    if (s) s.comments = 'x'.repeat(10_001);
    expect(sectionProblems(t, findSection(t, 'recording')!, audit)).toEqual([
      { field: 'comments', message: 'Evidence and comments must be 10,000 characters or fewer' },
    ]);
  });
});

describe('task list status', () => {
  it.each([
    ['not started', () => newAudit(), 'not-started'],
    [
      'in progress',
      () => {
        const a = newAudit();
        a.sections.assessment = { answers: {}, judgement: 'good' };
        return a;
      },
      'in-progress',
    ],
    ['completed', () => completedPartA(), 'completed'],
  ])('%s', (_, make, expected) => {
    expect(sectionStatus(t, findSection(t, 'assessment')!, make())).toBe(expected);
  });

  it('check and submit cannot start until every Part A section is complete', () => {
    expect(sectionStatus(t, findSection(t, 're-assignment')!, newAudit())).toBe('cannot-start');
    expect(sectionStatus(t, findSection(t, 're-assignment')!, completedPartA())).toBe('not-started');
  });
});

describe('escalation (seed 002, "Addressing practice concerns during auditing activity")', () => {
  it.each([
    ['nothing of concern', (a: ReturnType<typeof completedPartA>) => a, []],
    [
      'an Inadequate overall judgement',
      (a: ReturnType<typeof completedPartA>) => ({ ...a, overall: { acceptSuggestion: false, grade: 'inadequate' as const, rationale: 'x' } }),
      ['inadequate-overall-judgement'],
    ],
    [
      'significant recording issues',
      (a: ReturnType<typeof completedPartA>) => {
        a.sections.recording!.answers['significant-recording-issues'] = 'yes';
        return a;
      },
      ['significant-recording-issues'],
    ],
    [
      'an immediate safeguarding concern',
      (a: ReturnType<typeof completedPartA>) => {
        a.sections['overall-comments']!.answers['immediate-safeguarding-concern'] = 'yes';
        return a;
      },
      ['immediate-safeguarding-concern'],
    ],
    [
      '"Is the child safe?" No: a safeguarding concern and an Inadequate judgement',
      (a: ReturnType<typeof completedPartA>) => {
        a.sections['overall-comments']!.answers['is-the-child-safe'] = 'no';
        return a;
      },
      ['inadequate-overall-judgement', 'immediate-safeguarding-concern'],
    ],
  ])('%s', (_, change, expected) => {
    expect(escalationReasons(t, change(completedPartA())).sort()).toEqual([...expected].sort());
  });

  it('is raised once, stays open until senior management is told, and is kept after that', () => {
    const a = completedPartA();
    a.sections.recording!.answers['significant-recording-issues'] = 'yes';
    const raised = withEscalation(t, a, '2025-03-10T11:00:00.000Z', AUDITOR);
    expect(raised.history.at(-1)?.detail).toBe('Escalation raised: significant recording issues');
    expect(raised.escalation).toMatchObject({ reasons: ['significant-recording-issues'], raisedAt: '2025-03-10T11:00:00.000Z' });
    expect(escalationState(raised)).toBe('open');
    expect(withEscalation(t, raised, '2025-03-10T12:00:00.000Z', AUDITOR).escalation?.raisedAt).toBe('2025-03-10T11:00:00.000Z');
    const told = {
      ...raised,
      escalation: { ...raised.escalation!, notifiedName: 'Chris Day', notifiedRole: 'Head of Service', notifiedAt: '2025-03-10T11:30' },
    };
    expect(escalationState(told)).toBe('recorded');
    told.sections.recording!.answers['significant-recording-issues'] = 'no';
    expect(escalationState(withEscalation(t, told, '2025-03-10T13:00:00.000Z', AUDITOR))).toBe('recorded');
  });

  it('an open escalation whose reason is withdrawn before anyone was told goes away', () => {
    const a = completedPartA();
    a.sections.recording!.answers['significant-recording-issues'] = 'yes';
    const raised = withEscalation(t, a, NOW_ISO, AUDITOR);
    raised.sections.recording!.answers['significant-recording-issues'] = 'no';
    const withdrawn = withEscalation(t, raised, NOW_ISO, AUDITOR);
    expect(withdrawn.escalation).toBeNull();
    expect(withdrawn.history.at(-1)?.detail).toBe('Escalation withdrawn: the findings no longer need it');
  });
});

const NOW_ISO = '2025-03-10T11:00:00.000Z';

describe('the calculators’ dates', () => {
  it('a date still being typed in the visiting section does not hold up the timescales section (issue: nothing lost)', () => {
    const policy = latestTimescalePolicy('auditor-guidance');
    const audit = { ...completedPartA('good', { caseType: 'child-protection' }), caseDates: { 'cp-plan-start': ['2025-02-31'] } };
    expect(sectionProblems(t, findSection(t, 'timescales')!, audit, policy).map((p) => p.field)).not.toContain('caseDates.cp-plan-start.0');
    expect(sectionProblems(t, findSection(t, 'timescales')!, { ...audit, caseDates: { icpc: ['2025-02-31'] } }, policy).map((p) => p.field)).toContain(
      'caseDates.icpc.0',
    );
  });
});

// Issue 11, point 3. Seed 002, "Addressing practice concerns during auditing activity": "The auditor will immediately
// escalate the matter to the senior management team where findings are: inadequate, or in the event of significant
// recording issues and/or immediate safeguard concerns being identified."
describe('escalation of every Inadequate finding', () => {
  /** A complete Good audit with the given areas graded otherwise. */
  const withAreas = (grades: Record<string, Grade>) => {
    const a = completedPartA('good');
    for (const [id, g] of Object.entries(grades)) a.sections[id] = { ...a.sections[id]!, judgement: g };
    return a;
  };

  it.each([
    ['no area Inadequate', {}, []],
    ['one evaluative area Inadequate, the overall Good', { recording: 'inadequate' }, ['inadequate-area']],
    ['two areas Requires Improvement', { recording: 'requires-improvement', assessment: 'requires-improvement' }, []],
  ] as [string, Record<string, Grade>, string[]][])('%s → %j', (_what, grades, reasons) => {
    expect(escalationReasons(t, withAreas(grades))).toEqual(reasons);
  });

  it('a compliance area graded Inadequate escalates; one judged not met does not', () => {
    const graded = completedPartA('good');
    graded.sections['key-information'] = { ...graded.sections['key-information']!, judgementMode: 'grade', judgement: 'inadequate' };
    expect(escalationReasons(t, graded)).toContain('inadequate-area');
    const notMet = completedPartA('good');
    notMet.sections['key-information'] = { ...notMet.sections['key-information']!, judgementMode: 'compliance', judgement: 'not-met' };
    expect(escalationReasons(t, notMet)).toEqual([]);
  });

  it('the best-fit suggestion of Good or better is not accepted while an area is Inadequate, only chosen with a rationale', () => {
    const audit = withAreas({ recording: 'inadequate' });
    expect(suggestOverallJudgement(t, audit)?.grade).toBe('good');
    const overall = findSection(t, 'overall-comments')!;
    expect(sectionProblems(t, overall, audit).map((p) => p.message)).toEqual([
      'Recording is graded Inadequate, so the suggested Good cannot simply be accepted: choose not to accept it, then choose the overall judgement and say why',
    ]);
    audit.overall = { acceptSuggestion: false, grade: 'good', rationale: 'Recording aside, the child is well served and safe' };
    expect(sectionProblems(t, overall, audit)).toEqual([]);
    expect(withEscalation(t, audit, '2025-03-10T10:00:00.000Z', AUDITOR).escalation?.reasons).toEqual(['inadequate-area']);
  });
});
