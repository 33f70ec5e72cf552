// One action: what, who, by when and where it came from; its SMART check and likely duplicates; reviews; completion
// with evidence and impact (and whether a later audit that follows the one it came from confirms it); cancellation with
// a reason; its history.
import { REVIEW_TEXT_LIMIT } from '@/domain/text-limits';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import {
  ACTION_LEVEL_LABELS,
  addReview,
  cancelAction,
  completeAction,
  isOpen,
  likelyDuplicates,
  setStatus,
  smartWarnings,
  SMART_WARNING_LABELS,
  type ActionRecord,
} from '@/domain/actions';
import { checkDateFields, dateFieldsFromIso } from '@/domain/calendar/date-fields';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { authorOf, type Person } from '@/domain/person';
import { Page, Columns } from '@/ui/page';
import { MissingPage } from '@/ui/missing-page';
import { BackLink, MultilineText, NotificationBanner, SummaryList, WarningText } from '@/ui/content';
import { Button, DateInput, Textarea, fieldId } from '@/ui/form';
import { Form, dateFieldsSchema, errorAt, useZodForm, bind, textSchema } from '@/ui/validated-form';
import { useAction, useActions, useSummaries } from '@/data/live';
import { useFollowUps } from '@/data/follow-ups';
import { impactConfirmedBy, type FollowUp } from '@/domain/improvement';
import { GRADE_LABELS } from '@/domain/grade';
import { useCurrentPerson } from '@/data/current-person';
import { writeActions } from '@/storage/write';
import { today as todayIso } from '@/lib/clock';
import { ActionStatusTag } from './action-labels';
import { MARKED_BY_HAND } from './action-export';
import { paths } from '@/lib/paths';

/** A typed date checked with GOV.UK's messages: today or earlier. */
function pastDate(label: string, today: string) {
  return dateFieldsSchema.transform((v, ctx) => {
    const d = checkDateFields(label, v, { notAfter: today });
    if (!d.ok) {
      ctx.addIssue({ code: 'custom', message: d.message });
      return z.NEVER;
    }
    return d.date;
  });
}

const note = (required: string, what: string) => textSchema(what, REVIEW_TEXT_LIMIT, { required });

export function ActionPage() {
  const { actionId } = useParams();
  const action = useAction(actionId);
  const all = useActions();
  const person = useCurrentPerson();
  // Kept here, not in the view: the view starts afresh (its forms emptied) each time the action is saved.
  const [message, setMessage] = useState('');
  const links = useFollowUps(useSummaries());
  if (action === undefined || all === undefined || !person || !links) return null;
  if (action === null) return <MissingPage what="action" to={paths.actions()} linkText="See all actions" />;
  return <ActionView key={action.id} action={action} all={all} links={links} person={person} message={message} setMessage={setMessage} />;
}

