// Each change to a record is one pure function of the record, the input, the author and the time, returning the new
// record with its history. These tests hold each to what the seeds ask of it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acknowledge, changeAuditDetails, disagreementOpen, LifecycleError, reopen, resolveDisagreement, type Audit } from './audit';
import { summarizeAudit } from './summary';
import { newAction, reconcileRaisedActions, actionsFromAudit } from './actions';
import { recordEscalation, EscalationError, escalationFollowUp, escalationTiming, recordEscalationPlan } from './escalation';
import { addPanelMember, isAuditsOwnAuditor, ModerationError, recordModeration, removePanelMember, scheduleRound } from './moderation';
import { submitAuditPartA } from './submission';
import { newPerson } from './person';
import { latestAuditTemplate } from '@/templates/registry';
import { AUDITOR, CSW, completedPartA, NOW } from '@test/builders/audit';
import { moderationRound, reviewInput } from '@test/builders/round';

const t = latestAuditTemplate();
const LATER = '2025-03-12T10:00:00.000Z';

describe('changing the audit details', () => {
  it('records the change as an edit, and refuses once Part A is submitted (seed 003, "Actions")', () => {
    const audit = completedPartA();
    const changed = changeAuditDetails(audit, { ...audit.details, team: 'Pod 7' }, AUDITOR, LATER);
    expect(changed.details.team).toBe('Pod 7');
    expect(changed.history.at(-1)).toEqual({ at: LATER, by: AUDITOR, kind: 'edited', detail: 'Audit details' });
    expect(() => changeAuditDetails({ ...audit, status: 'with-csw' }, audit.details, AUDITOR, LATER)).toThrow(LifecycleError);
  });
});

describe('submitting Part A (seed 003, "Actions"; seed 002, "Addressing practice concerns during auditing activity")', () => {
  it('re-assigns to the CSW, raises the escalation the findings need, and enters the practice actions', () => {
    const { audit, raised } = submitAuditPartA(t, completedPartA('inadequate'), AUDITOR, NOW);
    expect(audit.status).toBe('with-csw');
    expect(audit.escalation?.reasons).toEqual(['inadequate-overall-judgement', 'inadequate-area']);
    expect(audit.history.map((h) => h.kind).slice(-3)).toEqual(['escalation-raised', 'submitted', 're-assigned']);
    expect(raised.map((a) => [a.id, a.level, a.auditIds])).toEqual([['action-1', 'practice', [audit.id]]]);
  });
});

describe('escalation recorded (seed 002: "The auditor will immediately escalate the matter to the senior management team")', () => {
  const open = submitAuditPartA(t, completedPartA('inadequate'), AUDITOR, NOW).audit;
  const notice = { notifiedName: 'Pat Rowe', notifiedRole: 'Head of Service', notifiedAt: '2025-03-10T11:30' };

  it('records who was told and when, by whom, in the audit and its history', () => {
    const recorded = recordEscalation(open, notice, AUDITOR, LATER);
    expect(recorded.escalation).toMatchObject({ ...notice, recordedBy: AUDITOR, reasons: ['inadequate-overall-judgement', 'inadequate-area'] });
    expect(recorded.history.at(-1)).toEqual({
      at: LATER,
      by: AUDITOR,
      kind: 'escalation-recorded',
      detail: 'Escalated to Pat Rowe (Head of Service) at 10 March 2025, 11:30am',
    });
  });

  it('refuses when nothing is open to record', () => {
    expect(() => recordEscalation(completedPartA(), notice, AUDITOR, LATER)).toThrow(EscalationError);
    expect(() => recordEscalation(recordEscalation(open, notice, AUDITOR, LATER), notice, AUDITOR, LATER)).toThrow(EscalationError);
  });
});

