// Flagging an audit as an example of good practice (seed 002, "Celebrating best practice as part of auditing
// activity"): what was good, and the routes the seed names for sharing it. At any stage of the audit: flagging changes
// nothing the audit found.
import { z } from 'zod';
import { useNavigate } from 'react-router';
import { authorOf } from '@/domain/person';
import { flagGoodPractice, GOOD_PRACTICE_NOTE_LIMIT, GOOD_PRACTICE_ROUTE_IDS, unflagGoodPractice } from '@/domain/good-practice';
import { GOOD_PRACTICE_ROUTES } from '@/domain/good-practice-record';
import { Page, Columns } from '@/ui/page';
import { BackLink } from '@/ui/content';
import { Button, ButtonGroup, Checkboxes, Textarea } from '@/ui/form';
import { Form, useZodForm, bind, checkedSchema, textSchema } from '@/ui/validated-form';
import { writeAudit } from '@/storage/write';
import { AuditMissing } from './audit-missing';
import { useAuditPage } from './use-audit-page';
import { paths } from '@/lib/paths';

const schema = z.object({
  note: textSchema('What the good practice is', GOOD_PRACTICE_NOTE_LIMIT, { required: 'Say what the good practice is' }),
  routes: checkedSchema(GOOD_PRACTICE_ROUTE_IDS).refine((r) => r.length > 0, { error: 'Choose at least one way to share it' }),
});

export function GoodPracticePage() {
  const data = useAuditPage();
  if (data.state === 'loading') return null;
  if (data.state === 'missing') return <AuditMissing />;
  return <GoodPracticeForm key={data.audit.id} data={data} />;
}

function GoodPracticeForm({ data }: { data: Extract<ReturnType<typeof useAuditPage>, { state: 'ready' }> }) {
  const { audit, person } = data;
  const navigate = useNavigate();
  const flagged = audit.goodPractice;
  const form = useZodForm(schema, { note: flagged?.note ?? '', routes: flagged?.routes ?? [] });
  const { errors, submitCount } = form.formState;
  const back = paths.audit(audit.id);
  const onSubmit = form.handleSubmit(async ({ note, routes }) => {
    await writeAudit(audit, (current, now) => flagGoodPractice(current, { note, routes }, authorOf(person), now));
    navigate(back);
  });
  const remove = async () => {
    await writeAudit(audit, (current, now) => unflagGoodPractice(current, authorOf(person), now));
    navigate(back);
  };
  return (
    <Page
      title={flagged ? 'Good practice' : 'Flag as good practice'}
      caption={`Audit of case ${audit.details.caseReference}`}
      hasErrors={Object.keys(errors).length > 0}
      back={<BackLink to={back}>Back to the audit</BackLink>}
    >
      <Columns>
        <p className="govuk-body">
          Examples of good practice are acknowledged and shared (Quality Assurance Framework, “Celebrating best practice as part of auditing activity”).
          Flagging changes nothing the audit found.
        </p>
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <Textarea {...bind(form, 'note')} label="What is the good practice?" hint="What was done well, and what others could learn from it." />
          <Checkboxes {...bind(form, 'routes')} legend="How will it be shared?" options={GOOD_PRACTICE_ROUTES.map((r) => ({ value: r.id, label: r.label }))} />
          <ButtonGroup>
            <Button>{flagged ? 'Save changes' : 'Flag as good practice'}</Button>
            {flagged && (
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void remove()}>
                Remove the flag
              </button>
            )}
          </ButtonGroup>
        </Form>
      </Columns>
    </Page>
  );
}
