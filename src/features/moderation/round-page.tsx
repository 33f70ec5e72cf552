// One moderation round: why each sampled audit is in, a check that the sample re-draws from its seed, candidates
// (audits whose CSW disagreed in Part B), audits added by hand with a reason, the panel and what it still needs, and
// the schedule of 20-minute practice audit reviews with who is invited.
import { NAME_LIMIT, NOTE_LIMIT } from '@/domain/text-limits';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { checkDateFields, dateFieldsFromIso } from '@/domain/calendar/date-fields';
import { GRADE_LABELS } from '@/domain/grade';
import {
  addToSample,
  reviewOrder,
  panelProblems,
  PANEL_ROLES,
  PANEL_ROLE_LABELS,
  redrawMatches,
  scheduleReviews,
  type ModerationRound,
  type PanelRole,
  removePanelMember,
  addPanelMember,
  scheduleRound,
} from '@/domain/moderation';
import { authorOf, type Person } from '@/domain/person';
import { describeAuditFilter } from '@/domain/audit-filter';
import { type LabelledSummary } from '@/domain/summary';
import { Page } from '@/ui/page';
import { MissingPage } from '@/ui/missing-page';
import { BackLink, InsetText, SummaryList, Tag, WarningText } from '@/ui/content';
import { Button, DateInput, Select, TextInput, fieldId } from '@/ui/form';
import { SimpleTable } from '@/ui/simple-table';
import { DownloadButtons } from '@/ui/download-buttons';
import { downloadCsv, downloadFile, fileName } from '@/ui/download';
import { auditsWithActions } from '@/storage/read';
import { REASONS, roundResultsCsv, roundResultsJson } from './round-export';
import { Form, dateFieldsSchema, errorAt, useZodForm, bind, textSchema, timeSchema } from '@/ui/validated-form';
import { useLabelledSummaries, useProgrammes, useRound } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { writeRound } from '@/storage/write';
import { nowInstant, today as todayIso } from '@/lib/clock';
import { paths } from '@/lib/paths';

const BLIND_REASON = 'Drawn by the sampling rule';

export function RoundPage() {
  const { roundId } = useParams();
  const round = useRound(roundId);
  const summaries = useLabelledSummaries();
  const person = useCurrentPerson();
  const programmes = useProgrammes();
  if (round === undefined || !summaries || !person || !programmes) return null;
  if (round === null) return <MissingPage what="moderation round" to={paths.rounds} linkText="See all moderation rounds" />;
  const programme = programmes.find((p) => p.id === round.programmeId)?.title ?? '';
  return <RoundView key={round.id} round={round} summaries={summaries} person={person} programme={programme} />;
}