// Issue 11, point 11. Seed 002, "Addressing practice concerns during auditing activity": "The auditor will immediately
// escalate the matter to the senior management team ... An action plan is agreed and reviewed on a regular basis".
describe('escalation followed through', () => {
  const open = submitAuditPartA(t, completedPartA('inadequate'), AUDITOR, NOW).audit;
  const told = recordEscalation(open, { notifiedName: 'Pat Rowe', notifiedRole: 'Head of Service', notifiedAt: '2025-03-10T11:30' }, AUDITOR, LATER);
  const plan = { response: 'Case to be reallocated; plan reviewed weekly.', respondedAt: '2025-03-11T09:00', actionIds: ['action-1', 'action-1'] };

  it.each<[string, ReturnType<typeof escalationFollowUp>, () => Audit]>([
    ['nothing to escalate', 'none', () => completedPartA()],
    ['found, senior management not yet told', 'not-told', () => open],
    ['told, no response or plan yet', 'no-plan', () => told],
    ['told, with a response and an action plan', 'planned', () => recordEscalationPlan(told, plan, AUDITOR, LATER)],
  ])('%s: %s', (_what, followUp, audit) => {
    expect(escalationFollowUp(audit())).toBe(followUp);
  });

  it('records the response and the plan’s actions (once each), in the audit and its history', () => {
    const planned = recordEscalationPlan(told, plan, AUDITOR, LATER);
    expect(planned.escalation?.plan).toEqual({ ...plan, actionIds: ['action-1'], by: AUDITOR, at: LATER });
    expect(planned.history.at(-1)?.detail).toBe('Escalation response and action plan recorded: 1 action');
  });

  it.each([
    ['no response', { ...plan, response: ' ' }, 'Enter senior management’s response'],
    ['no action', { ...plan, actionIds: [] }, 'Select the actions of the plan agreed, from the action register'],
    ['a response before they were told', { ...plan, respondedAt: '2025-03-10T11:00' }, 'The response must be on or after the time senior management was told'],
  ])('refuses %s', (_what, input, message) => {
    expect(() => recordEscalationPlan(told, input, AUDITOR, LATER)).toThrow(message);
  });

  it('refuses a plan before senior management was told', () => {
    expect(() => recordEscalationPlan(open, plan, AUDITOR, LATER)).toThrow('Record who in senior management was told first');
  });

  it.each([
    ['the same day', '2025-03-10T09:00', '2025-03-10T17:45', { days: 0, immediate: true }],
    ['the next day', '2025-03-10T17:00', '2025-03-11T08:30', { days: 1, immediate: false }],
    ['a week later', '2025-03-10T09:00', '2025-03-17T09:00', { days: 7, immediate: false }],
  ])('told %s: how soon against "immediately"', (_what, found, toldAt, timing) => {
    expect(escalationTiming(found, toldAt)).toEqual(timing);
  });
});

