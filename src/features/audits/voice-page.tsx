// The child's and family's voice, and the audit conversation (issue 11, point 10; seed 002, "Thematic Audits":
// "reflective case discussions with the practitioner and their line manager, and feedback from the child, young person
// and their carers"): recorded with the audit at any stage, for the moderation panel to review.
import { z } from 'zod';
import { useNavigate } from 'react-router';
import { authorOf } from '@/domain/person';
import { AUDIT_PARTICIPANT_IDS, recordVoice, VOICE_WAY_IDS, voiceProblems } from '@/domain/voice';
import { AUDIT_PARTICIPANTS, VOICE_WAYS } from '@/domain/voice-record';
import { LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT } from '@/domain/text-limits';
import { Page, Columns } from '@/ui/page';
import { BackLink } from '@/ui/content';
import { Button, Checkboxes, Textarea, TextInput } from '@/ui/form';
import { Form, useZodForm, bind, checkedSchema, textSchema } from '@/ui/validated-form';
import { writeAudit } from '@/storage/write';
import { AuditMissing } from './audit-missing';
import { useAuditPage } from './use-audit-page';
import { paths } from '@/lib/paths';

const schema = z
  .object({
    ways: checkedSchema(VOICE_WAY_IDS),
    notGatheredReason: textSchema('Why no feedback was gathered', SHORT_TEXT_LIMIT),
    said: textSchema('What they said', LONG_TEXT_LIMIT),
    reflected: textSchema('How it is reflected', LONG_TEXT_LIMIT),
    participants: checkedSchema(AUDIT_PARTICIPANT_IDS),
    otherParticipants: textSchema('Anyone else who took part', SHORT_TEXT_LIMIT),
    reflections: textSchema('The practitioner’s reflections', LONG_TEXT_LIMIT),
  })
  .superRefine((v, ctx) => {
    for (const p of voiceProblems(v)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });

export function VoicePage() {
  const data = useAuditPage();
  if (data.state === 'loading') return null;
  if (data.state === 'missing') return <AuditMissing />;
  return <VoiceForm key={data.audit.id} data={data} />;
}

function VoiceForm({ data }: { data: Extract<ReturnType<typeof useAuditPage>, { state: 'ready' }> }) {
  const { audit, person } = data;
  const navigate = useNavigate();
  const v = audit.voice;
  const form = useZodForm(schema, {
    ways: v?.ways ?? [],
    notGatheredReason: v?.notGatheredReason ?? '',
    said: v?.said ?? '',
    reflected: v?.reflected ?? '',
    participants: v?.participants ?? [],
    otherParticipants: v?.otherParticipants ?? '',
    reflections: v?.reflections ?? '',
  });
  const { errors, submitCount } = form.formState;
  const ways = form.watch('ways');
  const none = Array.isArray(ways) ? ways.includes('not-gathered') : ways === 'not-gathered';
  const back = paths.audit(audit.id);
  const onSubmit = form.handleSubmit(async (values) => {
    await writeAudit(audit, (current, now) => recordVoice(current, values, authorOf(person), now));
    navigate(back);
  });
  return (
    <Page
      title="Child and family voice, and the audit conversation"
      caption={`Audit of case ${audit.details.caseReference}`}
      browserTitle="Child and family voice, and the audit conversation"
      hasErrors={Object.keys(errors).length > 0}
      back={<BackLink to={back}>Back to the audit</BackLink>}
    >
      <Columns>
        <p className="govuk-body">
          Feedback from the child, young person and their carers, and the reflective discussion with the practitioner and their line manager, support an
          understanding of practice (Quality Assurance Framework, “Thematic Audits”). The moderation panel reviews what is recorded here.
        </p>
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <h2 className="govuk-heading-m">The child’s and family’s voice</h2>
          <Checkboxes
            {...bind(form, 'ways')}
            legend="How was their feedback gathered?"
            hint="Select all that apply."
            options={VOICE_WAYS.map((w) => ({ value: w.id, label: w.label }))}
          />
          {none ? (
            <TextInput {...bind(form, 'notGatheredReason')} label="Why was no feedback gathered?" />
          ) : (
            <>
              <Textarea {...bind(form, 'said')} label="What did the child and family say?" hint="In their words where you can." />
              <Textarea {...bind(form, 'reflected')} label="How is what they said reflected in the work with them?" />
            </>
          )}
          <h2 className="govuk-heading-m">The audit conversation</h2>
          <Checkboxes
            {...bind(form, 'participants')}
            legend="Who took part, besides you?"
            options={AUDIT_PARTICIPANTS.map((p) => ({ value: p.id, label: p.label }))}
          />
          <TextInput {...bind(form, 'otherParticipants')} label="Anyone else who took part" hint="Their role, for example IRO." />
          <Textarea
            {...bind(form, 'reflections')}
            label="The practitioner’s reflections"
            hint="What they said went well, and what they would do differently."
          />
          <Button>Save</Button>
        </Form>
      </Columns>
    </Page>
  );
}
