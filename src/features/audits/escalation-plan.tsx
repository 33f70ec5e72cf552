// Following an escalation through (issue 11, point 11; seed 002, "Addressing practice concerns during auditing
// activity": "An action plan is agreed and reviewed on a regular basis"): senior management's response and when, and
// the actions of the register that make the plan. Their reviews in the register are the plan's regular reviews.
import { z } from 'zod';
import { Link } from 'react-router';
import type { Audit } from '@/domain/audit';
import type { Person } from '@/domain/person';
import { authorOf } from '@/domain/person';
import { escalationPlanProblems, recordEscalationPlan } from '@/domain/escalation';
import { ACTION_STATUS_LABELS, type ActionRecord } from '@/domain/actions';
import { checkDateFields, dateFieldsFromIso } from '@/domain/calendar/date-fields';
import { formatDateTime, formatLongDate } from '@/domain/calendar/iso-date';
import { LONG_TEXT_LIMIT } from '@/domain/text-limits';
import { Button, Checkboxes, DateInput, Textarea, TextInput } from '@/ui/form';
import { Form, checkedSchema, dateFieldsSchema, useZodForm, bind, bindDate, textSchema, timeSchema } from '@/ui/validated-form';
import { MultilineText, SummaryList } from '@/ui/content';
import { Section } from '@/ui/page';
import { useActions } from '@/data/live';
import { writeAudit } from '@/storage/write';
import { nowLocalDateTime } from '@/lib/clock';
import { paths } from '@/lib/paths';

const TIME = timeSchema('Enter the time of the response in the 24-hour clock, for example 14:30');

function schema(audit: Audit, now: string) {
  return z
    .object({
      response: textSchema('Senior management’s response', LONG_TEXT_LIMIT),
      date: dateFieldsSchema,
      // Checked with everything else below, so that every problem is said at once.
      time: z.string(),
      actionIds: checkedSchema<string>(),
    })
    .transform((v, ctx) => {
      const d = checkDateFields('The date of the response', v.date, { notAfter: now.slice(0, 10) });
      if (!d.ok) ctx.addIssue({ code: 'custom', path: ['date'], message: d.message });
      const time = TIME.safeParse(v.time);
      if (!time.success) ctx.addIssue({ code: 'custom', path: ['time'], message: time.error.issues[0]?.message ?? '' });
      const [h = '0', m = '0'] = v.time.trim().split(':');
      const respondedAt = d.ok && time.success ? `${d.date}T${h.padStart(2, '0')}:${m}` : '';
      const input = { response: v.response, respondedAt, actionIds: v.actionIds };
      for (const p of escalationPlanProblems(audit, input))
        ctx.addIssue({ code: 'custom', path: [p.field === 'respondedAt' ? 'time' : p.field], message: p.message });
      return input;
    });
}

/** The actions a plan can be made of: those raised in this audit, then the team's other open actions. */
function candidates(audit: Audit, actions: readonly ActionRecord[]): ActionRecord[] {
  const raised = actions.filter((a) => a.auditIds.includes(audit.id));
  const team = actions.filter((a) => !a.auditIds.includes(audit.id) && a.team === audit.details.team && (a.status === 'open' || a.status === 'in-progress'));
  return [...raised, ...team];
}

export function EscalationPlanSection({ audit, person }: { audit: Audit; person: Person }) {
  const actions = useActions();
  const plan = audit.escalation?.plan;
  const form = useZodForm(schema(audit, nowLocalDateTime()), {
    response: plan?.response ?? '',
    date: dateFieldsFromIso((plan?.respondedAt ?? nowLocalDateTime()).slice(0, 10)),
    time: plan?.respondedAt.slice(11, 16) ?? '',
    actionIds: plan?.actionIds ?? [],
  });
  if (!actions) return null;
  const { errors, submitCount } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    await writeAudit(audit, (current, now) => recordEscalationPlan(current, v, authorOf(person), now));
  });
  const options = candidates(audit, actions);
  const linked = plan ? actions.filter((a) => plan.actionIds.includes(a.id)) : [];
  return (
    <Section id="plan" title="Response and action plan">
      <p className="govuk-body">
        An action plan is agreed and reviewed on a regular basis (Quality Assurance Framework). Its actions are reviewed in the action register.
      </p>
      {plan && (
        <SummaryList
          rows={[
            { key: 'Senior management’s response', value: <MultilineText text={plan.response} /> },
            { key: 'When', value: formatDateTime(plan.respondedAt) },
            {
              key: 'The plan',
              value: (
                <ul className="govuk-list">
                  {linked.map((a) => (
                    <li key={a.id}>
                      <Link className="govuk-link" to={paths.action(a.id)}>
                        {a.what}
                      </Link>{' '}
                      ({ACTION_STATUS_LABELS[a.status].toLowerCase()}, due {formatLongDate(a.due)}, {a.reviews.length} review
                      {a.reviews.length === 1 ? '' : 's'})
                    </li>
                  ))}
                </ul>
              ),
            },
            { key: 'Recorded by', value: `${plan.by.name}, ${plan.by.designation}` },
          ]}
        />
      )}
      <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
        <Textarea {...bind(form, 'response')} label="Senior management’s response" rows={4} />
        <DateInput {...bindDate(form, 'date')} legend="Date of the response" />
        <TextInput {...bind(form, 'time')} label="Time of the response" hint="24-hour clock, for example 14:30" className="govuk-input--width-5" />
        {options.length > 0 ? (
          <Checkboxes
            {...bind(form, 'actionIds')}
            legend="The actions of the plan"
            hint="Actions raised in this audit come first, then the team’s other open actions."
            options={options.map((a) => ({ value: a.id, label: `${a.what} (due ${formatLongDate(a.due)})` }))}
          />
        ) : (
          <p className="govuk-body">
            No action in the register fits yet.{' '}
            <Link className="govuk-link" to={paths.newAction({ team: audit.details.team })}>
              Add the plan’s actions to the action register
            </Link>
            , then come back to link them.
          </p>
        )}
        <Button>{plan ? 'Save changes to the plan' : 'Record the response and plan'}</Button>
      </Form>
    </Section>
  );
}
