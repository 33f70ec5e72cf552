// One section of Part A: the seed's guidance as prompts beside the question, the section's questions, its
// judgement and evidence, and, where the template asks, the timescale or visiting calculator. Answers save as
// the user types; "Save and continue" checks the section with the pure core's rules.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import type { Audit } from '@/domain/audit';
import { withEdit } from '@/domain/audit';
import type { Person } from '@/domain/person';
import { COMPLIANCE_LABELS } from '@/domain/grade';
import { evaluatePolicy, suggestTimescaleJudgement, type TimescalePolicy } from '@/domain/timescales';
import { suggestVisitingJudgement } from '@/domain/visiting';
import { authorOf } from '@/domain/person';
import { escalationReasons, sectionProblems, withAcceptedSuggestion, withEscalation } from '@/domain/grading';
import { ESCALATION_REASON_LABELS, findSection, type AuditTemplate, type TemplateSection } from '@/domain/template';
import { Page } from '@/ui/page';
import { BackLink, Details, WarningText } from '@/ui/content';
import { Button, ButtonGroup } from '@/ui/form';
import { InsetText } from '@/ui/content';
import { Form } from '@/ui/validated-form';
import { SaveStatus } from '@/ui/save-status';
import { AuditMissing } from './audit-missing';
import { auditPath, useAuditPage } from './use-audit-page';
import { useAutosave } from './use-autosave';
import { applySectionValues, problemsToErrors, sectionValues, type SectionValues } from './section-values';
import { QuestionFields, JudgementFields } from './section-fields';
import { OverallJudgementFields } from './overall-judgement-fields';
import { ActionsFields } from './actions-fields';
import { TimescalesTool } from './timescales-tool';
import { VisitingTool, visitingResultFor } from './visiting-tool';

export function SectionPage() {
  const { sectionId } = useParams();
  const data = useAuditPage();
  if (data.state === 'loading') return null;
  if (data.state === 'missing') return <AuditMissing />;
  const section = sectionId ? findSection(data.template, sectionId) : undefined;
  if (!section || section.kind === 'reassignment' || section.kind === 'acknowledgement') return <AuditMissing />;
  if (data.audit.status !== 'draft') {
    return (
      <Page title={section.title} caption={`Audit of case ${data.audit.details.caseReference}`} back={<BackLink to={auditPath(data.audit.id)} />}>
        <p className="govuk-body">Part A of this audit has been submitted, so its answers can no longer be changed here.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={auditPath(data.audit.id, '/record')}>
            View the audit record
          </Link>{' '}
          or{' '}
          <Link className="govuk-link" to={auditPath(data.audit.id, '/reopen')}>
            reopen the audit
          </Link>
          .
        </p>
      </Page>
    );
  }
  // Keyed by audit and section, so that moving between sections starts a fresh form from the stored answers.
  return <SectionForm key={`${data.audit.id}/${section.id}`} audit={data.audit} template={data.template} policy={data.policy} section={section} person={data.person} />;
}