function RoundView({ round, summaries, person, programme }: { round: ModerationRound; summaries: LabelledSummary[]; person: Person; programme: string }) {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const [checked, setChecked] = useState<boolean | null>(null);
  const save = (change: (current: ModerationRound, now: string) => ModerationRound) => writeRound(round, change);
  const sampled = new Set(round.sample.map((s) => s.auditId));
  const candidates = round.population.filter((p) => !sampled.has(p.id) && byId.get(p.id)?.acknowledgement === 'disagreed');
  const notSampled = round.population.filter((p) => !sampled.has(p.id));
  const problems = panelProblems(round.panel);
  const ordered = reviewOrder(round, (id) => byId.get(id)?.caseReference ?? id);
  const slots = scheduleReviews({ ...round, sample: ordered });
  const slotOf = new Map(slots.map((s) => [s.auditId, s]));
  const by = authorOf(person);

  const add = useZodForm(
    z.object({
      auditId: z.string().min(1, { error: 'Select the audit to add' }),
      note: textSchema('The reason', NOTE_LIMIT, { required: 'Enter why the panel is adding this audit' }),
    }),
    { auditId: '', note: '' },
  );
  const member = useZodForm(
    z.object({
      name: textSchema('The name', NAME_LIMIT, { required: 'Enter the member’s name' }),
      role: z.enum(PANEL_ROLES, { error: 'Select the member’s role on the panel' }),
    }),
    { name: '' },
  );
  const schedule = useZodForm(
    z
      .object({
        date: dateFieldsSchema,
        startTime: timeSchema('Enter the start time in the 24-hour clock, for example 09:30'),
      })
      .transform((v, ctx) => {
        const d = checkDateFields('The date of the reviews', v.date);
        if (!d.ok) {
          ctx.addIssue({ code: 'custom', path: ['date'], message: d.message });
          return z.NEVER;
        }
        return { date: d.date, startTime: v.startTime };
      }),
    { date: dateFieldsFromIso(round.reviewDate || todayIso()), startTime: round.startTime },
  );
  const hasErrors = [add, member, schedule].some((f) => Object.keys(f.formState.errors).length > 0);
  const exportResults = async (format: 'csv' | 'json') => {
    const { audits } = await auditsWithActions(round.sample.map((s) => s.auditId));
    const name = fileName(['moderation round', round.title, todayIso()], format);
    if (format === 'csv') downloadCsv(name, roundResultsCsv(round, audits));
    else downloadFile(name, roundResultsJson(round, audits, nowInstant()), 'application/json');
  };
  const describe = (id: string) => {
    const s = byId.get(id);
    return s ? `${s.caseReference} (${s.team}, audited by ${s.auditor})` : id;
  };

  return (
    <Page title={round.title} caption="Moderation round" hasErrors={hasErrors} back={<BackLink to={paths.rounds}>Moderation</BackLink>} wide>
      <SummaryList
        rows={[
          {
            key: 'Audits',
            value: `Submitted audits, ${describeAuditFilter({ from: round.periodFrom, to: round.periodTo, activity: round.activity, team: round.team, programmeId: round.programmeId }, programme)}: ${round.population.length}`,
          },
          ...(round.blind ? [{ key: 'Blind', value: 'Auditors’ grades are kept from the panel until it records its own' }] : []),
          { key: 'Sampled', value: `${round.sample.length} (at least ${Math.round(round.minFraction * 100)}% drawn at random)` },
          {
            key: 'Seed',
            value: (
              <>
                <code>{round.seed}</code>{' '}
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2"
                  onClick={() => setChecked(redrawMatches(round))}
                >
                  Re-draw to check
                </button>
                <span aria-live="polite">
                  {checked === true && ' The sample matches a fresh draw from this seed.'}
                  {checked === false && ' The sample does not match a fresh draw from this seed.'}
                </span>
              </>
            ),
          },
        ]}
      />
      <SimpleTable
        caption="Sampled audits"
        captionSize="m"
        headings={['Case', 'Auditor’s grade', 'Why it is in', 'Review', 'Practice audit review']}
        rows={ordered.map((s) => {
          const summary = byId.get(s.auditId);
          const slot = slotOf.get(s.auditId);
          const reviewed = summary?.moderationRoundId === round.id;
          const hidden = round.blind && !reviewed;
          return {
            key: s.auditId,
            cells: [
              <Link className="govuk-link" to={paths.audit(s.auditId)}>
                {describe(s.auditId)}
              </Link>,
              hidden ? 'Hidden until reviewed' : summary && summary.overallGrade !== 'none' ? GRADE_LABELS[summary.overallGrade] : '',
              `${hidden && s.reason !== 'added' ? BLIND_REASON : REASONS[s.reason]}${s.note ? `: ${s.note}` : ''}`,
              slot ? `${round.reviewDate ? `${formatLongDate(round.reviewDate)}, ` : ''}${slot.start} to ${slot.end}` : 'Not scheduled',
              reviewed ? (
                <>
                  <Tag colour="green">Reviewed</Tag>{' '}
                  <Link className="govuk-link" to={paths.review(round.id, s.auditId)}>
                    View<span className="govuk-visually-hidden"> the review of {summary?.caseReference}</span>
                  </Link>
                </>
              ) : (
                <Link className="govuk-link" to={paths.review(round.id, s.auditId)}>
                  Record the review<span className="govuk-visually-hidden"> of {summary?.caseReference}</span>
                </Link>
              ),
            ],
          };
        })}
      />
      <DownloadButtons
        what="the round's sample and what each review recorded"
        disabled={round.sample.length === 0}
        onCsv={() => void exportResults('csv')}
        onJson={() => void exportResults('json')}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">Add an audit to the sample</h2>
          {candidates.length > 0 && (
            <InsetText>Candidates: the CSW recorded disagreement in Part B of {candidates.map((c) => describe(c.id)).join(', ')}.</InsetText>
          )}
          {notSampled.length === 0 ? (
            <p className="govuk-body">Every audit in the period is in the sample.</p>
          ) : (
            <Form
              errors={add.formState.errors}
              submitCount={add.formState.submitCount}
              onSubmit={add.handleSubmit(async (v) => {
                await save((current, now) => addToSample(current, v.auditId, v.note, by, now));
                add.reset();
              })}
            >
              <Select
                {...bind(add, 'auditId')}
                label="Audit"
                options={[
                  { value: '', label: 'Choose an audit' },
                  ...[...candidates, ...notSampled.filter((n) => !candidates.includes(n))].map((p) => ({
                    value: p.id,
                    label: `${describe(p.id)}${candidates.includes(p) ? ': CSW disagreed' : ''}`,
                  })),
                ]}
              />
              <TextInput {...bind(add, 'note')} label="Why the panel is adding it" />
              <Button secondary>Add to the sample</Button>
            </Form>
          )}
        </div>
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">The panel</h2>
          {problems.length > 0 ? (
            <WarningText>{problems.join('. ')}.</WarningText>
          ) : (
            <p className="govuk-body">
              <Tag colour="green">Complete</Tag> The panel has a chair, an operational Head of Service and an independent member.
            </p>
          )}
          <ul className="govuk-list">
            {round.panel.map((m, i) => (
              <li key={i}>
                {m.name}, {PANEL_ROLE_LABELS[m.role]}{' '}
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() => void save((current, now) => removePanelMember(current, i, by, now))}
                >
                  Remove<span className="govuk-visually-hidden"> {m.name}</span>
                </button>
              </li>
            ))}
          </ul>
          <Form
            errors={member.formState.errors}
            submitCount={member.formState.submitCount}
            onSubmit={member.handleSubmit(async (v) => {
              await save((current, now) => addPanelMember(current, { name: v.name, role: v.role as PanelRole }, by, now));
              member.reset();
            })}
          >
            <TextInput {...bind(member, 'name')} label="Member’s name" />
            <Select
              {...bind(member, 'role')}
              label="Role on the panel"
              options={[{ value: '', label: 'Choose a role' }, ...PANEL_ROLES.map((r) => ({ value: r, label: PANEL_ROLE_LABELS[r] }))]}
            />
            <Button secondary>Add to the panel</Button>
          </Form>
        </div>
      </div>
      <h2 className="govuk-heading-m">Practice audit reviews</h2>
      <p className="govuk-body">Each review takes 20 minutes. The allocated social worker, their line manager and the auditor are invited.</p>
      <Form
        errors={schedule.formState.errors}
        submitCount={schedule.formState.submitCount}
        onSubmit={schedule.handleSubmit((v) => save((current, now) => scheduleRound(current, { reviewDate: v.date, startTime: v.startTime }, by, now)))}
      >
        <DateInput
          id={fieldId('date')}
          legend="Date of the reviews"
          error={errorAt(schedule.formState.errors, 'date')}
          registrations={{ day: schedule.register('date.day'), month: schedule.register('date.month'), year: schedule.register('date.year') }}
        />
        <TextInput {...bind(schedule, 'startTime')} label="Start time" hint="24-hour clock, for example 09:30" className="govuk-input--width-5" />
        <Button secondary>Schedule the reviews</Button>
      </Form>
      {slots.length > 0 && (
        <SimpleTable
          caption={`Schedule${round.reviewDate ? ` for ${formatLongDate(round.reviewDate)}` : ''}`}
          headings={['Time', 'Case', 'Invited']}
          rows={slots.map((slot) => {
            const s = byId.get(slot.auditId);
            return {
              key: slot.auditId,
              cells: [
                `${slot.start} to ${slot.end}`,
                s?.caseReference ?? slot.auditId,
                s ? `${s.practitioner} (social worker), ${s.csw} (line manager, CSW), ${s.auditor} (auditor)` : '',
              ],
            };
          })}
        />
      )}
    </Page>
  );
}
