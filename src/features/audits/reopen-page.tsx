import { z } from 'zod';
import { useNavigate } from 'react-router';
import { reopen, isReadOnly } from '@/domain/audit';
import { authorOf } from '@/domain/person';
import { Page } from '@/ui/page';
import { BackLink } from '@/ui/content';
import { Button, Textarea, fieldId } from '@/ui/form';
import { Form, useZodForm } from '@/ui/validated-form';
import { writeAudit } from '@/storage/write';
import { AuditMissing } from './audit-missing';
import { useAuditPage } from './use-audit-page';
import { paths } from '@/lib/paths';

const schema = z.object({
  reason: z.string().trim().min(1, { error: 'Enter why the audit is being reopened' }).max(2000, { error: 'The reason must be 2,000 characters or fewer' }),
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
    await writeAudit((now) => reopen(audit, reason, authorOf(person), now));
    navigate(paths.audit(audit.id));
  });
  return (
    <Page title="Reopen the audit" caption={`Audit of case ${audit.details.caseReference}`} hasErrors={Object.keys(errors).length > 0} back={back}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <p className="govuk-body">Reopening returns the audit to draft so Part A can be changed. Part A will need to be submitted again, and the CSW will need to complete Part B again.</p>
          <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
            <Textarea id={fieldId('reason')} label="Why are you reopening this audit?" error={errors.reason?.message} registration={form.register('reason')} />
            <Button warning>Reopen the audit</Button>
          </Form>
        </div>
      </div>
    </Page>
  );
}
