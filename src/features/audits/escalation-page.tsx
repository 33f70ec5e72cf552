// Escalation (seed 002, "Auditing Activity" › "Addressing practice concerns during auditing activity": "The auditor
// will immediately escalate the matter to the senior management team"): record who was told, and when.
import { NAME_LIMIT } from '@/domain/text-limits';
import { z } from 'zod';
import { useNavigate } from 'react-router';
import { checkDateFields, dateFieldsFromIso } from '@/domain/calendar/date-fields';
import { formatDateTime } from '@/domain/calendar/iso-date';
import { escalationState, escalationTiming, recordEscalation } from '@/domain/escalation';
import { EscalationPlanSection } from './escalation-plan';
import { authorOf } from '@/domain/person';
import { ESCALATION_REASON_LABELS } from '@/domain/template';
import { Page, Columns } from '@/ui/page';
import { BackLink, SummaryList } from '@/ui/content';
import { Button, DateInput, TextInput } from '@/ui/form';
import { Form, dateFieldsSchema, useZodForm, bind, bindDate, textSchema, timeSchema } from '@/ui/validated-form';
import { writeAudit } from '@/storage/write';
import { localDateTimeOf, nowLocalDateTime, today } from '@/lib/clock';
import { AuditMissing } from './audit-missing';
import { useAuditPage } from './use-audit-page';
import { paths } from '@/lib/paths';

function schema(now: string) {
  return z
    .object({
      notifiedName: textSchema('The name', NAME_LIMIT, { required: 'Enter the name of the person in senior management who was told' }),
      notifiedRole: textSchema('The role', NAME_LIMIT, { required: 'Enter their role, for example Head of Service' }),
      date: dateFieldsSchema,
      time: timeSchema('Enter the time they were told in the 24-hour clock, for example 14:30'),
    })
    .transform((v, ctx) => {
      const d = checkDateFields('The date they were told', v.date, { notAfter: now.slice(0, 10) });
      if (!d.ok) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: d.message });
        return z.NEVER;
      }
      const [h = '0', m = '0'] = v.time.split(':');
      const at = `${d.date}T${h.padStart(2, '0')}:${m}`;
      if (at > now) {
        ctx.addIssue({ code: 'custom', path: ['time'], message: 'The time they were told must be now or in the past' });
        return z.NEVER;
      }
      return { notifiedName: v.notifiedName, notifiedRole: v.notifiedRole, notifiedAt: at };
    });
}

export function EscalationPage() {
  const data = useAuditPage();
  const navigate = useNavigate();
  const form = useZodForm(schema(nowLocalDateTime()), { notifiedName: '', notifiedRole: '', date: dateFieldsFromIso(today()), time: '' });
  if (data.state === 'loading') return null;
  if (data.state === 'missing') return <AuditMissing />;
  const { audit, person } = data;
  const e = audit.escalation;
  const back = <BackLink to={paths.audit(audit.id)}>Back to the audit</BackLink>;
  const caption = `Audit of case ${audit.details.caseReference}`;
  if (!e) {
    return (
      <Page title="Escalation" caption={caption} back={back}>
        <p className="govuk-body">Nothing in this audit needs to be escalated.</p>
      </Page>
    );
  }
  const reasons = (
    <ul className="govuk-list govuk-list--bullet">
      {e.reasons.map((r) => (
        <li key={r}>{ESCALATION_REASON_LABELS[r]}</li>
      ))}
    </ul>
  );
  if (escalationState(audit) === 'recorded') {
    const timing = e.notifiedAt ? escalationTiming(localDateTimeOf(e.raisedAt), e.notifiedAt) : null;
    return (
      <Page title="Escalation" caption={caption} back={back}>
        <Columns>
          <SummaryList
            rows={[
              { key: 'Why', value: reasons },
              { key: 'Found', value: formatDateTime(localDateTimeOf(e.raisedAt)) },
              { key: 'Who was told', value: `${e.notifiedName ?? ''}, ${e.notifiedRole ?? ''}` },
              { key: 'When', value: e.notifiedAt ? formatDateTime(e.notifiedAt) : '' },
              {
                key: 'How soon',
                value: timing?.immediate
                  ? 'The same day as the finding: immediately, as the framework asks'
                  : `${timing?.days ?? 0} days after the finding; the framework asks for it immediately`,
              },
              { key: 'Recorded by', value: e.recordedBy ? `${e.recordedBy.name}, ${e.recordedBy.designation}` : '' },
            ]}
          />
          <EscalationPlanSection audit={audit} person={person} />
        </Columns>
      </Page>
    );
  }
  const { errors, submitCount } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    await writeAudit(audit, (current, now) => recordEscalation(current, v, authorOf(person), now));
    navigate(paths.audit(audit.id));
  });
  return (
    <Page title="Record the escalation" caption={caption} hasErrors={Object.keys(errors).length > 0} back={back}>
      <Columns>
        <p className="govuk-body">These findings must be escalated to the senior management team immediately:</p>
        {reasons}
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <TextInput {...bind(form, 'notifiedName')} label="Who in senior management was told" />
          <TextInput {...bind(form, 'notifiedRole')} label="Their role" hint="For example Head of Service" />
          <DateInput {...bindDate(form, 'date')} legend="Date they were told" />
          <TextInput {...bind(form, 'time')} label="Time they were told" hint="24-hour clock, for example 14:30" className="govuk-input--width-5" />
          <Button>Record the escalation</Button>
        </Form>
      </Columns>
    </Page>
  );
}
