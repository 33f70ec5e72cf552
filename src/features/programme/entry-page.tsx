// Changing or removing one activity of the programme. An activity with audits counted against it cannot be removed.
import { useNavigate, useParams } from 'react-router';
import { activityFixedMessage, changeEntry, describeEntry, removeEntry, type AuditProgramme, type ProgrammeEntry } from '@/domain/programme';
import { authorOf, type Person } from '@/domain/person';
import { Page } from '@/ui/page';
import { MissingPage } from '@/ui/missing-page';
import { BackLink, InsetText } from '@/ui/content';
import { Button, ButtonGroup } from '@/ui/form';
import { Form, useZodForm } from '@/ui/validated-form';
import { useProgramme, useSummaries } from '@/storage/live';
import { useCurrentPerson } from '@/storage/current-person';
import { writeProgramme } from '@/storage/write';
import { nowInstant } from '@/lib/clock';
import { EntryFields, entrySchema, entryValues } from './entry-fields';

export function EntryPage() {
  const { programmeId, entryId } = useParams();
  const programme = useProgramme(programmeId);
  const summaries = useSummaries();
  const person = useCurrentPerson();
  if (programme === undefined || !summaries || !person) return null;
  const entry = programme?.entries.find((e) => e.id === entryId);
  if (!programme || !entry) return <MissingPage what="programme activity" to={programme ? `/programme/${programme.id}` : '/programme'} linkText="See the programme" />;
  const counted = summaries.filter((s) => s.programmeEntryId === entry.id).length;
  return <EntryForm key={`${entry.id}:${programme.rev}`} programme={programme} entry={entry} counted={counted} person={person} />;
}

function EntryForm({ programme, entry, counted, person }: { programme: AuditProgramme; entry: ProgrammeEntry; counted: number; person: Person }) {
  const navigate = useNavigate();
  const form = useZodForm(entrySchema(programme.startYear), entryValues(entry));
  const { errors, submitCount } = form.formState;
  const back = `/programme/${programme.id}`;
  const onSubmit = form.handleSubmit(async (v) => {
    if (counted > 0 && v.activity !== entry.activity) {
      form.setError('activity', { message: activityFixedMessage(counted) });
      return;
    }
    const now = nowInstant();
    const next = { ...entry, ...v };
    await writeProgramme(changeEntry(programme, next, counted, describeEntry(next), authorOf(person), now), now);
    navigate(back);
  });
  const remove = async () => {
    const now = nowInstant();
    await writeProgramme(removeEntry(programme, entry.id, counted, describeEntry(entry), authorOf(person), now), now);
    navigate(back);
  };
  return (
    <Page title="Change a programme activity" caption={programme.title} hasErrors={Object.keys(errors).length > 0} back={<BackLink to={back}>{programme.title}</BackLink>}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <p className="govuk-body">{describeEntry(entry)}</p>
          <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
            <EntryFields form={form} startYear={programme.startYear} />
            <ButtonGroup>
              <Button>Save the activity</Button>
              {counted === 0 && (
                <Button type="button" warning onClick={() => void remove()}>
                  Remove the activity
                </Button>
              )}
            </ButtonGroup>
          </Form>
          {counted > 0 && (
            <InsetText>
              {counted} audit{counted === 1 ? ' is' : 's are'} part of this activity, so it cannot be removed and its kind of activity stays as it is. Its month, focus, team and number planned can still be changed.
            </InsetText>
          )}
        </div>
      </div>
    </Page>
  );
}
