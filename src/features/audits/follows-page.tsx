// Linking an audit to the earlier audit of the same case or practitioner it follows (issue 11, point 12; seed 002,
// "Findings, accountability and impact": "Learning from audits is then tested through subsequent audits"). The change
// of grade, and whether the earlier audit's actions' impact is confirmed, come from this link.
import { z } from 'zod';
import { useNavigate } from 'react-router';
import { authorOf } from '@/domain/person';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { GRADE_LABELS } from '@/domain/grade';
import { AUDIT_STATUS_LABELS } from '@/domain/audit';
import { earlierCandidates, FOLLOW_BASIS_LABELS, followEarlierAudit, standingGrade, unfollowEarlierAudit } from '@/domain/improvement';
import { Page, Columns } from '@/ui/page';
import { BackLink } from '@/ui/content';
import { Button, ButtonGroup, Radios } from '@/ui/form';
import { Form, useZodForm, bind } from '@/ui/validated-form';
import { useLabelledSummaries } from '@/data/live';
import { writeAudit } from '@/storage/write';
import { AuditMissing } from './audit-missing';
import { useAuditPage } from './use-audit-page';
import { paths } from '@/lib/paths';

const schema = z.object({ earlier: z.string({ error: 'Select the earlier audit this one follows' }).min(1, 'Select the earlier audit this one follows') });

export function FollowsPage() {
  const data = useAuditPage();
  const summaries = useLabelledSummaries();
  if (data.state === 'loading' || !summaries) return null;
  if (data.state === 'missing') return <AuditMissing />;
  return <FollowsForm key={data.audit.id} data={data} summaries={summaries} />;
}

function FollowsForm({
  data,
  summaries,
}: {
  data: Extract<ReturnType<typeof useAuditPage>, { state: 'ready' }>;
  summaries: NonNullable<ReturnType<typeof useLabelledSummaries>>;
}) {
  const { audit, person } = data;
  const navigate = useNavigate();
  const candidates = earlierCandidates(audit, summaries);
  const current = audit.follows;
  const form = useZodForm(schema, { earlier: current?.auditId ?? '' });
  const { errors, submitCount } = form.formState;
  const back = paths.audit(audit.id);
  const onSubmit = form.handleSubmit(async ({ earlier }) => {
    const chosen = candidates.find((c) => c.summary.id === earlier);
    if (!chosen) return;
    await writeAudit(audit, (current, now) => followEarlierAudit(current, chosen.summary, chosen.basis, authorOf(person), now));
    navigate(back);
  });
  const remove = async () => {
    await writeAudit(audit, (current, now) => unfollowEarlierAudit(current, authorOf(person), now));
    navigate(back);
  };
  return (
    <Page
      title="The earlier audit this one follows"
      caption={`Audit of case ${audit.details.caseReference}`}
      hasErrors={Object.keys(errors).length > 0}
      back={<BackLink to={back}>Back to the audit</BackLink>}
    >
      <Columns>
        <p className="govuk-body">
          Learning from audits is tested through subsequent audits (Quality Assurance Framework, “Findings, accountability and impact”). Link this audit to the
          earlier audit of the same case, or of the same practitioner’s work: the overview report then shows how the grade changed, and the earlier audit’s
          completed actions count as confirmed when this audit is submitted graded better, or Good or better again.
        </p>
        {candidates.length === 0 ? (
          <>
            <p className="govuk-body">
              No earlier audit in this workspace is of case {audit.details.caseReference} or of {audit.details.practitioner || 'the same practitioner'}’s work,
              dated on or before {formatLongDate(audit.details.auditDate)}.
            </p>
            {current && (
              <Button secondary type="button" onClick={() => void remove()}>
                Remove the link to an earlier audit
              </Button>
            )}
          </>
        ) : (
          <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
            <Radios
              {...bind(form, 'earlier')}
              legend="Which earlier audit does this one follow?"
              hint="The same case first, then the same practitioner’s other cases, newest first."
              options={candidates.map(({ summary: s, basis }) => {
                const grade = standingGrade(s);
                return {
                  value: s.id,
                  label: `Case ${s.caseReference}, audited ${formatLongDate(s.auditDate)}: ${grade ? GRADE_LABELS[grade] : 'not graded yet'}`,
                  hint: `${FOLLOW_BASIS_LABELS[basis]}. Practitioner ${s.practitioner || 'not named'}; ${AUDIT_STATUS_LABELS[s.status].toLowerCase()}.`,
                };
              })}
            />
            <ButtonGroup>
              <Button>{current ? 'Save the link' : 'Link to this earlier audit'}</Button>
              {current && (
                <Button secondary type="button" onClick={() => void remove()}>
                  Remove the link
                </Button>
              )}
            </ButtonGroup>
          </Form>
        )}
      </Columns>
    </Page>
  );
}
