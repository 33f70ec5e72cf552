import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { Audit } from '@/domain/audit';
import { GRADE_LABELS } from '@/domain/grade';
import { gradeOptions } from './section-fields';
import { suggestOverallJudgement } from '@/domain/overall-judgement';
import type { AuditTemplate } from '@/domain/template';
import { Details, InsetText } from '@/ui/content';
import { Radios, Textarea } from '@/ui/form';
import { bind } from '@/ui/validated-form';
import type { SectionEdit } from '@/domain/section-edit';

/** The overall judgement: the app suggests one by the template's rule; the auditor accepts it or chooses another and says why. */
export function OverallJudgementFields({ template, audit, form }: { template: AuditTemplate; audit: Audit; form: UseFormReturn<SectionEdit> }) {
  const accept = useWatch({ control: form.control, name: 'overall.acceptSuggestion' });
  const grade = useWatch({ control: form.control, name: 'overall.grade' });
  if (!template.overallJudgement.enabled) return null;
  const suggestion = suggestOverallJudgement(template, audit);
  const choose = (
    <>
      <Radios {...bind(form, 'overall.grade')} legend="Overall judgement" value={grade} options={gradeOptions(template)} />
      <Textarea {...bind(form, 'overall.rationale')} label="Why you chose this overall judgement" />
    </>
  );
  return (
    <>
      <h2 className="govuk-heading-m">Overall judgement</h2>
      {suggestion ? (
        <InsetText>
          <p className="govuk-body govuk-!-font-weight-bold">Suggested overall judgement: {GRADE_LABELS[suggestion.grade]}</p>
          {suggestion.basis.map((b) => (
            <p className="govuk-body" key={b}>
              {b}
            </p>
          ))}
        </InsetText>
      ) : (
        <p className="govuk-body">No area has been graded yet, so there is no suggested overall judgement. Choose one and say why.</p>
      )}
      <Details summary="How the suggestion is worked out">
        <p className="govuk-body">{template.overallJudgement.description}</p>
      </Details>
      {suggestion ? (
        <Radios
          {...bind(form, 'overall.acceptSuggestion')}
          legend="Do you accept the suggested overall judgement?"
          value={accept}
          options={[
            { value: 'yes', label: `Yes, ${GRADE_LABELS[suggestion.grade]}` },
            { value: 'no', label: 'No, choose another judgement', conditional: choose },
          ]}
        />
      ) : (
        choose
      )}
    </>
  );
}