function ActionView({
  action,
  all,
  links,
  person,
  message,
  setMessage,
}: {
  action: ActionRecord;
  all: ActionRecord[];
  links: ReadonlyMap<string, FollowUp[]>;
  person: Person;
  message: string;
  setMessage: (m: string) => void;
}) {
  const today = todayIso();
  const by = authorOf(person);
  // Saving one form clears that form only: what is typed in the others stays.
  const save = async (change: (current: ActionRecord, now: string) => ActionRecord, done: string, clear?: () => void) => {
    await writeActions([action], (current, now) => current.map((a) => change(a, now)));
    clear?.();
    setMessage(done);
  };
  const warnings = smartWarnings(action);
  const duplicates = likelyDuplicates(action, all);
  const open = isOpen(action);

  const review = useZodForm(z.object({ date: pastDate('The date of the review', today), note: note('Enter what the review found', 'The review') }), {
    date: dateFieldsFromIso(today),
    note: '',
  });
  const complete = useZodForm(
    z.object({
      completedOn: pastDate('The date it was completed', today),
      evidence: note('Enter the evidence that the action is done', 'The evidence'),
      impact: note('Enter the impact: what changed for the child or the service', 'The impact'),
    }),
    { completedOn: dateFieldsFromIso(today), evidence: '', impact: '' },
  );
  const cancel = useZodForm(z.object({ reason: note('Enter why the action is cancelled', 'The reason') }), { reason: '' });
  const confirmedBy = impactConfirmedBy(action, links);
  const hasErrors = [review, complete, cancel].some((f) => Object.keys(f.formState.errors).length > 0);

  return (
    <Page title="Action" caption={ACTION_LEVEL_LABELS[action.level]} hasErrors={hasErrors} back={<BackLink to={paths.actions()}>All actions</BackLink>}>
      <Columns>
        {message && (
          <NotificationBanner title="Success" success>
            <p className="govuk-notification-banner__heading">{message}</p>
          </NotificationBanner>
        )}
        {warnings.length > 0 && <WarningText>This action is not SMART: {warnings.map((w) => SMART_WARNING_LABELS[w]).join('; ')}.</WarningText>}
        {duplicates.length > 0 && (
          <WarningText>
            This may duplicate{' '}
            {duplicates.map((d, i) => (
              <span key={d.id}>
                {i > 0 && ', '}
                <Link className="govuk-link" to={paths.action(d.id)}>
                  “{d.what}”
                </Link>
              </span>
            ))}
            : the same audit, owner and similar wording.
          </WarningText>
        )}
        <SummaryList
          rows={[
            { key: 'What is to be done', value: <MultilineText text={action.what} /> },
            { key: 'Owner', value: `${action.ownerName || 'No owner'}${action.ownerRole ? `, ${action.ownerRole}` : ''}` },
            { key: 'Due', value: formatLongDate(action.due) },
            { key: 'Status', value: <ActionStatusTag action={action} today={today} /> },
            { key: 'Team', value: action.team || 'Not given' },
            ...(action.practitioner ? [{ key: 'Practitioner (supervision)', value: action.practitioner }] : []),
            {
              key: 'Comes from',
              value: action.auditIds.length
                ? action.auditIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <Link className="govuk-link" to={paths.audit(id)}>
                        audit of case {action.caseReferences[i] ?? id}
                      </Link>
                    </span>
                  ))
                : action.theme || 'Not given',
            },
            ...(action.status === 'cancelled' ? [{ key: 'Why cancelled', value: action.cancelledReason }] : []),
            ...(action.completion
              ? [
                  { key: 'Completed', value: formatLongDate(action.completion.date) },
                  { key: 'Evidence', value: <MultilineText text={action.completion.evidence} /> },
                  { key: 'Impact', value: <MultilineText text={action.completion.impact} /> },
                  {
                    key: 'Confirmed by a later audit',
                    value: confirmedBy ? (
                      <>
                        Yes:{' '}
                        <Link className="govuk-link" to={paths.audit(confirmedBy.laterAuditId)}>
                          the audit of {formatLongDate(confirmedBy.laterAuditDate)}
                        </Link>{' '}
                        follows the one this action came from and is graded {confirmedBy.change === 'improved' ? 'better' : 'Good or better again'}
                        {confirmedBy.earlierGrade && confirmedBy.laterGrade
                          ? ` (${GRADE_LABELS[confirmedBy.earlierGrade]} to ${GRADE_LABELS[confirmedBy.laterGrade]})`
                          : ''}
                        .
                      </>
                    ) : (
                      `Not yet: no later audit, done after the action was completed, follows the one it came from and shows the improvement${action.completion.confirmedByLaterAudit === 'yes' ? ` (${MARKED_BY_HAND})` : ''}`
                    ),
                  },
                ]
              : []),
          ]}
        />
        {open && action.status === 'open' && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => void save((current, now) => setStatus(current, 'in-progress', by, now), 'The action is in progress.')}
          >
            Mark as in progress
          </button>
        )}

        <h2 className="govuk-heading-m">Reviews</h2>
        {action.reviews.length === 0 ? (
          <p className="govuk-body">Not reviewed yet.</p>
        ) : (
          <ul className="govuk-list">
            {action.reviews.map((r, i) => (
              <li key={i}>
                <strong>{formatLongDate(r.date)}</strong>, {r.by.name} ({r.by.designation}): <MultilineText text={r.note} />
              </li>
            ))}
          </ul>
        )}
        {open && (
          <Form
            errors={review.formState.errors}
            submitCount={review.formState.submitCount}
            onSubmit={review.handleSubmit((v) =>
              save(
                (current, now) => addReview(current, { date: v.date, note: v.note, by }, now),
                'The review is recorded.',
                () => review.reset(),
              ),
            )}
          >
            <DateInput
              id={fieldId('date')}
              legend="Date of the review"
              error={errorAt(review.formState.errors, 'date')}
              registrations={{ day: review.register('date.day'), month: review.register('date.month'), year: review.register('date.year') }}
            />
            <Textarea {...bind(review, 'note')} label="What the review found" rows={3} />
            <Button secondary>Record the review</Button>
          </Form>
        )}

        {open && (
          <>
            <h2 className="govuk-heading-m">Complete the action</h2>
            <Form
              errors={complete.formState.errors}
              submitCount={complete.formState.submitCount}
              onSubmit={complete.handleSubmit((v) =>
                save(
                  (current, now) => completeAction(current, { date: v.completedOn, evidence: v.evidence, impact: v.impact }, by, now),
                  'The action is completed.',
                ),
              )}
            >
              <DateInput
                id={fieldId('completedOn')}
                legend="Date it was completed"
                error={errorAt(complete.formState.errors, 'completedOn')}
                registrations={{
                  day: complete.register('completedOn.day'),
                  month: complete.register('completedOn.month'),
                  year: complete.register('completedOn.year'),
                }}
              />
              <Textarea {...bind(complete, 'evidence')} label="Evidence that it is done" rows={3} />
              <Textarea {...bind(complete, 'impact')} label="Impact: what changed for the child or the service" rows={3} />
              <p className="govuk-body">
                A later audit confirms the impact when it follows the audit this action came from (linked from that audit’s page) and shows the improvement.
              </p>
              <Button>Complete the action</Button>
            </Form>
            <h2 className="govuk-heading-m">Cancel the action</h2>
            <Form
              errors={cancel.formState.errors}
              submitCount={cancel.formState.submitCount}
              onSubmit={cancel.handleSubmit((v) =>
                save(
                  (current, now) => cancelAction(current, v.reason, by, now),
                  'The action is cancelled.',
                  () => cancel.reset(),
                ),
              )}
            >
              <Textarea {...bind(cancel, 'reason')} label="Why is it cancelled?" rows={2} />
              <Button warning>Cancel the action</Button>
            </Form>
          </>
        )}

        <h2 className="govuk-heading-m">History</h2>
        <ul className="govuk-list">
          {action.history.map((h, i) => (
            <li key={i}>
              {new Date(h.at).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}: {h.by.name} ({h.by.designation}): {h.detail}
            </li>
          ))}
        </ul>
      </Columns>
    </Page>
  );
}