export function Guidance({ section }: { section: TemplateSection }) {
  if (!section.guidance.length) return null;
  return (
    <Details summary="Guidance for auditors" open>
      <div className="app-guidance">
        {section.guidance.map((g, i) => (
          <div key={i}>
            {g.title && <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{g.title}</p>}
            <ul className="govuk-list govuk-list--bullet">
              {g.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Details>
  );
}

function SectionForm({ audit, template, policy, section, person }: { audit: Audit; template: AuditTemplate; policy: TimescalePolicy; section: TemplateSection; person: Person }) {
  const navigate = useNavigate();
  const { schedule, flush, status, latest } = useAutosave(audit);
  const author = useMemo(() => authorOf(person), [person]);
  const [submitted, setSubmitted] = useState(0);

  // The section's answers folded into the audit; answering the overall section records the accepted suggestion.
  const apply = useMemo(
    () => (base: Audit, values: SectionValues) => {
      const next = applySectionValues(base, section, values);
      return section.kind === 'overall' ? withAcceptedSuggestion(template, next) : next;
    },
    [template, section],
  );
  const fold = useMemo(
    () => (base: Audit, values: SectionValues, now: string) => withEscalation(template, withEdit(apply(base, values), section.title, author, now), now, author),
    [template, section, author, apply],
  );

  const resolver: Resolver<SectionValues> = (values) => {
    const problems = sectionProblems(template, section, apply(latest.current, values), policy);
    return problems.length ? { values: {}, errors: problemsToErrors(section, problems) } : { values, errors: {} };
  };

  const form = useForm<SectionValues>({ defaultValues: sectionValues(audit, section), resolver, shouldFocusError: false });
  const values = useWatch({ control: form.control }) as SectionValues;
  const current = apply(audit, values);
  const reasons = escalationReasons(template, current);
  const suggestion =
    section.tool === 'timescales'
      ? suggestTimescaleJudgement(evaluatePolicy(policy, current.details.caseType, current.caseDates, current.details.auditDate))
      : section.tool === 'visiting'
        ? (() => {
            const result = visitingResultFor(policy, current);
            return result ? suggestVisitingJudgement(result) : null;
          })()
        : null;

  // The calculators pre-fill the judgement; once the auditor chooses another, it is theirs (with their comments).
  const lastSuggestion = useRef<string | null>(null);
  useEffect(() => {
    if (!suggestion) return;
    const mode = form.getValues('judgementMode');
    const judgement = form.getValues('judgement');
    const untouched = mode === '' || (mode === 'compliance' && (judgement === '' || judgement === lastSuggestion.current));
    lastSuggestion.current = suggestion;
    if (untouched && (mode !== 'compliance' || judgement !== suggestion)) {
      form.setValue('judgementMode', 'compliance', { shouldDirty: true });
      form.setValue('judgement', suggestion, { shouldDirty: true });
    }
  }, [suggestion, form]);

  // Save on every change of the answers (not on opening the page, nor when only the page re-renders).
  const serialized = JSON.stringify(values);
  const lastScheduled = useRef(serialized);
  useEffect(() => {
    if (serialized === lastScheduled.current) return;
    lastScheduled.current = serialized;
    const changed = JSON.parse(serialized) as SectionValues;
    schedule((base, now) => fold(base, changed, now));
  }, [serialized, schedule, fold]);

  const onSubmit = form.handleSubmit(
    async (v) => {
      schedule((base, now) => fold(base, v, now));
      // Stay on the page, with the error showing, if the answers could not be saved.
      if (await flush()) navigate(auditPath(audit.id));
    },
    () => setSubmitted((n) => n + 1),
  );

  const errors = form.formState.errors;

  return (
    <Page
      title={section.title}
      caption={`Audit of case ${audit.details.caseReference}`}
      hasErrors={Object.keys(errors).length > 0}
      back={<BackLink to={auditPath(audit.id)}>Back to the audit</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          {section.intro.map((p, i) => (
            <p key={i} className="govuk-body">
              {p}
            </p>
          ))}
          <Form errors={errors} submitCount={submitted} onSubmit={onSubmit}>
            {section.tool === 'timescales' && <TimescalesTool policy={policy} audit={current} form={form} />}
            {section.tool === 'visiting' && <VisitingTool policy={policy} audit={current} form={form} />}
            <QuestionFields template={template} section={section} form={form} caseType={audit.details.caseType} />
            {suggestion && (
              <InsetText>
                Suggested from the {section.tool === 'timescales' ? 'key dates' : 'visits'}: <strong>{COMPLIANCE_LABELS[suggestion]}</strong>. You can choose another judgement; say why in the comments.
              </InsetText>
            )}
            {section.judgement && <JudgementFields template={template} section={section} form={form} />}
            {section.kind === 'overall' && <OverallJudgementFields template={template} audit={current} form={form} />}
            {section.kind === 'actions' && <ActionsFields form={form} auditDate={audit.details.auditDate} />}
            {reasons.length > 0 && (
              <WarningText>
                These findings will be escalated to the senior management team: {reasons.map((r) => ESCALATION_REASON_LABELS[r].toLowerCase()).join('; ')}.
              </WarningText>
            )}
            <SaveStatus status={status} />
            <ButtonGroup>
              <Button>Save and continue</Button>
              <Link className="govuk-link" to={auditPath(audit.id)}>
                Return to the task list
              </Link>
            </ButtonGroup>
          </Form>
        </div>
        <aside className="govuk-grid-column-one-third-from-desktop" aria-label="Guidance for auditors">
          <Guidance section={section} />
        </aside>
      </div>
    </Page>
  );
}
