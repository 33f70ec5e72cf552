import { useWatch, type UseFormReturn } from 'react-hook-form';
import { COMPLIANCE_JUDGEMENTS, COMPLIANCE_LABELS, GRADES, GRADE_LABELS } from '@/domain/grade';
import { isQuestionShown } from '@/domain/completeness';
import { LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT } from '@/domain/text-limits';
import { questionOptions, type AuditTemplate, type TemplateSection } from '@/domain/template';
import { Radios, TextInput, Textarea, fieldId } from '@/ui/form';
import { errorAt, bind } from '@/ui/validated-form';
import type { SectionEdit } from '@/domain/section-edit';

interface FieldsProps {
  template: AuditTemplate;
  section: TemplateSection;
  form: UseFormReturn<SectionEdit>;
}

/** The section's questions, each shown only when its condition holds (an "other" ethnicity, a looked after child). */
export function QuestionFields({ template, section, form, caseType }: FieldsProps & { caseType: string }) {
  const answers = useWatch({ control: form.control, name: 'answers' });
  return (
    <>
      {section.questions
        .filter((q) => isQuestionShown(q, answers, caseType))
        .map((q) => {
          const field = bind(form, `answers.${q.id}`);
          if (q.type === 'radios') {
            return (
              <Radios
                key={q.id}
                {...field}
                legend={q.label}
                hint={q.hint}
                small
                value={answers[q.id]}
                options={questionOptions(template, q).map((o) => ({ value: o.value, label: o.label, hint: o.hint }))}
              />
            );
          }
          // The browser stops typing a little past the limit, so a paste over it is kept and its message shown.
          const [Field, limit, slack] = q.type === 'text' ? [TextInput, SHORT_TEXT_LIMIT, 50] : [Textarea, LONG_TEXT_LIMIT, 500];
          return <Field key={q.id} {...field} label={q.label} hint={q.hint} maxLength={(q.maxLength ?? limit) + slack} />;
        })}
    </>
  );
}

/** The four grades, each with the template's descriptor shown where a grade is chosen. */
export function gradeOptions(template: AuditTemplate) {
  return GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g], hint: template.gradeDescriptors[g] }));
}

/**
 * The area's judgement and the evidence for it. Evaluative areas are graded; compliance areas (key information,
 * timescales, visiting) are judged met, partly met or not met, or graded: the auditor chooses, and says why.
 */
export function JudgementFields({ template, section, form }: FieldsProps) {
  const errors = form.formState.errors;
  const mode = useWatch({ control: form.control, name: 'judgementMode' });
  const judgement = useWatch({ control: form.control, name: 'judgement' });
  const j = section.judgement;
  if (!j) return null;
  const grades = (
    <Radios
      {...bind(form, 'judgement')}
      legend={section.kind === 'compliance' ? 'Grade' : j.question}
      legendSize={section.kind === 'compliance' ? 's' : 'm'}
      value={judgement}
      options={gradeOptions(template)}
    />
  );
  return (
    <>
      {section.kind === 'compliance' ? (
        <Radios
          id={fieldId('judgementMode')}
          legend={j.question}
          legendSize="m"
          hint="Judge whether the requirements were met, or grade the area"
          error={errorAt(errors, 'judgementMode')}
          registration={form.register('judgementMode', {
            onChange: () => form.setValue('judgement', ''),
          })}
          value={mode}
          options={[
            {
              value: 'compliance',
              label: 'Met, partly met or not met',
              conditional: (
                <Radios
                  id={fieldId('judgement')}
                  legend="Judgement"
                  error={errorAt(errors, 'judgement')}
                  registration={form.register('judgement')}
                  value={judgement}
                  options={COMPLIANCE_JUDGEMENTS.map((c) => ({ value: c, label: COMPLIANCE_LABELS[c], hint: template.complianceDescriptors[c] }))}
                />
              ),
            },
            { value: 'grade', label: 'Grade', conditional: grades },
          ]}
        />
      ) : (
        grades
      )}
      <Textarea {...bind(form, 'comments')} label={j.commentsLabel} hint={j.commentsHint} rows={6} />
    </>
  );
}
