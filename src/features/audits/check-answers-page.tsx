// "Check your answers" before Part A is submitted and re-assigned to the CSW (seed 003, "Actions": "If the auditor
// is not the CSW in the case they must then re-assign the audit to the CSW responsible for the case").
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { auditorIsCsw, isReadOnly } from '@/domain/audit';
import { checkPartA, partASections } from '@/domain/completeness';
import { authorOf } from '@/domain/person';
import { Page, Columns } from '@/ui/page';
import { BackLink, SummaryCard } from '@/ui/content';
import { Button } from '@/ui/form';
import { ErrorSummary } from '@/ui/error-summary';
import { writeSubmittedAudit } from '@/storage/write';
import { AuditMissing } from './audit-missing';
import { SectionAnswersView } from './section-answers-view';
import { useAuditPage } from './use-audit-page';
import { paths } from '@/lib/paths';
import { describeFailure } from '@/lib/failures';
import { submitAuditPartA } from '@/domain/submission';

export function CheckAnswersPage() {
  const data = useAuditPage();
  const navigate = useNavigate();
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  if (data.state === 'loading') return null;
  if (data.state === 'missing') return <AuditMissing />;
  const { audit, template, policy, person } = data;
  const problems = checkPartA(template, audit, policy);
  const toCsw = !auditorIsCsw(audit.details);
  const errors = [
    ...(attempts > 0
      ? problems.flatMap(({ section, problems: ps }) => ps.map((p) => ({ href: `check-${section.id}`, message: `${section.title}: ${p.message}` })))
      : []),
    ...(failure ? [{ href: '', message: failure }] : []),
  ];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (problems.length) {
      setAttempts((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const by = authorOf(person);
      await writeSubmittedAudit(audit, (current, now) => submitAuditPartA(template, current, by, now), by);
      navigate(toCsw ? paths.audit(audit.id) : paths.audit(audit.id, '/part-b'));
    } catch (error) {
      setFailure(`Not submitted: ${describeFailure(error)}`);
      setAttempts((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title="Check your answers before submitting Part A"
      caption={`Audit of case ${audit.details.caseReference}`}
      hasErrors={errors.length > 0}
      back={<BackLink to={paths.audit(audit.id)}>Back to the audit</BackLink>}
    >
      <Columns>
        <ErrorSummary errors={errors} focusKey={attempts} />
        {isReadOnly(audit) && <p className="govuk-body">Part A has been submitted.</p>}
        {partASections(template).map((section) => {
          const sectionProblems = problems.find((p) => p.section.id === section.id)?.problems ?? [];
          return (
            <div key={section.id} id={`check-${section.id}`} tabIndex={-1}>
              <SummaryCard
                title={section.title}
                actions={
                  !isReadOnly(audit) && (
                    <Link className="govuk-link" to={paths.audit(audit.id, `/sections/${section.id}`)}>
                      Change<span className="govuk-visually-hidden"> {section.title.toLowerCase()}</span>
                    </Link>
                  )
                }
              >
                {sectionProblems.length > 0 && (
                  <p className="govuk-error-message">
                    <span className="govuk-visually-hidden">Error:</span> {sectionProblems.length} answer{sectionProblems.length === 1 ? '' : 's'} still needed
                  </p>
                )}
                <SectionAnswersView template={template} section={section} audit={audit} policy={policy} />
              </SummaryCard>
            </div>
          );
        })}
        {!isReadOnly(audit) && (
          <form noValidate onSubmit={submit}>
            <h2 className="govuk-heading-m">{toCsw ? 'Re-assign to the CSW' : 'Submit Part A'}</h2>
            <p className="govuk-body">
              {toCsw
                ? `Submitting Part A re-assigns the audit to ${audit.details.csw}, the CSW for the case, to acknowledge in Part B. You will not be able to change Part A unless the audit is reopened.`
                : 'You are the CSW for this case, so you go straight on to Part B. You will not be able to change Part A unless the audit is reopened.'}
            </p>
            <Button>{toCsw ? `Submit Part A and re-assign to ${audit.details.csw}` : 'Submit Part A and go to Part B'}</Button>
          </form>
        )}
      </Columns>
    </Page>
  );
}
