// The practice audit review record for one sampled audit (seed 002, "Moderation": attendees; the process and outcome
// of the audit; strengths and learning for the individual, team and organisation; child and family feedback and any
// follow-up; and the grade, confirmed or changed with a reason). It is written into the audit, keeping the auditor's
// original grade. A blind option hides the auditor's grade until the moderated grade is chosen; in a blind round every
// review is blind.
import { VoiceSummary } from '@/ui/voice-summary';
import { REVIEW_TEXT_LIMIT, NOTE_LIMIT } from '@/domain/text-limits';
import { useWatch } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { type Audit } from '@/domain/audit';
import { GRADES, GRADE_LABELS, type Grade } from '@/domain/grade';
import { recordedOverallGrade } from '@/domain/overall-judgement';
import { type ModerationRound, isAuditsOwnAuditor, recordModeration } from '@/domain/moderation';
import { authorOf, type Person } from '@/domain/person';
import { getAuditTemplate } from '@/templates/registry';
import { Page, Columns } from '@/ui/page';
import { BackLink, Details, InsetText, WarningText } from '@/ui/content';
import { Button, Checkbox, Radios, TextInput, Textarea, fieldId } from '@/ui/form';
import { Form, useZodForm, bind, textSchema } from '@/ui/validated-form';
import { useAudit, useRound } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { writeAudit } from '@/storage/write';
import { paths } from '@/lib/paths';
import { useCopyAsOpened } from '@/ui/use-copy-as-opened';

const ATTENDEES = ['Social worker', 'Line manager', 'Auditor'] as const;
const long = (what: string) => textSchema(what, REVIEW_TEXT_LIMIT, { trim: false });

const schema = z
  .object({
    attendees: z.array(z.string()),
    otherAttendees: textSchema('Other attendees', NOTE_LIMIT, { trim: false }),
    processAndOutcome: long('The discussion').refine((v) => v.trim().length > 0, { error: 'Enter the discussion of the process and outcome of the audit' }),
    strengths: long('Strengths'),
    learningIndividual: long('Learning for the individual'),
    learningTeam: long('Learning for the team'),
    learningOrganisation: long('Learning for the organisation'),
    familyFeedback: long('Child and family feedback'),
    followUp: long('Follow-up'),
    blind: z.boolean(),
    moderatedGrade: z.enum(GRADES, { error: 'Select the moderated grade' }),
    rationale: long('The reason'),
  })
  .refine((v) => v.attendees.length > 0 || v.otherAttendees.trim().length > 0, { path: ['attendees'], error: 'Select who attended the review' });

export function ReviewPage() {
  const { roundId, auditId } = useParams();
  const round = useRound(roundId);
  const audit = useAudit(auditId);
  const person = useCurrentPerson();
  if (round === undefined || audit === undefined || !person) return null;
  if (!round || !audit || !round.sample.some((s) => s.auditId === audit.id)) {
    return (
      <Page title="Review not found">
        <p className="govuk-body">
          That audit is not in this round&apos;s sample.{' '}
          <Link className="govuk-link" to={paths.rounds}>
            See the rounds
          </Link>
          .
        </p>
      </Page>
    );
  }
  return <ReviewForm key={audit.id} round={round} audit={audit} person={person} />;
}

