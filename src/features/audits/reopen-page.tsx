import { ACTION_TEXT_LIMIT } from '@/domain/text-limits';
import { z } from 'zod';
import { useNavigate } from 'react-router';
import { reopen, isReadOnly } from '@/domain/audit';
import { authorOf } from '@/domain/person';
import { Page, Columns } from '@/ui/page';
import { BackLink } from '@/ui/content';
import { Button, Textarea } from '@/ui/form';
import { Form, useZodForm, bind, textSchema } from '@/ui/validated-form';
import { writeAudit } from '@/storage/write';
import { AuditMissing } from './audit-missing';
import { useAuditPage } from './use-audit-page';
import { paths } from '@/lib/paths';

const schema = z.object({
  reason: textSchema('The reason', ACTION_TEXT_LIMIT, { required: 'Enter why the audit is being reopened' }),
});

/** Reopening a submitted or complete audit needs a reason, which goes into its history. */
export function ReopenPage() {
  const data = useAuditPage();
  const navigate = useNavigate();
  const form = useZodForm(schema, { reason: '' });
  if (data.state === 'loading') return null;
  if (data.state === 'missing') return <AuditMissing />;
  const { audit, person } = data;
  const back = <BackLink to={paths.audit(audit.id)}>Back to the audit</BackLink>;
  if (!isReadOnly(audit)) {
    return (
      <Page title="Reopen the audit" back={back}>
        <p className="govuk-body">This audit is already open for changes.</p>
      </Page>
    );
  }
  const { errors, submitCount } = form.formState;
  const onSubmit = form.handleSubmit(async ({ reason }) => {
    await writeAudit(audit, (current, now) => reopen(current, reason, authorOf(person), now));
    navigate(paths.audit(audit.id));
  });
  return (
    <Page title="Reopen the audit" caption={`Audit of case ${audit.details.caseReference}`} hasErrors={Object.keys(errors).length > 0} back={back}>
      <Columns>
        <p className="govuk-body">
          Reopening returns the audit to draft so Part A can be changed. Part A will need to be submitted again, and the CSW will need to complete Part B again.
        </p>
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <Textarea {...bind(form, 'reason')} label="Why are you reopening this audit?" />
          <Button warning>Reopen the audit</Button>
        </Form>
      </Columns>
    </Page>
  );
}
