// The values of a section's form, how they fold into the audit, and how the pure core's problems map back to
// form fields. One form shape serves every kind of section.
import type { Audit, AuditAction, Visit } from '@/domain/audit';
import type { Problem } from '@/domain/grading';
import { isGrade } from '@/domain/grade';
import type { TemplateSection } from '@/domain/template';
import type { FieldErrors } from 'react-hook-form';

export interface SectionValues {
  answers: Record<string, string>;
  judgementMode: '' | 'compliance' | 'grade';
  judgement: string;
  comments: string;
  overall: { acceptSuggestion: '' | 'yes' | 'no'; grade: string; rationale: string };
  actions: AuditAction[];
  noFurtherAction: boolean;
  caseDates: Record<string, string[]>;
  visitingRegime: string;
  visits: Visit[];
}

export function sectionValues(audit: Audit, section: TemplateSection): SectionValues {
  const s = audit.sections[section.id];
  const o = audit.overall;
  return {
    answers: { ...(s?.answers ?? {}) },
    judgementMode: s?.judgementMode ?? '',
    judgement: s?.judgement ?? '',
    comments: s?.comments ?? '',
    overall: { acceptSuggestion: o.acceptSuggestion === undefined ? '' : o.acceptSuggestion ? 'yes' : 'no', grade: o.grade ?? '', rationale: o.rationale ?? '' },
    actions: audit.actions.map((a) => ({ ...a, due: { ...a.due } })),
    noFurtherAction: audit.noFurtherAction,
    caseDates: Object.fromEntries(Object.entries(audit.caseDates).map(([k, v]) => [k, [...v]])),
    visitingRegime: audit.visitingRegime,
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

/** The audit with this section's form values in it. Values are kept as typed: checking comes later. */
export function applySectionValues(audit: Audit, section: TemplateSection, v: SectionValues): Audit {
  const answers = Object.fromEntries(Object.entries(v.answers ?? {}).filter(([, x]) => typeof x === 'string'));
  const next: Audit = {
    ...audit,
    sections: {
      ...audit.sections,
      [section.id]: {
        answers,
        judgementMode: v.judgementMode || undefined,
        judgement: (v.judgement || undefined) as Audit['sections'][string]['judgement'],
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
  if (section.tool === 'visiting') {
    next.visitingRegime = v.visitingRegime ?? '';
    next.visits = (v.visits ?? []).map((x) => ({ ...x }));
  }
  if (section.kind === 'actions') {
    next.actions = v.actions.map((a) => ({ ...a, due: { ...a.due } }));
    next.noFurtherAction = v.noFurtherAction;
  }
  return next;
}

const FIELD_PATHS: Record<string, string> = {
  acceptSuggestion: 'overall.acceptSuggestion',
  overallGrade: 'overall.grade',
  rationale: 'overall.rationale',
};

/** The form path of a problem the pure core found. */
export function problemPath(section: TemplateSection, problem: Problem): string {
  if (FIELD_PATHS[problem.field]) return FIELD_PATHS[problem.field] ?? problem.field;
  if (section.questions.some((q) => q.id === problem.field)) return `answers.${problem.field}`;
  return problem.field;
}

/** Problems as react-hook-form errors, nested by path, in order. */
export function problemsToErrors(section: TemplateSection, problems: Problem[]): FieldErrors<SectionValues> {
  const root: Record<string, unknown> = {};
  for (const p of problems) {
    const parts = problemPath(section, p).split('.');
    let node = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        if (!node[part]) node[part] = { type: 'domain', message: p.message };
      } else {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
    });
  }
  return root as FieldErrors<SectionValues>;
}
