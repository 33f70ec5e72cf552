// One section of Part A as the auditor edits it: its answers, judgement and comments, and the parts of the audit the
// section's form also holds (the overall judgement, the actions, the key dates and visits). The problems the pure core
// finds name their field by its path here, so the form needs no translation. Values are kept as typed: checking
// comes on "Save and continue" and on submitting Part A.
import { withEdit, type AuditAction, type Audit, type SectionAnswers, type Visit, type VisitingPlan } from './audit';
import type { Author } from './author';
import { isGrade } from './grade';
import { withEscalation } from './escalation';
import { withAcceptedSuggestion } from './overall-judgement';
import type { AuditTemplate, TemplateSection } from './template';
import { threeWayMerge, type FieldConflict } from './merge';
import { describeConflicts } from './describe-conflicts';

export interface SectionEdit {
  answers: Record<string, string>;
  judgementMode: '' | 'compliance' | 'grade';
  judgement: string;
  comments: string;
  /** The overall judgement, as the form holds it: whether the suggestion is accepted is '', 'yes' or 'no'. */
  overall: { acceptSuggestion: '' | 'yes' | 'no'; grade: string; rationale: string };
  actions: AuditAction[];
  noFurtherAction: boolean;
  caseDates: Record<string, string[]>;
  /** Timescale rules not required for this case: the reason typed, by rule id ('' or absent: required). */
  notRequired: Record<string, string>;
  visitingRegime: string;
  visitingPlan: VisitingPlan;
  visits: Visit[];
}

/** The section's part of the audit, as the form edits it. */
export function sectionEditOf(audit: Audit, section: TemplateSection): SectionEdit {
  const s = audit.sections[section.id];
  const o = audit.overall;
  return {
    answers: { ...(s?.answers ?? {}) },
    judgementMode: s?.judgementMode ?? '',
    judgement: s?.judgement ?? '',
    comments: s?.comments ?? '',
    overall: {
      acceptSuggestion: o.acceptSuggestion === undefined ? '' : o.acceptSuggestion ? 'yes' : 'no',
      grade: o.grade ?? '',
      rationale: o.rationale ?? '',
    },
    actions: audit.actions.map((a) => ({ ...a, due: { ...a.due } })),
    noFurtherAction: audit.noFurtherAction,
    caseDates: Object.fromEntries(Object.entries(audit.caseDates).map(([k, v]) => [k, [...v]])),
    notRequired: { ...(audit.notRequired ?? {}) },
    visitingRegime: audit.visitingRegime,
    visitingPlan: { ...(audit.visitingPlan ?? { every: '', unit: '', setBy: '' }) },
    visits: audit.visits.map((v) => ({ ...v })),
  };
}

/** Key dates as typed, blank entries kept in place (so a message lands on its own field); empty events dropped. */
function cleanDates(dates: Record<string, (string | undefined)[] | undefined> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [event, list] of Object.entries(dates ?? {})) {
    const kept = (list ?? []).map((d) => (typeof d === 'string' ? d : ''));
    if (kept.some((d) => d.trim() !== '')) out[event] = kept;
  }
  return out;
}

/**
 * The audit with this section's values in it. Answering the overall section records the accepted suggestion as it
 * is now, so a later change to an area grade never changes the recorded judgement silently.
 */
export function applySectionEdit(template: AuditTemplate, audit: Audit, section: TemplateSection, v: SectionEdit): Audit {
  const answers = Object.fromEntries(Object.entries(v.answers ?? {}).filter(([, x]) => typeof x === 'string'));
  const next: Audit = {
    ...audit,
    sections: {
      ...audit.sections,
      [section.id]: {
        answers,
        judgementMode: v.judgementMode || undefined,
        judgement: (v.judgement || undefined) as SectionAnswers['judgement'],
        comments: v.comments,
      },
    },
  };
  if (section.kind === 'overall') {
    next.overall = {
      acceptSuggestion: v.overall.acceptSuggestion === '' ? undefined : v.overall.acceptSuggestion === 'yes',
      grade: isGrade(v.overall.grade) ? v.overall.grade : undefined,
      rationale: v.overall.rationale,
    };
  }
  if (section.tool) next.caseDates = cleanDates(v.caseDates);
  if (section.tool === 'timescales') {
    const reasons = Object.entries(v.notRequired ?? {}).flatMap(([rule, why]) => (typeof why === 'string' && why.trim() ? [[rule, why.trim()] as const] : []));
    next.notRequired = Object.fromEntries(reasons);
  }
  if (section.tool === 'visiting') {
    next.visitingRegime = v.visitingRegime ?? '';
    const plan = v.visitingPlan ?? { every: '', unit: '', setBy: '' };
    next.visitingPlan = plan.every.trim() || plan.unit || plan.setBy ? { every: plan.every, unit: plan.unit, setBy: plan.setBy } : null;
    next.visits = (v.visits ?? []).map((x) => ({ ...x }));
  }
  if (section.kind === 'actions') {
    next.actions = v.actions.map((a) => ({ ...a, due: { ...a.due } }));
    next.noFurtherAction = v.noFurtherAction;
  }
  return section.kind === 'overall' ? withAcceptedSuggestion(template, next) : next;
}

/** A section edited here after someone changed the same answers elsewhere: neither is written over the other. */
export class EditConflictError extends Error {
  readonly conflicts: FieldConflict[];
  constructor(conflicts: FieldConflict[]) {
    super(
      `${describeConflicts(conflicts)} changed elsewhere since this page was opened, as well as here. What you typed is kept; reload to see the other version, then type your change again.`,
    );
    this.name = 'EditConflictError';
    this.conflicts = conflicts;
  }
}

/**
 * The auditor's edit of a section, from the values it was opened with, applied to the audit as it is now: fields the
 * auditor did not change keep what is stored (someone else may have changed them), fields they changed take their
 * values, and a field changed both here and elsewhere is refused (EditConflictError) rather than written over.
 */
export function answerSectionFrom(
  template: AuditTemplate,
  current: Audit,
  section: TemplateSection,
  opened: SectionEdit,
  edited: SectionEdit,
  by: Author,
  now: string,
): Audit {
  const merged = threeWayMerge(opened, edited, sectionEditOf(current, section), { depth: 3 });
  if (!merged.ok) throw new EditConflictError(merged.conflicts);
  return answerSection(template, current, section, merged.merged, by, now);
}

/** The auditor's answers to a section saved: the edit in the audit and its history, the escalation kept in step. */
export function answerSection(template: AuditTemplate, audit: Audit, section: TemplateSection, edit: SectionEdit, by: Author, now: string): Audit {
  return withEscalation(template, withEdit(applySectionEdit(template, audit, section, edit), section.title, by, now), now, by);
}

/** A visit the auditor has just added, nothing yet entered. */
export function blankVisit(id: string): Visit {
  return { id, date: '', seenAlone: '', notSeenAloneReason: '', announced: '', seenAwake: '', bedroomSeen: '', recordedOn: '' };
}

/** An action the auditor has just added, nothing yet entered. */
export function blankAuditAction(id: string): AuditAction {
  return { id, what: '', ownerName: '', ownerRole: '', due: { day: '', month: '', year: '' } };
}
