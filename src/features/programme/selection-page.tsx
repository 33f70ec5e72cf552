// Purposeful selection for a thematic or front door activity (seed 002: "purposeful sampling of up to 30 case
// records"): paste the list of case records from the case management system, state the criteria, choose up to 30 of
// those that match, and record the selection with its criteria; each selected case then starts an audit with its
// details filled in.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { newBoardReport } from '@/domain/board-report';
import { newId } from '@/lib/ids';
import { z } from 'zod';
import { authorOf, type Person } from '@/domain/person';
import { describeEntry, recordSelection, SELECTED_ACTIVITIES, type AuditProgramme, type ProgrammeEntry } from '@/domain/programme';
import { describeCriteria, lastTwelveMonths, matchingCases, selectCases, SELECTION_MAX, type CaseRecord, type SelectionCriteria } from '@/domain/selection';
import { dateFieldsFromIso } from '@/domain/calendar/date-fields';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { CASE_TYPES, CASE_TYPE_LABELS } from '@/domain/template';
import { useLabelledSummaries, useProgramme } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { addReport, writeProgramme } from '@/storage/write';
import { today } from '@/lib/clock';
import { paths } from '@/lib/paths';
import { BackLink, NotificationBanner, Tag } from '@/ui/content';
import { Button, Checkboxes, DateInput, fieldId, TextInput, Textarea } from '@/ui/form';
import { Page, Section } from '@/ui/page';
import { MissingPage } from '@/ui/missing-page';
import { SimpleTable } from '@/ui/simple-table';
import { ErrorSummary } from '@/ui/error-summary';
import { bind, bindDate, checkedSchema, checkPeriod, dateFieldsSchema, Form, textSchema, useZodForm } from '@/ui/validated-form';
import { useCopyAsOpened } from '@/ui/use-copy-as-opened';
import { readCaseList } from './case-list';

const LIST_LIMIT = 200_000;
const WINDOW = { from: 'Practice from', to: 'Practice to' };

const criteriaSchema = z
  .object({
    list: textSchema('The list of case records', LIST_LIMIT, { required: 'Paste the list of case records from your case management system' }),
    caseTypes: checkedSchema(CASE_TYPES),
    team: textSchema('The team', 200),
    theme: textSchema('The theme', 200),
    from: dateFieldsSchema,
    to: dateFieldsSchema,
  })
  .transform((v, ctx) => {
    const period = checkPeriod(v, ctx, WINDOW);
    const read = readCaseList(v.list);
    if (read.records.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['list'],
        message: 'No case records were found in the list: put one case record a line, starting with its case reference',
      });
    if (!period || read.records.length === 0) return z.NEVER;
    const criteria: SelectionCriteria = { caseTypes: v.caseTypes, team: v.team, from: period.from, to: period.to, theme: v.theme };
    return { criteria, read };
  });

export function SelectionPage() {
  const { programmeId, entryId } = useParams();
  const programme = useProgramme(programmeId);
  const summaries = useLabelledSummaries();
  const person = useCurrentPerson();
  if (programme === undefined || !summaries || !person) return null;
  const entry = programme?.entries.find((e) => e.id === entryId);
  if (!programme || !entry || !SELECTED_ACTIVITIES.includes(entry.activity))
    return (
      <MissingPage what="thematic or front door activity" to={programme ? paths.programme(programme.id) : paths.programmes} linkText="See the programme" />
    );
  const started = new Set(summaries.filter((s) => s.programmeEntryId === entry.id).map((s) => s.caseReference));
  return <Selection key={entry.id} programme={programme} entry={entry} person={person} started={started} />;
}

