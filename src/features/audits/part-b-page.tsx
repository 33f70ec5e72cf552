// Part B (seed 003, "PART B, CSW COMPLETES"): the CSW acknowledges that the audit was received and the
// recommendations noted and accepted, or records disagreement with reasons. Then the audit is complete.
import { LONG_TEXT_LIMIT } from '@/domain/text-limits';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Link, useNavigate } from 'react-router';
import { acknowledge, isNamedCsw } from '@/domain/audit';
import { authorOf } from '@/domain/person';
import { findSection } from '@/domain/template';
import { formatDateTime } from '@/domain/calendar/iso-date';
import { Page, Columns } from '@/ui/page';
import { BackLink, InsetText, WarningText } from '@/ui/content';
import { Button, Radios, Textarea, fieldId } from '@/ui/form';
import { Form, useZodForm, bind, textSchema } from '@/ui/validated-form';
import { writeAudit } from '@/storage/write';
import { AuditMissing } from './audit-missing';
import { useAuditPage } from './use-audit-page';
import { paths } from '@/lib/paths';

const schema = z
  .object({
    outcome: z.enum(['accepted', 'disagreed'], { error: 'Select whether the recommendations are noted and accepted' }),
    reasons: textSchema('The reasons', LONG_TEXT_LIMIT, { trim: false }),
  })
  .refine((v) => v.outcome !== 'disagreed' || v.reasons.trim().length > 0, { path: ['reasons'], error: 'Enter the reasons you disagree' });

export function PartBPage() {
  const data = useAuditPage();
  const navigate = useNavigate();
  const form = useZodForm(schema, { reasons: '' });
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  if (data.state === 'loading') return null;
  if (data.state === 'missing') return <AuditMissing />;
  const { audit, template, person } = data;
  const section = findSection(template, 'acknowledgement');
  const title = section?.title ?? 'Acknowledgement by the CSW';
  const back = <BackLink to={paths.audit(audit.id)}>Back to the audit</BackLink>;
  const caption = `Audit of case ${audit.details.caseReference}`;

  if (audit.status === 'complete' && audit.acknowledgement) {
    const a = audit.acknowledgement;
    return (
      <Page title={title} caption={caption} back={back}>
        <p className="govuk-body">
          {a.outcome === 'accepted' ? 'The recommendations were noted and accepted' : 'Disagreement was recorded'} by {a.by.name}, {a.by.designation}, on{' '}
          {formatDateTime(a.at.slice(0, 16))} (UTC).
        </p>
        {a.reasons && <InsetText>{a.reasons}</InsetText>}
      </Page>
    );
  }
  if (audit.status !== 'with-csw') {
    return (
      <Page title={title} caption={caption} back={back}>
        <p className="govuk-body">Part B can be completed once Part A has been submitted.</p>
      </Page>
    );
  }
  const isCsw = isNamedCsw(audit, person);
  if (!isCsw) {
    return (
      <Page title={title} caption={caption} back={back}>
        <WarningText>
          Part B is completed by {audit.details.csw}, the CSW for this case. You are working as {person.name}.
        </WarningText>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.profile(paths.audit(audit.id, '/part-b'))}>
            Switch to {audit.details.csw}
          </Link>{' '}
          to complete Part B.
        </p>
      </Page>
    );
  }

  const onSubmit = form.handleSubmit(async (v) => {
    await writeAudit(audit, (current, now) => acknowledge(current, { outcome: v.outcome, reasons: v.reasons }, authorOf(person), now));
    navigate(paths.audit(audit.id));
  });
  const { errors, submitCount } = form.formState;

  return (
    <Page title={title} caption={caption} hasErrors={Object.keys(errors).length > 0} back={back}>
      <Columns>
        {section?.intro.map((p) => (
          <p className="govuk-body" key={p}>
            {p}
          </p>
        ))}
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.audit(audit.id, '/record')}>
            Read the whole audit
          </Link>{' '}
          before you acknowledge it.
        </p>
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <Radios
            {...bind(form, 'outcome')}
            legend="Are the recommendations noted and accepted?"
            legendSize="m"
            value={outcome}
            options={[
              { value: 'accepted', label: 'Yes, the audit is received and the recommendations are noted and accepted' },
              {
                value: 'disagreed',
                label: 'No, I disagree',
                conditional: <Textarea id={fieldId('reasons')} label="Your reasons" error={errors.reasons?.message} registration={form.register('reasons')} />,
              },
            ]}
          />
          <Button>Complete the audit</Button>
        </Form>
      </Columns>
    </Page>
  );
}
