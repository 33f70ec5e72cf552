// Responding to a CSW's disagreement in Part B: the QA lead's response and its outcome, written into the audit. The
// disagreement shows on the audit, and counts in the overview report, until this is recorded.
import { z } from 'zod';
import { useNavigate } from 'react-router';
import { DISAGREEMENT_OUTCOMES, DISAGREEMENT_OUTCOME_LABELS, resolveDisagreement } from '@/domain/audit';
import { authorOf } from '@/domain/person';
import { LONG_TEXT_LIMIT } from '@/domain/text-limits';
import { Page, Columns } from '@/ui/page';
import { BackLink, InsetText } from '@/ui/content';
import { Button, Radios, Textarea } from '@/ui/form';
import { Form, useZodForm, bind, textSchema } from '@/ui/validated-form';
import { writeAudit } from '@/storage/write';
import { AuditMissing } from './audit-missing';
import { useAuditPage } from './use-audit-page';
import { paths } from '@/lib/paths';

const schema = z.object({
  response: textSchema('The response', LONG_TEXT_LIMIT, { required: 'Enter the response to the CSW' }),
  outcome: z.enum(DISAGREEMENT_OUTCOMES, { error: 'Select the outcome' }),
});

export function DisagreementPage() {
  const data = useAuditPage();
  const navigate = useNavigate();
  const form = useZodForm(schema, { response: '' });
  if (data.state === 'loading') return null;
  if (data.state === 'missing') return <AuditMissing />;
  const { audit, person } = data;
  const back = <BackLink to={paths.audit(audit.id)}>Back to the audit</BackLink>;
  const ack = audit.acknowledgement;
  if (ack?.outcome !== 'disagreed') {
    return (
      <Page title="Part B disagreement" back={back}>
        <p className="govuk-body">The CSW has not recorded a disagreement with this audit.</p>
      </Page>
    );
  }
  const { errors, submitCount } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    await writeAudit(audit, (current, now) => resolveDisagreement(current, v, authorOf(person), now));
    navigate(paths.audit(audit.id));
  });
  return (
    <Page
      title="Respond to the CSW’s disagreement"
      caption={`Audit of case ${audit.details.caseReference}`}
      hasErrors={Object.keys(errors).length > 0}
      back={back}
    >
      <Columns>
        <InsetText>
          <p className="govuk-body">
            {ack.by.name}, {ack.by.designation}, disagreed: {ack.reasons}
          </p>
        </InsetText>
        {audit.disagreementResolution && (
          <p className="govuk-body">
            Resolved by {audit.disagreementResolution.by.name}: {DISAGREEMENT_OUTCOME_LABELS[audit.disagreementResolution.outcome]}. Recording again replaces
            it.
          </p>
        )}
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <Textarea {...bind(form, 'response')} label="Your response to the CSW" />
          <Radios
            {...bind(form, 'outcome')}
            legend="Outcome"
            options={DISAGREEMENT_OUTCOMES.map((o) => ({ value: o, label: DISAGREEMENT_OUTCOME_LABELS[o] }))}
          />
          <Button>Record the response</Button>
        </Form>
      </Columns>
    </Page>
  );
}