function Selection({ programme, entry, person, started }: { programme: AuditProgramme; entry: ProgrammeEntry; person: Person; started: ReadonlySet<string> }) {
  const opened = useCopyAsOpened(programme);
  const navigate = useNavigate();
  const window = lastTwelveMonths(today());
  const form = useZodForm(criteriaSchema, {
    list: '',
    caseTypes: [],
    team: entry.team,
    theme: entry.focus,
    from: dateFieldsFromIso(window.from),
    to: dateFieldsFromIso(window.to),
  });
  const [found, setFound] = useState<{ criteria: SelectionCriteria; records: CaseRecord[]; problems: string[] } | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [choiceError, setChoiceError] = useState({ message: '', attempt: 0 });
  const [recorded, setRecorded] = useState(false);
  const { errors, submitCount } = form.formState;
  const matches = found ? matchingCases(found.records, found.criteria) : [];
  const back = paths.programme(programme.id);

  const show = form.handleSubmit(({ criteria, read }) => {
    const matching = matchingCases(read.records, criteria);
    setFound({ criteria, records: read.records, problems: read.problems });
    setChosen(new Set(matching.slice(0, SELECTION_MAX).map((r) => r.caseReference)));
    setChoiceError({ message: '', attempt: 0 });
    setRecorded(false);
  });
  const record = async () => {
    if (!found) return;
    const picked = matches.filter((r) => chosen.has(r.caseReference)).map((r) => r.caseReference);
    if (picked.length === 0 || picked.length > SELECTION_MAX) {
      const message =
        picked.length === 0 ? 'Choose at least one case record' : `Choose no more than ${SELECTION_MAX} case records: ${picked.length} are chosen`;
      setChoiceError((e) => ({ message, attempt: e.attempt + 1 }));
      return;
    }
    try {
      await writeProgramme(opened, (current, now) =>
        recordSelection(current, entry.id, selectCases(found.records, found.criteria, picked, authorOf(person), now), authorOf(person), now),
      );
      setFound(null);
      setRecorded(true);
    } catch (e) {
      setChoiceError((x) => ({ message: `Not saved: ${e instanceof Error ? e.message : String(e)}`, attempt: x.attempt + 1 }));
    }
  };
  const writeBriefOverview = async () => {
    const filter = {
      from: `${programme.startYear}-04-01`,
      to: `${programme.startYear + 1}-03-31`,
      activity: entry.activity,
      team: '',
      programmeId: programme.id,
      programmeEntryId: entry.id,
    };
    const made = await addReport((now) =>
      newBoardReport(newId(), { kind: 'brief-overview', title: `Brief Overview: ${describeEntry(entry)}`, filter }, authorOf(person), now),
    );
    navigate(paths.boardReport(made.id));
  };
  const toggle = (ref: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (next.has(ref)) next.delete(ref);
      else next.add(ref);
      return next;
    });
  const selection = programme.entries.find((e) => e.id === entry.id)?.selection;
  const CHOICES = fieldId('chosen');

  return (
    <Page
      title="Select case records"
      caption={describeEntry(entry)}
      hasErrors={Object.keys(errors).length > 0 || !!choiceError.message}
      back={<BackLink to={back}>{programme.title}</BackLink>}
      wide
    >
      {recorded && (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">The selection is recorded with its criteria. Start each audit from the list below.</p>
        </NotificationBanner>
      )}
      {selection && !found && (
        <Section id="selection" title={`Selected: ${selection.cases.length} case records`}>
          <p className="govuk-body">
            Chosen by {selection.madeBy.name} on {formatLongDate(selection.madeAt.slice(0, 10))} from {selection.matched} of the {selection.listed} case records
            listed that met the criteria: {describeCriteria(selection.criteria)}.
          </p>
          <SimpleTable
            caption="Selected case records"
            hiddenCaption
            headings={['Case reference', 'Case type', 'Team', 'Date', 'Theme', 'Audit']}
            rows={selection.cases.map((c, i) => ({
              key: c.caseReference,
              cells: [
                c.caseReference,
                c.caseType ? CASE_TYPE_LABELS[c.caseType] : 'Not given',
                c.team || 'Not given',
                c.date ? formatLongDate(c.date) : 'Not given',
                c.theme,
                started.has(c.caseReference) ? (
                  <Tag colour="green">Started</Tag>
                ) : (
                  <Link className="govuk-link" to={paths.newAudit(entry.id, i)}>
                    Start an audit<span className="govuk-visually-hidden"> of case {c.caseReference}</span>
                  </Link>
                ),
              ],
            }))}
          />
        </Section>
      )}
      {selection && !found && (
        <Section id="brief-overview" title="Findings">
          <p className="govuk-body">When the audits are done, write the Brief Overview report of this activity's findings beside its figures.</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void writeBriefOverview()}>
            Write the Brief Overview report
          </button>
        </Section>
      )}
      <Section id="criteria" title={selection ? 'Select again' : 'The case records and the criteria'}>
        <Form errors={errors} submitCount={submitCount} onSubmit={show}>
          <Textarea
            {...bind(form, 'list')}
            label="Case records from your case management system"
            hint="Paste the report's rows, one case record a line: case reference, case type, team, date, theme (comma or tab separated; a header row naming the columns is fine)."
            rows={8}
            spellCheck={false}
          />
          <Checkboxes
            {...bind(form, 'caseTypes')}
            legend="Case types"
            hint="Leave all unticked for any case type."
            options={CASE_TYPES.map((t) => ({ value: t, label: CASE_TYPE_LABELS[t] }))}
          />
          <TextInput {...bind(form, 'team')} label="Team" hint="Leave empty for any team." />
          <TextInput {...bind(form, 'theme')} label="Theme" hint="Words the case record's theme must contain. Leave empty for any theme." />
          <DateInput {...bindDate(form, 'from')} legend={WINDOW.from} hint="Thematic audits look at practice within the last 12 months." />
          <DateInput {...bindDate(form, 'to')} legend={WINDOW.to} />
          <Button secondary={!!found}>Show the case records that match</Button>
        </Form>
      </Section>
      {found && (
        <Section id="choose" title={`${matches.length} of ${found.records.length} case records match`}>
          {found.problems.length > 0 && (
            <div className="govuk-inset-text">
              <p className="govuk-body">Some lines of the list could not be read in full:</p>
              <ul className="govuk-list govuk-list--bullet">
                {found.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          <ErrorSummary errors={choiceError.message ? [{ href: CHOICES, message: choiceError.message }] : []} focusKey={choiceError.attempt} />
          <div className={`govuk-form-group${choiceError.message ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby={`${CHOICES}-hint${choiceError.message ? ` ${CHOICES}-error` : ''}`}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                Case records to audit ({chosen.size} chosen, up to {SELECTION_MAX})
              </legend>
              <div className="govuk-hint" id={`${CHOICES}-hint`}>
                The first {SELECTION_MAX} that match are chosen to start with: untick any, tick others, to choose purposefully.
              </div>
              {choiceError.message && (
                <p id={`${CHOICES}-error`} className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {choiceError.message}
                </p>
              )}
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {matches.map((r, i) => (
                  <div key={r.caseReference} className="govuk-checkboxes__item">
                    <input
                      className="govuk-checkboxes__input"
                      id={i === 0 ? CHOICES : `${CHOICES}-${i}`}
                      type="checkbox"
                      checked={chosen.has(r.caseReference)}
                      onChange={() => toggle(r.caseReference)}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={i === 0 ? CHOICES : `${CHOICES}-${i}`}>
                      {r.caseReference}
                      {[r.caseType ? CASE_TYPE_LABELS[r.caseType] : '', r.team, r.date ? formatLongDate(r.date) : '', r.theme]
                        .filter(Boolean)
                        .map((x) => `, ${x}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="button" className="govuk-button" onClick={() => void record()}>
            Record the selection
          </button>
        </Section>
      )}
    </Page>
  );
}
