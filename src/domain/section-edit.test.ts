// A section's part of the audit as its form edits it (seed 003, Part A): folding the form's values back gives the same
// audit, and every problem the pure core finds names a field the form has.
import { describe, expect, it } from 'vitest';
import { answerSection, answerSectionFrom, applySectionEdit, blankAuditAction, blankVisit, EditConflictError, sectionEditOf } from './section-edit';
import { partASections, sectionProblems } from './completeness';
import { allSections } from './template';
import { latestAuditTemplate, latestTimescalePolicy } from '@/templates/registry';
import { AUDITOR, completedPartA, newAudit } from '@test/builders/audit';

const t = latestAuditTemplate();
const policy = latestTimescalePolicy('auditor-guidance');
const LATER = '2025-03-10T10:20:00.000Z';

describe('a section edited through its form', () => {
  it.each(partASections(t).map((s) => [s.title, s] as const))('%s: the form’s values fold back into the same audit', (_title, section) => {
    const audit = completedPartA('requires-improvement');
    const again = applySectionEdit(t, audit, section, sectionEditOf(audit, section));
    expect(again.sections[section.id]).toEqual({ comments: '', ...audit.sections[section.id], judgementMode: audit.sections[section.id]?.judgementMode });
    expect(again.actions).toEqual(audit.actions);
    expect(again.caseDates).toEqual(audit.caseDates);
  });

  it('every problem names a field of the section’s form, so each message lands beside its field', () => {
    const empty = newAudit();
    const edit = sectionEditOf(empty, allSections(t)[0]!);
    const fields = new Set(Object.keys(edit));
    for (const section of partASections(t)) {
      const problems = sectionProblems(t, section, empty, policy);
      for (const p of problems) expect(fields, `${section.id}: ${p.field}`).toContain(p.field.split('.')[0]);
      for (const p of problems.filter((x) => x.field.startsWith('answers.'))) {
        expect(section.questions.map((q) => q.id)).toContain(p.field.slice('answers.'.length));
      }
    }
  });

  it('accepting the suggested overall judgement records the grade as suggested now', () => {
    const audit = completedPartA('good');
    const section = partASections(t).find((s) => s.kind === 'overall')!;
    const edit = { ...sectionEditOf(audit, section), overall: { acceptSuggestion: 'yes' as const, grade: '', rationale: '' } };
    expect(applySectionEdit(t, audit, section, edit).overall).toEqual({ acceptSuggestion: true, grade: 'good', rationale: '' });
  });

  it('answering records an edit by the person, and raises the escalation the answers need (seed 002)', () => {
    const audit = completedPartA('good');
    const section = partASections(t).find((s) => s.kind === 'overall')!;
    const edit = sectionEditOf(audit, section);
    const answered = answerSection(t, audit, section, { ...edit, answers: { ...edit.answers, 'immediate-safeguarding-concern': 'yes' } }, AUDITOR, LATER);
    expect(answered.history.slice(-2)).toEqual([
      { at: LATER, by: AUDITOR, kind: 'edited', detail: section.title },
      { at: LATER, by: AUDITOR, kind: 'escalation-raised', detail: expect.stringContaining('Escalation raised') as unknown as string },
    ]);
    expect(answered.escalation?.raisedAt).toBe(LATER);
    expect(answerSection(t, answered, section, edit, AUDITOR, LATER).history.at(-1)).toMatchObject({ kind: 'escalation-withdrawn' });
  });

  it('a visit or an action just added asks for everything it needs', () => {
    const visiting = partASections(t).find((s) => s.tool === 'visiting')!;
    const withVisit = {
      ...newAudit({ caseType: 'child-protection' }),
      visitingRegime: 'child-protection',
      caseDates: { 'cp-plan-start': ['2025-01-06'] },
      visits: [blankVisit('v1')],
    };
    expect(sectionProblems(t, visiting, withVisit, policy).map((p) => p.field)).toEqual(
      expect.arrayContaining(['visits.0.date', 'visits.0.seenAlone', 'visits.0.announced', 'visits.0.bedroomSeen']) as unknown as string[],
    );
    const actions = partASections(t).find((s) => s.kind === 'actions')!;
    const withAction = { ...newAudit(), actions: [blankAuditAction('a1')] };
    expect(sectionProblems(t, actions, withAction).map((p) => p.field)).toEqual([
      'actions.0.what',
      'actions.0.ownerName',
      'actions.0.ownerRole',
      'actions.0.due',
    ]);
  });

  it('applies only what was typed to the audit as it is now: another’s answer kept, the same answer refused (issue: nothing lost)', () => {
    const audit = completedPartA('good');
    const section = partASections(t).find((x) => x.id === 'recording')!;
    const opened = sectionEditOf(audit, section);
    const [q1, q2] = section.questions.map((q) => q.id);
    const elsewhere = applySectionEdit(t, audit, section, { ...opened, answers: { ...opened.answers, [q2!]: 'Changed in another tab' } });
    const mine = { ...opened, answers: { ...opened.answers, [q1!]: 'Typed here' } };
    const saved = answerSectionFrom(t, elsewhere, section, opened, mine, AUDITOR, LATER);
    expect(saved.sections.recording?.answers).toMatchObject({ [q1!]: 'Typed here', [q2!]: 'Changed in another tab' });
    const clash = { ...opened, answers: { ...opened.answers, [q2!]: 'Typed here too' } };
    expect(() => answerSectionFrom(t, elsewhere, section, opened, clash, AUDITOR, LATER)).toThrow(EditConflictError);
  });
});
