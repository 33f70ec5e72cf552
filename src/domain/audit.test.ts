import { describe, expect, it } from 'vitest';
import { acknowledge, LifecycleError, reopen, submitPartA, withEdit } from './audit';
import { AUDITOR, CSW, completedPartA } from '@test/builders/audit';

// Seed 003: "If the auditor is not the CSW in the case they must then re-assign the audit to the CSW responsible for
// the case." "PART B, CSW COMPLETES … Once this part is completed the audit is complete."
describe('audit lifecycle', () => {
  const at = (m: number) => `2025-03-10T1${m}:00:00.000Z`;

  it('draft → with the CSW (re-assigned) → complete', () => {
    const submitted = submitPartA(completedPartA(), AUDITOR, at(1));
    expect(submitted.status).toBe('with-csw');
    expect(submitted.history.map((h) => h.kind)).toEqual(['created', 'submitted', 're-assigned']);
    expect(submitted.history[2]?.detail).toBe('Re-assigned to Alex Morgan (CSW) for Part B');
    const done = acknowledge(submitted, { outcome: 'accepted' }, CSW, at(2));
    expect(done.status).toBe('complete');
    expect(done.acknowledgement).toEqual({ outcome: 'accepted', reasons: undefined, by: CSW, at: at(2) });
  });

  it('Part B by anyone but the CSW named on the audit is refused (seed 003, "PART B, CSW COMPLETES")', () => {
    const submitted = submitPartA(completedPartA(), AUDITOR, at(1));
    expect(() => acknowledge(submitted, { outcome: 'accepted' }, AUDITOR, at(2))).toThrow('Part B is completed by Alex Morgan');
    expect(() => acknowledge(submitted, { outcome: 'accepted' }, { name: 'Alex Morganson', designation: 'CSW' }, at(2))).toThrow(LifecycleError);
    // The name as typed on the audit, whatever its case and spaces.
    expect(acknowledge(submitted, { outcome: 'accepted' }, { name: ' alex morgan ', designation: 'CSW' }, at(2)).status).toBe('complete');
  });

  it('when the auditor is the CSW there is no re-assignment: straight to Part B', () => {
    const own = completedPartA('good', { csw: AUDITOR.name });
    expect(submitPartA(own, AUDITOR, at(1)).history.map((h) => h.kind)).toEqual(['created', 'submitted']);
  });

  it('the CSW may disagree, with reasons', () => {
    const submitted = submitPartA(completedPartA(), AUDITOR, at(1));
    expect(() => acknowledge(submitted, { outcome: 'disagreed', reasons: ' ' }, CSW, at(2))).toThrow(LifecycleError);
    const done = acknowledge(submitted, { outcome: 'disagreed', reasons: 'The grade for planning is too high' }, CSW, at(2));
    expect(done.acknowledgement?.reasons).toBe('The grade for planning is too high');
    expect(done.history.at(-1)?.detail).toBe('Part B: disagreement recorded: The grade for planning is too high');
  });

  it('Part B only after Part A; reopening needs a reason and is recorded', () => {
    expect(() => acknowledge(completedPartA(), { outcome: 'accepted' }, CSW, at(2))).toThrow(/Part A/);
    const done = acknowledge(submitPartA(completedPartA(), AUDITOR, at(1)), { outcome: 'accepted' }, CSW, at(2));
    expect(() => reopen(done, '  ', AUDITOR, at(3))).toThrow(/reason/);
    const reopened = reopen(done, 'Wrong case type', AUDITOR, at(3));
    expect(reopened.status).toBe('draft');
    expect(reopened.acknowledgement).toBeNull();
    expect(reopened.history.at(-1)).toEqual({ at: at(3), by: AUDITOR, kind: 'reopened', detail: 'Reopened: Wrong case type' });
  });

  it('edits by one person to one section within half an hour are one history entry', () => {
    const a = completedPartA();
    const once = withEdit(a, 'Assessment', AUDITOR, '2025-03-10T10:05:00.000Z');
    const twice = withEdit(once, 'Assessment', AUDITOR, '2025-03-10T10:20:00.000Z');
    expect(twice.history).toHaveLength(2);
    expect(twice.history[1]?.at).toBe('2025-03-10T10:20:00.000Z');
    expect(withEdit(twice, 'Assessment', AUDITOR, '2025-03-10T11:00:00.000Z').history).toHaveLength(3);
    expect(withEdit(twice, 'Recording', AUDITOR, '2025-03-10T10:21:00.000Z').history).toHaveLength(3);
  });
});
