// One section of Part A: the seed's guidance as prompts beside the question, the section's questions, its
// judgement and evidence, and, where the template asks, the timescale or visiting calculator. Answers save as
// the user types; "Save and continue" checks the section with the pure core's rules.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { isReadOnly, type Audit } from '@/domain/audit';
import type { Person } from '@/domain/person';
import { COMPLIANCE_LABELS } from '@/domain/grade';
import { timescalesOf, suggestTimescaleJudgement } from '@/domain/timescales';
import { type TimescalePolicy } from '@/domain/policy';
import { sectionGuidance } from '@/domain/section-guidance';
import { suggestVisitingJudgement, visitingOf } from '@/domain/visiting';
import { authorOf } from '@/domain/person';
import { escalationReasons } from '@/domain/escalation';
import { answerSectionFrom, applySectionEdit, sectionEditOf, type SectionEdit } from '@/domain/section-edit';
import { sectionProblems } from '@/domain/completeness';
import { ESCALATION_REASON_LABELS, findSection, type AuditTemplate, type TemplateSection } from '@/domain/template';
import { Page } from '@/ui/page';
import { BackLink, Details, WarningText } from '@/ui/content';
import { Button, ButtonGroup } from '@/ui/form';
import { InsetText } from '@/ui/content';
import { Form } from '@/ui/validated-form';
import { SaveStatus } from '@/ui/save-status';
import { AuditMissing } from './audit-missing';
import { useAuditPage } from './use-audit-page';
import { useAutosave } from '@/data/use-autosave';
import { writeAudit } from '@/storage/write';
import { unsavedDraft } from '@/data/unsaved';
import { stashedDraft } from '@/data/draft-stash';
import { problemsToErrors } from './section-values';
import { QuestionFields, JudgementFields } from './section-fields';
import { OverallJudgementFields } from './overall-judgement-fields';
import { ActionsFields } from './actions-fields';
import { TimescalesTool } from './timescales-tool';
import { VisitingTool } from './visiting-tool';
import { paths } from '@/lib/paths';

/** What was typed in a section, with the values it was typed against. */
interface SectionDraft {
  opened: SectionEdit;
  edited: SectionEdit;
}

export function SectionPage() {
  const { sectionId } = useParams();
  const data = useAuditPage();
  if (data.state === 'loading') return null;
  if (data.state === 'missing') return <AuditMissing />;
  const section = sectionId ? findSection(data.template, sectionId) : undefined;
  if (!section || section.kind === 'reassignment' || section.kind === 'acknowledgement') return <AuditMissing />;
  if (isReadOnly(data.audit)) {
    return (
      <Page title={section.title} caption={`Audit of case ${data.audit.details.caseReference}`} back={<BackLink to={paths.audit(data.audit.id)} />}>
        <p className="govuk-body">Part A of this audit has been submitted, so its answers can no longer be changed here.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.audit(data.audit.id, '/record')}>
            View the audit record
          </Link>{' '}
          or{' '}
          <Link className="govuk-link" to={paths.audit(data.audit.id, '/reopen')}>
            reopen the audit
          </Link>
          .
        </p>
      </Page>
    );
  }
  // Keyed by audit and section, so that moving between sections starts a fresh form from the stored answers.
  return (
    <SectionForm
      key={`${data.audit.id}/${section.id}`}
      audit={data.audit}
      template={data.template}
      policy={data.policy}
      section={section}
      person={data.person}
    />
  );
}