describe('the practice audit review written into the audit (seed 002, "Moderation")', () => {
  const audit = submitAuditPartA(t, completedPartA('good'), AUDITOR, NOW).audit;
  const round = moderationRound([{ id: audit.id, grade: 'good' }]);
  const input = reviewInput({ attendees: ['Social worker', 'Auditor'], moderatedGrade: 'requires-improvement', rationale: 'Plans were not reviewed.' });

  it('keeps the auditor’s grade beside the panel’s, with the reason, in the audit’s history', () => {
    const moderated = recordModeration(t, audit, round, input, CSW, LATER);
    expect(moderated.moderation).toMatchObject({
      roundId: round.id,
      auditorGrade: 'good',
      moderatedGrade: 'requires-improvement',
      recordedBy: CSW,
      recordedByAuditor: false,
    });
    expect(moderated.history.at(-1)?.detail).toBe('Moderated in Quarter 1 2025: grade changed from Good to Requires Improvement: Plans were not reviewed.');
  });

  it('needs a reason for a changed grade, an overall judgement to moderate, and flags the audit’s own auditor', () => {
    expect(() => recordModeration(t, audit, round, { ...input, rationale: ' ' }, CSW, LATER)).toThrow(ModerationError);
    expect(() => recordModeration(t, { ...audit, overall: {} }, round, input, CSW, LATER)).toThrow(ModerationError);
    expect(recordModeration(t, audit, round, { ...input, moderatedGrade: 'good', rationale: '' }, AUDITOR, LATER).moderation?.recordedByAuditor).toBe(true);
    expect(isAuditsOwnAuditor(audit, ' sam patel ')).toBe(true);
  });

  // Issue 11, point 3; seed 002, "Addressing practice concerns during auditing activity": "where findings are: inadequate".
  it('escalates a grade the panel changes to Inadequate, and leaves one it confirms as it was', () => {
    const changed = recordModeration(t, audit, round, { ...input, moderatedGrade: 'inadequate' }, CSW, LATER);
    expect(changed.escalation?.reasons).toEqual(['inadequate-after-moderation']);
    expect(changed.history.at(-1)).toMatchObject({ kind: 'escalation-raised', at: LATER, by: CSW });
    expect(recordModeration(t, audit, round, { ...input, moderatedGrade: 'good', rationale: '' }, CSW, LATER).escalation).toBeNull();
  });

  it('is blind whenever the round is', () => {
    expect(recordModeration(t, audit, { ...round, blind: true }, input, CSW, LATER).moderation?.blind).toBe(true);
  });
});

describe('the panel and the schedule of a round', () => {
  it('adds and removes members and sets the day, each in the round’s history', () => {
    const round = moderationRound([]);
    const withChair = addPanelMember(round, { name: ' Kim Lowe ', role: 'chair' }, AUDITOR, LATER);
    expect(withChair.panel).toEqual([{ name: 'Kim Lowe', role: 'chair' }]);
    const scheduled = scheduleRound(withChair, { reviewDate: '2025-04-02', startTime: '09:30' }, AUDITOR, LATER);
    expect(scheduled).toMatchObject({ reviewDate: '2025-04-02', startTime: '09:30' });
    const removed = removePanelMember(scheduled, 0, AUDITOR, LATER);
    expect(removed.panel).toEqual([]);
    expect(removed.history.slice(1).map((h) => h.detail)).toEqual([
      'Panel member added: Kim Lowe (Chair: Head of Service for Quality Assurance)',
      'Reviews scheduled for 2025-04-02 from 09:30',
      'Panel member removed: Kim Lowe',
    ]);
    expect(removePanelMember(round, 3, AUDITOR, LATER)).toBe(round);
  });
});

describe('actions raised outside an audit (seed 002, "Findings, accountability and impact")', () => {
  it('are open, with who raised them and when, and a practitioner only at practice level', () => {
    const input = {
      what: 'Audit ten CIN plans',
      level: 'service' as const,
      ownerName: 'Kim Lowe',
      ownerRole: 'Head of Service',
      team: '',
      practitioner: 'Jo Lee',
      due: '2025-06-30',
      theme: 'Planning',
    };
    const action = newAction('a1', input, AUDITOR, NOW);
    expect(action).toMatchObject({ id: 'a1', rev: '', revisions: [], status: 'open', practitioner: '', auditIds: [], createdAt: NOW });
    expect(action.history).toEqual([{ at: NOW, by: AUDITOR, kind: 'created', detail: 'Raised at service level, due 30 June 2025' }]);
    expect(newAction('a2', { ...input, level: 'practice' }, AUDITOR, NOW).practitioner).toBe('Jo Lee');
  });
});