function ReviewForm({ round, audit, person }: { round: ModerationRound; audit: Audit; person: Person }) {
  const opened = useCopyAsOpened(audit);
  const navigate = useNavigate();
  const template = getAuditTemplate(audit.templateId, audit.templateVersion);
  const auditorGrade = recordedOverallGrade(template, audit);
  const previous = audit.moderation?.roundId === round.id ? audit.moderation : null;
  const form = useZodForm(schema, {
    attendees: previous?.attendees ?? [],
    otherAttendees: previous?.otherAttendees ?? '',
    processAndOutcome: previous?.processAndOutcome ?? '',
    strengths: previous?.strengths ?? '',
    learningIndividual: previous?.learningIndividual ?? '',
    learningTeam: previous?.learningTeam ?? '',
    learningOrganisation: previous?.learningOrganisation ?? '',
    familyFeedback: previous?.familyFeedback ?? '',
    followUp: previous?.followUp ?? '',
    blind: round.blind || (previous?.blind ?? false),
    moderatedGrade: previous?.moderatedGrade,
    rationale: previous?.rationale ?? '',
  });
  const blind = useWatch({ control: form.control, name: 'blind' }) || round.blind;
  const chosen = useWatch({ control: form.control, name: 'moderatedGrade' }) as Grade | undefined;
  const isOwnAuditor = isAuditsOwnAuditor(audit, person.name);
  const { errors, submitCount } = form.formState;
  const changed = chosen !== undefined && auditorGrade !== null && chosen !== auditorGrade;
  const showAuditorGrade = !blind || chosen !== undefined;

  if (!auditorGrade) {
    return (
      <Page title="Practice audit review" back={<BackLink to={paths.round(round.id)}>{round.title}</BackLink>}>
        <p className="govuk-body">This audit has no overall judgement to moderate.</p>
      </Page>
    );
  }

  const onSubmit = form.handleSubmit(async (v) => {
    if (v.moderatedGrade !== auditorGrade && !v.rationale.trim()) {
      form.setError('rationale', { message: 'Enter why the panel changed the grade' });
      return;
    }
    await writeAudit(opened, (current, now) => recordModeration(template, current, round, v, authorOf(person), now));
    navigate(paths.round(round.id));
  });

  return (
    <Page
      title={`Practice audit review: case ${audit.details.caseReference}`}
      browserTitle="Practice audit review"
      caption={round.title}
      hasErrors={Object.keys(errors).length > 0}
      back={<BackLink to={paths.round(round.id)}>{round.title}</BackLink>}
    >
      <Columns>
        {isOwnAuditor && (
          <WarningText>
            You are this audit&apos;s auditor. Moderation is best recorded by someone else on the panel; if you record it, the record will say so.
          </WarningText>
        )}
        <p className="govuk-body">
          Audited by {audit.details.auditor} on the case of {audit.details.practitioner} (social worker).{' '}
          <Link className="govuk-link" to={paths.audit(audit.id, '/record')}>
            Read the audit record{blind && !previous ? ' (it shows the auditor’s grade)' : ''}
          </Link>
          .
        </p>
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset" aria-describedby={errors.attendees ? `${fieldId('attendees')}-error` : undefined}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Who attended</legend>
              {errors.attendees?.message && (
                <p id={`${fieldId('attendees')}-error`} className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errors.attendees.message}
                </p>
              )}
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {ATTENDEES.map((a, i) => (
                  <div className="govuk-checkboxes__item" key={a}>
                    <input
                      className="govuk-checkboxes__input"
                      id={i === 0 ? fieldId('attendees') : `${fieldId('attendees')}-${i + 1}`}
                      type="checkbox"
                      value={a}
                      {...form.register('attendees')}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={i === 0 ? fieldId('attendees') : `${fieldId('attendees')}-${i + 1}`}>
                      {a}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <TextInput {...bind(form, 'otherAttendees')} label="Others who attended (optional)" />
          <Textarea {...bind(form, 'processAndOutcome')} label="Discussion of the process and outcome of the audit" />
          <Textarea {...bind(form, 'strengths')} label="Key strengths" rows={3} />
          <Textarea {...bind(form, 'learningIndividual')} label="Learning for the individual" rows={3} />
          <Textarea {...bind(form, 'learningTeam')} label="Learning for the team" rows={3} />
          <Textarea {...bind(form, 'learningOrganisation')} label="Learning for the organisation" rows={3} />
          {audit.voice ? (
            <Details summary="The child and family feedback the audit recorded">
              <VoiceSummary voice={audit.voice} />
            </Details>
          ) : (
            <p className="govuk-body">The audit recorded no child or family feedback.</p>
          )}
          <Textarea {...bind(form, 'familyFeedback')} label="Review of child and family feedback" rows={3} />
          <Textarea {...bind(form, 'followUp')} label="Follow-up needed" rows={2} />
          <h2 className="govuk-heading-m">The grade</h2>
          {round.blind ? (
            <p className="govuk-body">This is a blind round: the panel chooses its grade before seeing the auditor’s.</p>
          ) : (
            <Checkbox {...bind(form, 'blind')} label="Blind review: choose the moderated grade before seeing the auditor’s" />
          )}
          {showAuditorGrade ? (
            <InsetText>
              The auditor&apos;s overall judgement: <strong>{GRADE_LABELS[auditorGrade]}</strong>
            </InsetText>
          ) : (
            <InsetText>The auditor&apos;s overall judgement is hidden until you choose the moderated grade.</InsetText>
          )}
          <Radios
            {...bind(form, 'moderatedGrade')}
            legend="Moderated grade"
            value={chosen}
            options={GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g], hint: template.gradeDescriptors[g] }))}
          />
          <Textarea {...bind(form, 'rationale')} label={changed ? 'Why the panel changed the grade' : 'Reason for the grade (optional when confirmed)'} />
          <Button>Save the review</Button>
        </Form>
        {previous && (
          <p className="govuk-body">
            <Link
              className="govuk-link"
              to={paths.newAction({ theme: `Moderation: ${round.title}`, practitioner: audit.details.practitioner, team: audit.details.team })}
            >
              Raise an action from this review
            </Link>
          </p>
        )}
      </Columns>
    </Page>
  );
}
