// Changing or removing one activity of the programme. An activity with audits counted against it cannot be removed
// or change its kind; removing one asks first.
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { activityFixedMessage, changeEntry, describeEntry, removeEntry, sameEntry, type AuditProgramme, type ProgrammeEntry } from '@/domain/programme';
import { authorOf, type Person } from '@/domain/person';
import { Page, Columns } from '@/ui/page';
import { MissingPage } from '@/ui/missing-page';
import { BackLink, InsetText } from '@/ui/content';
import { Button, ButtonGroup } from '@/ui/form';
import { ConfirmForm, Form, useZodForm } from '@/ui/validated-form';
import { useProgramme, useSummaries } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { writeProgramme } from '@/storage/write';
import { EntryFields, entrySchema, entryValues } from './entry-fields';
import { paths } from '@/lib/paths';
import { useCopyAsOpened } from '@/ui/use-copy-as-opened';

export function EntryPage() {
  const { programmeId, entryId } = useParams();
  const programme = useProgramme(programmeId);
  const summaries = useSummaries();
  const person = useCurrentPerson();
  if (programme === undefined || !summaries || !person) return null;
  const entry = programme?.entries.find((e) => e.id === entryId);
  if (!programme || !entry)
    return <MissingPage what="programme activity" to={programme ? paths.programme(programme.id) : paths.programmes} linkText="See the programme" />;
  const counted = summaries.filter((s) => s.programmeEntryId === entry.id).length;
  // Keyed on the activity only: a write to the programme elsewhere must not clear what is being typed here.
  return <EntryForm key={entry.id} programme={programme} entry={entry} counted={counted} person={person} />;
}

function EntryForm({ programme, entry, counted, person }: { programme: AuditProgramme; entry: ProgrammeEntry; counted: number; person: Person }) {
  const navigate = useNavigate();
  const opened = useCopyAsOpened(programme);
  const form = useZodForm(entrySchema(programme.startYear), entryValues(entry));
  const [confirming, setConfirming] = useState(false);
  const { errors, submitCount } = form.formState;
  const back = paths.programme(programme.id);
  const onSubmit = form.handleSubmit(async (v) => {
    const next = { ...entry, ...v };
    if (counted > 0 && v.activity !== entry.activity) {
      form.setError('activity', { message: activityFixedMessage(counted) });
      return;
    }
    if (sameEntry(programme, next)) {
      form.setError('month', { message: `There is already ${describeEntry(next)} in the programme` });
      return;
    }
    await writeProgramme(opened, (current, now) => changeEntry(current, next, counted, describeEntry(next), authorOf(person), now));
    navigate(back);
  });
  const remove = async () => {
    await writeProgramme(programme, (current, now) => removeEntry(current, entry.id, describeEntry(entry), authorOf(person), now));
    navigate(back);
  };
  return (
    <Page
      title={confirming ? 'Remove this activity?' : 'Change a programme activity'}
      caption={programme.title}
      hasErrors={Object.keys(errors).length > 0}
      back={<BackLink to={back}>{programme.title}</BackLink>}
    >
      <Columns>
        <p className="govuk-body">{describeEntry(entry)}</p>
        {confirming ? (
          <ConfirmForm
            warning="The activity and its number planned will be taken out of the programme."
            confirm="Yes, remove the activity"
            onConfirm={remove}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
            <EntryFields form={form} startYear={programme.startYear} />
            <ButtonGroup>
              <Button>Save the activity</Button>
              {counted === 0 && (
                <Button type="button" warning onClick={() => setConfirming(true)}>
                  Remove the activity
                </Button>
              )}
            </ButtonGroup>
          </Form>
        )}
        {counted > 0 && (
          <InsetText>
            {counted} audit{counted === 1 ? ' is' : 's are'} part of this activity, so it cannot be removed and its kind of activity stays as it is. Its month,
            focus, team and number planned can still be changed.
          </InsetText>
        )}
      </Columns>
    </Page>
  );
}