describe('the register kept in step with an audit submitted again', () => {
  const audit = completedPartA();
  const first = actionsFromAudit(audit, NOW, AUDITOR);

  it('adds new actions, updates open ones that changed, cancels open ones taken out, and leaves closed ones alone', () => {
    const stored = first.map((a) => ({ ...a, rev: '1-test' }));
    const reworded = actionsFromAudit({ ...audit, actions: [{ ...audit.actions[0]!, what: 'Update the chronology weekly' }] }, LATER, AUDITOR);
    const [updated] = reconcileRaisedActions(reworded, stored, AUDITOR, LATER);
    expect(updated).toMatchObject({ id: 'action-1', what: 'Update the chronology weekly', rev: '1-test' });
    expect(updated?.history.at(-1)?.detail).toBe('Updated from the audit when Part A was submitted again');
    const [cancelled] = reconcileRaisedActions([], stored, AUDITOR, LATER);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledReason: 'Taken out of the audit when Part A was submitted again' });
    expect(reconcileRaisedActions([], [{ ...stored[0]!, status: 'completed' }], AUDITOR, LATER)).toEqual([]);
    expect(reconcileRaisedActions(first, [], AUDITOR, NOW)).toEqual(first);
  });

  it('never changes what is unchanged: submitting the same actions again writes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 5 }), (words) => {
        const actions = words.map((what, i) => ({
          id: `x${i}`,
          what,
          ownerName: 'Jo Lee',
          ownerRole: 'Social worker',
          due: { day: '1', month: '6', year: '2025' },
        }));
        const raised = actionsFromAudit({ ...audit, actions }, NOW, AUDITOR);
        expect(reconcileRaisedActions(raised, raised, AUDITOR, LATER)).toEqual([]);
      }),
    );
  });
});

describe('a new person', () => {
  it('is not yet written (no revision), with the name and designation given', () => {
    expect(newPerson('p1', { name: 'Sam Patel', designation: 'Team manager' }, NOW)).toEqual({
      id: 'p1',
      rev: '',
      revisions: [],
      updatedAt: NOW,
      name: 'Sam Patel',
      designation: 'Team manager',
    });
  });
});

// Issue 11, point 13. Seed 003, "PART B, CSW COMPLETES": Part B is for the CSW "to acknowledge that the audit had been
// received and the recommendations noted and accepted"; a disagreement is open until the QA lead responds.
describe('a Part B disagreement resolved', () => {
  const submitted = submitAuditPartA(t, completedPartA('good'), AUDITOR, NOW).audit;
  const disagreed = acknowledge(submitted, { outcome: 'disagreed', reasons: 'Planning is better than graded' }, CSW, LATER);

  it.each([
    ['accepted in Part B', acknowledge(submitted, { outcome: 'accepted' }, CSW, LATER), false],
    ['disagreed, no response yet', disagreed, true],
    ['disagreed, response recorded', resolveDisagreement(disagreed, { response: 'Reviewed with the CSW', outcome: 'findings-stand' }, AUDITOR, LATER), false],
  ] as const)('%s: open is %s, and the summary says so', (_what, audit, open) => {
    expect(disagreementOpen(audit)).toBe(open);
    expect(summarizeAudit(t, audit).disagreementOpen).toBe(open);
  });

  it('records the response and outcome in the audit and its history; needs a response and a disagreement', () => {
    const resolved = resolveDisagreement(disagreed, { response: ' Reviewed with the CSW ', outcome: 'referred-to-moderation' }, AUDITOR, LATER);
    expect(resolved.disagreementResolution).toEqual({ response: 'Reviewed with the CSW', outcome: 'referred-to-moderation', by: AUDITOR, at: LATER });
    expect(resolved.history.at(-1)).toMatchObject({
      kind: 'disagreement-resolved',
      detail: 'Part B disagreement resolved: Referred to the moderation panel. Reviewed with the CSW',
    });
    expect(() => resolveDisagreement(disagreed, { response: ' ', outcome: 'findings-stand' }, AUDITOR, LATER)).toThrow('Enter the response to the CSW');
    expect(() => resolveDisagreement(submitted, { response: 'x', outcome: 'findings-stand' }, AUDITOR, LATER)).toThrow(
      'Only a disagreement in Part B can be resolved',
    );
    expect(reopen(resolved, 'Findings to look at again', AUDITOR, LATER).disagreementResolution).toBeNull();
  });
});
