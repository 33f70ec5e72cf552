import { describe, expect, it } from 'vitest';
import {
  actionsFromAudit,
  addReview,
  cancelAction,
  completeAction,
  dueFromTimescale,
  isDueSoon,
  isOverdue,
  likelyDuplicates,
  setStatus,
  smartWarnings,
  type ActionRecord,
} from './actions';
import { AUDITOR, completedPartA, NOW } from '@test/builders/audit';

// Seed 002, "Findings, accountability and impact": SMART action plans "must be regularly reviewed, and evidence
// impact and outcomes".
const base = (over: Partial<ActionRecord> = {}): ActionRecord => ({
  ...actionsFromAudit(completedPartA(), NOW, AUDITOR)[0]!,
  ...over,
});

describe('due dates and overdue, with today passed in', () => {
  it.each([
    ['open, due yesterday', 'open', '2025-03-09', '2025-03-10', true, false],
    ['open, due today', 'open', '2025-03-10', '2025-03-10', false, true],
    ['in progress, due in 14 days', 'in-progress', '2025-03-24', '2025-03-10', false, true],
    ['open, due in 15 days', 'open', '2025-03-25', '2025-03-10', false, false],
    ['completed, due last month', 'completed', '2025-02-01', '2025-03-10', false, false],
    ['cancelled, due yesterday', 'cancelled', '2025-03-09', '2025-03-10', false, false],
  ] as const)('%s: overdue %s, due soon %s', (_, status, due, today, overdue, soon) => {
    expect(isOverdue({ status, due }, today)).toBe(overdue);
    expect(isDueSoon({ status, due }, today)).toBe(soon);
  });

  it.each([
    ['within 4 weeks', '2025-03-10', '2025-04-07'],
    ['Within 3 months', '2025-08-31', '2025-11-30'],
    ['10 working days', '2024-12-20', '2025-01-08'],
    ['within 7 days', '2025-03-10', '2025-03-17'],
    ['soon', '2025-03-10', null],
  ])('"%s" from %s is %s', (text, from, expected) => {
    expect(dueFromTimescale(text, from)).toBe(expected);
  });
});

describe('actions raised in an audit', () => {
  it('enter the register as open practice actions for the practitioner, linked to the audit', () => {
    const [a] = actionsFromAudit(completedPartA(), NOW, AUDITOR);
    expect(a).toMatchObject({
      level: 'practice',
      status: 'open',
      ownerName: 'Jo Lee',
      practitioner: 'Jo Lee',
      team: 'Pod 3',
      due: '2025-03-31',
      auditIds: ['audit-1'],
      caseReferences: ['CR-10001'],
    });
  });
});

describe('SMART check', () => {
  it.each([
    ['a good action', { what: 'Update the chronology with the last three core groups', ownerName: 'Jo Lee', due: '2025-04-01' }, []],
    ['no owner', { what: 'Update the chronology with the last three core groups', ownerName: ' ', due: '2025-04-01' }, ['no-owner']],
    ['no date', { what: 'Update the chronology with the last three core groups', ownerName: 'Jo', due: '' }, ['no-date']],
    ['nothing measurable', { what: 'Think about the plan', ownerName: 'Jo', due: '2025-04-01' }, ['not-measurable']],
    ['too vague', { what: 'Improve practice', ownerName: 'Jo', due: '2025-04-01' }, ['not-measurable']],
  ])('%s', (_, a, expected) => {
    expect(smartWarnings(a)).toEqual(expected);
  });

  it('flags likely duplicates: the same audit, owner and similar wording', () => {
    const a = base({ id: 'a', what: 'Update the chronology with the last three core groups' });
    const same = base({ id: 'b', what: 'Update chronology with the three last core groups' });
    const otherOwner = base({ id: 'c', what: a.what, ownerName: 'Someone Else' });
    const otherAudit = base({ id: 'd', what: a.what, auditIds: ['audit-2'] });
    const different = base({ id: 'e', what: 'Arrange a family group conference before the review' });
    expect(likelyDuplicates(a, [a, same, otherOwner, otherAudit, different]).map((x) => x.id)).toEqual(['b']);
  });
});

describe('status changes are recorded with who and when', () => {
  const at = '2025-03-11T10:00:00.000Z';
  it('in progress, reviewed, completed with evidence and impact', () => {
    let a = setStatus(base(), 'in-progress', AUDITOR, at);
    a = addReview(a, { date: '2025-03-11', note: 'Half the core groups added', by: AUDITOR }, at);
    a = completeAction(a, { date: '2025-03-20', evidence: 'Chronology updated', impact: 'Plan now reflects the core groups' }, AUDITOR, at);
    expect(a.status).toBe('completed');
    expect(a.history.map((h) => h.detail)).toEqual([
      'Raised in the audit of case CR-10001',
      'Status changed to in progress',
      'Reviewed: Half the core groups added',
      'Completed with evidence of impact',
    ]);
  });

  it('completion needs evidence and impact; cancelling needs a reason; a closed action stays closed', () => {
    expect(() => completeAction(base(), { date: '2025-03-20', evidence: '', impact: 'x' }, AUDITOR, at)).toThrow(/evidence/);
    expect(() => cancelAction(base(), ' ', AUDITOR, at)).toThrow(/reason/);
    const cancelled = cancelAction(base(), 'Case closed', AUDITOR, at);
    expect(cancelled.cancelledReason).toBe('Case closed');
    expect(() => setStatus(cancelled, 'open', AUDITOR, at)).toThrow();
  });
});
