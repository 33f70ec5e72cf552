// The strict zod schema for audit template files (templates/audits/*.json). Strict objects: a misspelt key is an error.
import { z } from 'zod';
import { GRADES } from '@/domain/grade';
import { CASE_TYPES } from '@/domain/template';
import { fileHeader, id, seedFile, text } from './common-schema';

const seedReference = z.strictObject({ seed: seedFile, section: text });
const grade = z.enum(GRADES);

const option = z.strictObject({ value: id, label: text, hint: text.optional() });
const condition = z.union([z.strictObject({ question: id, in: z.array(z.string()).min(1) }), z.strictObject({ caseType: z.array(z.enum(CASE_TYPES)).min(1) })]);

const question = z.strictObject({
  id,
  label: text,
  hint: text.optional(),
  type: z.enum(['radios', 'text', 'textarea']),
  options: z.union([z.array(option).min(2), id]).optional(),
  required: z.boolean(),
  maxLength: z.number().int().positive().max(100_000).optional(),
  when: condition.optional(),
  escalates: z
    .strictObject({
      answers: z.array(z.string()).min(1),
      reason: z.enum(['inadequate-overall-judgement', 'significant-recording-issues', 'immediate-safeguarding-concern']),
    })
    .optional(),
});

const section = z.strictObject({
  id,
  title: text,
  kind: z.enum(['compliance', 'evaluative', 'overall', 'actions', 'reassignment', 'acknowledgement']),
  intro: z.array(text),
  guidance: z.array(z.strictObject({ title: text.optional(), items: z.array(text).min(1) })),
  questions: z.array(question),
  tool: z.enum(['timescales', 'visiting']).optional(),
  judgement: z.strictObject({ question: text, commentsLabel: text, commentsHint: text.optional() }).optional(),
  source: seedReference,
});

const part = z.strictObject({ id, title: text, completedBy: z.enum(['auditor', 'csw']), sections: z.array(section).min(1) });

export const auditTemplateSchema = z
  .strictObject({
    ...fileHeader('audit-template'),
    title: text,
    description: text,
    source: seedReference,
    gradeDescriptors: z.strictObject({ outstanding: text, good: text, 'requires-improvement': text, inadequate: text }),
    complianceDescriptors: z.strictObject({ met: text, 'partly-met': text, 'not-met': text }),
    overallJudgement: z.strictObject({
      enabled: z.boolean(),
      method: z.enum(['best-fit', 'lowest']),
      limits: z.array(z.strictObject({ section: id, question: id, answers: z.array(z.string()).min(1), atBest: grade, because: text })),
      description: text,
    }),
    escalation: z.strictObject({ overallGrades: z.array(grade), source: seedReference }),
    optionSets: z.record(id, z.array(option).min(2)),
    parts: z.array(part).min(1),
  })
  .superRefine((t, ctx) => {
    const sectionIds = new Set<string>();
    t.parts.forEach((p, pi) =>
      p.sections.forEach((s, si) => {
        const at = ['parts', pi, 'sections', si];
        if (sectionIds.has(s.id)) ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `Section id "${s.id}" is used twice` });
        sectionIds.add(s.id);
        if ((s.kind === 'compliance' || s.kind === 'evaluative') && !s.judgement)
          ctx.addIssue({ code: 'custom', path: at, message: `Section "${s.id}" is ${s.kind} and needs a judgement` });
        const qIds = new Set<string>();
        s.questions.forEach((q, qi) => {
          const qat = [...at, 'questions', qi];
          if (qIds.has(q.id)) ctx.addIssue({ code: 'custom', path: [...qat, 'id'], message: `Question id "${q.id}" is used twice in "${s.id}"` });
          qIds.add(q.id);
          if (q.type === 'radios' && q.options === undefined) ctx.addIssue({ code: 'custom', path: qat, message: `Radios "${q.id}" need options` });
          if (typeof q.options === 'string' && !(q.options in t.optionSets))
            ctx.addIssue({ code: 'custom', path: [...qat, 'options'], message: `No option set "${q.options}"` });
          if (q.when && 'question' in q.when && !s.questions.slice(0, qi).some((o) => o.id === (q.when as { question: string }).question))
            ctx.addIssue({ code: 'custom', path: [...qat, 'when'], message: `"${q.id}" depends on a question that does not come before it` });
        });
      }),
    );
    t.overallJudgement.limits.forEach((l, i) => {
      const s = t.parts.flatMap((p) => p.sections).find((x) => x.id === l.section);
      if (!s?.questions.some((q) => q.id === l.question))
        ctx.addIssue({ code: 'custom', path: ['overallJudgement', 'limits', i], message: `No question "${l.question}" in section "${l.section}"` });
    });
  });
