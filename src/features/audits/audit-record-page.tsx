// The printable audit record: everything an auditor would hand to the practitioner, with a print stylesheet.
import { VoiceSummary } from '@/ui/voice-summary';
import { FollowsSummary } from './follows-summary';
import type { ReactNode } from 'react';
import { formatDateTime } from '@/domain/calendar/iso-date';
import { GRADE_LABELS } from '@/domain/grade';
import { partASections } from '@/domain/completeness';
import { recordedOverallGrade } from '@/domain/overall-judgement';
import { ESCALATION_REASON_LABELS } from '@/domain/template';
import { AUDIT_STATUS_LABELS, DISAGREEMENT_OUTCOME_LABELS } from '@/domain/audit';
import { Page } from '@/ui/page';
import { BackLink, MultilineText, SummaryList } from '@/ui/content';
import { moderationOutcome } from '@/domain/moderation';
import { SimpleTable } from '@/ui/simple-table';
import { AuditMissing } from './audit-missing';
import { SectionAnswersView } from './section-answers-view';
import { detailsRows } from './labels';
import { useAuditPage } from './use-audit-page';
import { paths } from '@/lib/paths';

/** History times are instants; the record shows them in local time. */
function localTime(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDateTime(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`);
}

export function AuditRecordPage() {
  const data = useAuditPage();
  if (data.state === 'loading') return null;
  if (data.state === 'missing') return <AuditMissing />;
  const { audit, template, policy } = data;
  const d = audit.details;
  const overall = recordedOverallGrade(template, audit);
  const ack = audit.acknowledgement;
  const partB = template.parts.find((p) => p.completedBy === 'csw');

  return (
    <Page
      title={`Audit record: case ${d.caseReference}`}
      browserTitle="Audit record"
      caption={`${template.title} (version ${audit.templateVersion})`}
      back={<BackLink to={paths.audit(audit.id)}>Back to the audit</BackLink>}
      wide
    >
      <p className="govuk-body app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print this record
        </button>
      </p>
      <SummaryList
        rows={[
          { key: 'Status', value: AUDIT_STATUS_LABELS[audit.status] },
          ...detailsRows(d),
          { key: 'Overall judgement', value: <strong>{overall ? GRADE_LABELS[overall] : 'Not yet judged'}</strong> },
        ]}
      />
      {audit.escalation && (
        <RecordSection id="escalation" title="Escalation" heading="h2" size="m">
          <SummaryList
            rows={[
              { key: 'Why', value: audit.escalation.reasons.map((r) => ESCALATION_REASON_LABELS[r]).join('; ') },
              {
                key: 'Who in senior management was told',
                value: audit.escalation.notifiedName ? `${audit.escalation.notifiedName}, ${audit.escalation.notifiedRole ?? ''}` : 'Not yet recorded',
              },
              { key: 'When', value: audit.escalation.notifiedAt ? formatDateTime(audit.escalation.notifiedAt) : 'Not yet recorded' },
            ]}
          />
        </RecordSection>
      )}
      <h2 className="govuk-heading-l">{template.parts[0]?.title}</h2>
      {partASections(template).map((section) => (
        <RecordSection key={section.id} id={section.id} title={section.title} heading="h3" size="m">
          <SectionAnswersView template={template} section={section} audit={audit} policy={policy} />
        </RecordSection>
      ))}
      <RecordSection id="part-b" title={partB?.title ?? 'Part B'} heading="h2" size="l">
        {ack ? (
          <SummaryList
            rows={[
              { key: 'Recommendations', value: ack.outcome === 'accepted' ? 'Received, noted and accepted' : 'Disagreement recorded' },
              ...(ack.reasons ? [{ key: 'Reasons', value: <span className="app-pre-wrap">{ack.reasons}</span> }] : []),
              { key: 'CSW', value: `${ack.by.name}, ${ack.by.designation}` },
              { key: 'Date', value: localTime(ack.at) },
              ...(ack.outcome === 'disagreed'
                ? [
                    {
                      key: 'Response to the disagreement',
                      value: audit.disagreementResolution ? (
                        <>
                          {DISAGREEMENT_OUTCOME_LABELS[audit.disagreementResolution.outcome]}: <MultilineText text={audit.disagreementResolution.response} /> (
                          {audit.disagreementResolution.by.name}, {localTime(audit.disagreementResolution.at)})
                        </>
                      ) : (
                        'Not yet resolved'
                      ),
                    },
                  ]
                : []),
            ]}
          />
        ) : (
          <p className="govuk-body">Not yet completed.</p>
        )}
      </RecordSection>
      {audit.follows && (
        <RecordSection id="follows" title="The earlier audit this one follows" heading="h2" size="l">
          <p className="govuk-body">
            This audit follows <FollowsSummary audit={audit} />.
          </p>
        </RecordSection>
      )}
      {audit.voice && (
        <RecordSection id="voice" title="Child and family voice, and the audit conversation" heading="h2" size="l">
          <VoiceSummary voice={audit.voice} />
        </RecordSection>
      )}
      {audit.moderation && (
        <RecordSection id="moderation" title="Moderation" heading="h2" size="l">
          <SummaryList
            rows={[
              { key: 'Auditor’s overall judgement', value: GRADE_LABELS[audit.moderation.auditorGrade] },
              { key: 'Moderated grade', value: <strong>{GRADE_LABELS[audit.moderation.moderatedGrade]}</strong> },
              { key: 'Outcome', value: moderationOutcome(audit.moderation) === 'confirmed' ? 'Grade confirmed' : 'Grade changed' },
              { key: 'Why', value: <MultilineText text={audit.moderation.rationale} /> },
              { key: 'Attended', value: [...audit.moderation.attendees, audit.moderation.otherAttendees].filter(Boolean).join(', ') },
              { key: 'Process and outcome of the audit', value: <MultilineText text={audit.moderation.processAndOutcome} /> },
              { key: 'Key strengths', value: <MultilineText text={audit.moderation.strengths} /> },
              { key: 'Learning for the individual', value: <MultilineText text={audit.moderation.learningIndividual} /> },
              { key: 'Learning for the team', value: <MultilineText text={audit.moderation.learningTeam} /> },
              { key: 'Learning for the organisation', value: <MultilineText text={audit.moderation.learningOrganisation} /> },
              { key: 'Child and family feedback', value: <MultilineText text={audit.moderation.familyFeedback} /> },
              { key: 'Follow-up', value: <MultilineText text={audit.moderation.followUp} /> },
              {
                key: 'Recorded by',
                value: `${audit.moderation.recordedBy.name}, ${audit.moderation.recordedBy.designation}, ${localTime(audit.moderation.recordedAt)}${audit.moderation.recordedByAuditor ? ' (the audit’s own auditor)' : ''}${audit.moderation.blind ? '; graded blind' : ''}`,
              },
            ]}
          />
        </RecordSection>
      )}
      <RecordSection id="history" title="History" heading="h2" size="l">
        <SimpleTable
          caption="Who did what, and when"
          hiddenCaption
          headings={['When', 'Who', 'What']}
          rows={audit.history.map((h, i) => ({
            key: String(i),
            cells: [
              <span className="app-nowrap">{localTime(h.at)}</span>,
              `${h.by.name}, ${h.by.designation}`,
              h.kind === 'edited' ? `Edited ${h.detail}` : h.detail,
            ],
          }))}
        />
      </RecordSection>
    </Page>
  );
}

/** One part of the printed record: a section labelled by its heading. */
function RecordSection({ id, title, heading, size, children }: { id: string; title: string; heading: 'h2' | 'h3'; size: 'm' | 'l'; children: ReactNode }) {
  const Heading = heading;
  return (
    <section className="app-record-section" aria-labelledby={`record-${id}`}>
      <Heading className={`govuk-heading-${size}`} id={`record-${id}`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