export function Guidance({ section, policy }: { section: TemplateSection; policy: TimescalePolicy }) {
  const guidance = sectionGuidance(section, policy);
  if (!guidance.length) return null;
  return (
    <Details summary="Guidance for auditors" open>
      <div className="app-guidance">
        {guidance.map((g, i) => (
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

function SectionForm({
  audit,
  template,
  policy,
  section,
  person,
}: {
  audit: Audit;
  template: AuditTemplate;
  policy: TimescalePolicy;
  section: TemplateSection;
  person: Person;
}) {
  const navigate = useNavigate();
  const place = useMemo(
    () => ({
      key: `${audit.id}/${section.id}`,
      what: `${section.title}, in the audit of case ${audit.details.caseReference}`,
      href: paths.audit(audit.id, `/sections/${section.id}`),
    }),
    [audit.id, audit.details.caseReference, section],
  );
  const { schedule, flush, status, latest } = useAutosave(audit, place, writeAudit);
  const author = useMemo(() => authorOf(person), [person]);
  // The section as it was opened, and what has been typed since: each save applies only what was typed to the audit as
  // it is then. What was typed here and not saved (a save refused, or the tab closed first) comes back with the values
  // it was typed against, and is saved again the same way: a field changed elsewhere meanwhile is refused, not lost.
  const [start] = useState(() => (unsavedDraft(place.key) ?? stashedDraft(place.key)) as SectionDraft | undefined);
  const opened = useMemo(() => start?.opened ?? sectionEditOf(audit, section), [start, audit, section]);
  const [submitted, setSubmitted] = useState(0);

  const resolver: Resolver<SectionEdit> = (values) => {
    const problems = sectionProblems(template, section, applySectionEdit(template, latest.current, section, values), policy);
    return problems.length ? { values: {}, errors: problemsToErrors(problems) } : { values, errors: {} };
  };

  const form = useForm<SectionEdit>({ defaultValues: start?.edited ?? opened, resolver, shouldFocusError: false });
  const save = useMemo(
    () => (edited: SectionEdit) =>
      schedule((base, now) => answerSectionFrom(template, base, section, opened, edited, author, now), { opened, edited } satisfies SectionDraft),
    [schedule, template, section, opened, author],
  );
  const values = useWatch({ control: form.control }) as SectionEdit;
  // The audit as it will be with what is on the screen, for the calculators, the suggestion and the warnings.
  const current = useMemo(() => applySectionEdit(template, audit, section, values), [template, audit, section, values]);
  const reasons = escalationReasons(template, current);
  const suggestion =
    section.tool === 'timescales'
      ? suggestTimescaleJudgement(timescalesOf(policy, current))
      : section.tool === 'visiting'
        ? (() => {
            const result = visitingOf(policy, current);
            return result ? suggestVisitingJudgement(result) : null;
          })()
        : null;

  // Save on every change of a field (not on opening the page, nor when the page only re-renders). Declared before the
  // pre-filling below, so that a judgement pre-filled as the page opens is saved too.
  useEffect(() => {
    // watch(callback) runs only when a value changes (never on opening or re-rendering); it is used outside render,
    // so the compiler's memoisation warning does not apply.
    // eslint-disable-next-line react-hooks/incompatible-library
    const { unsubscribe } = form.watch((changed) => {
      const edit = structuredClone(changed) as SectionEdit;
      save(edit);
    });
    return unsubscribe;
  }, [form, save]);

  // What comes back unsaved is saved again, once.
  const restored = useRef(false);
  useEffect(() => {
    if (start && !restored.current) {
      restored.current = true;
      save(start.edited);
    }
  }, [start, save]);

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

  const onSubmit = form.handleSubmit(
    async (v) => {
      save(v);
      // Stay on the page, with the error showing, if the answers could not be saved.
      if (await flush()) navigate(paths.audit(audit.id));
    },
    () => setSubmitted((n) => n + 1),
  );

  const errors = form.formState.errors;

  return (
    <Page
      title={section.title}
      caption={`Audit of case ${audit.details.caseReference}`}
      hasErrors={Object.keys(errors).length > 0}
      back={<BackLink to={paths.audit(audit.id)}>Back to the audit</BackLink>}
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
                Suggested from the {section.tool === 'timescales' ? 'key dates' : 'visits'}: <strong>{COMPLIANCE_LABELS[suggestion]}</strong>. You can choose
                another judgement; say why in the comments.
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
              <Link className="govuk-link" to={paths.audit(audit.id)}>
                Return to the task list
              </Link>
            </ButtonGroup>
          </Form>
        </div>
        <aside className="govuk-grid-column-one-third-from-desktop" aria-label="Guidance for auditors">
          <Guidance section={section} policy={policy} />
        </aside>
      </div>
    </Page>
  );
}
