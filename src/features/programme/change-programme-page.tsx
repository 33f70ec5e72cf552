// Renaming a programme, or deleting one that no audit counts towards (asked first). Its year stays: a programme for
// another year is set up anew.
import { NAME_LIMIT } from '@/domain/text-limits';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { programmeYearLabel, renameProgramme, titleTaken, type AuditProgramme } from '@/domain/programme';
import { authorOf, type Person } from '@/domain/person';
import { Page, Columns } from '@/ui/page';
import { MissingPage } from '@/ui/missing-page';
import { BackLink, InsetText } from '@/ui/content';
import { Button, ButtonGroup, TextInput } from '@/ui/form';
import { ConfirmForm, Form, useZodForm, bind, textSchema } from '@/ui/validated-form';
import { useProgramme, useProgrammes, useSummaries } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { deleteProgramme, writeProgramme } from '@/storage/write';
import { paths } from '@/lib/paths';
import { useCopyAsOpened } from '@/ui/use-copy-as-opened';

const schema = z.object({
  title: textSchema('The name', NAME_LIMIT, { required: 'Enter a name for the programme' }),
});

export function ChangeProgrammePage() {
  const { programmeId } = useParams();
  const programme = useProgramme(programmeId);
  const programmes = useProgrammes();
  const summaries = useSummaries();
  const person = useCurrentPerson();
  if (programme === undefined || !programmes || !summaries || !person) return null;
  if (programme === null) return <MissingPage what="programme" to={paths.programmes} linkText="See the auditing programmes" />;
  const counted = summaries.filter((s) => s.programmeId === programme.id).length;
  return <ChangeForm key={programme.id} programme={programme} programmes={programmes} counted={counted} person={person} />;
}

function ChangeForm({ programme, programmes, counted, person }: { programme: AuditProgramme; programmes: AuditProgramme[]; counted: number; person: Person }) {
  const navigate = useNavigate();
  const opened = useCopyAsOpened(programme);
  const [confirming, setConfirming] = useState(false);
  const form = useZodForm(schema, { title: programme.title });
  const { errors, submitCount } = form.formState;
  const back = paths.programme(programme.id);
  const onSubmit = form.handleSubmit(async (v) => {
    if (titleTaken(programmes, v.title, programme.id)) {
      form.setError('title', { message: `There is already a programme called “${v.title}”: give this one another name` });
      return;
    }
    await writeProgramme(opened, (current, now) => renameProgramme(current, v.title, authorOf(person), now));
    navigate(back);
  });
  const remove = async () => {
    await deleteProgramme(opened);
    navigate(paths.programmes);
  };
  return (
    <Page
      title={confirming ? 'Delete this programme?' : 'Rename or delete the programme'}
      caption={programmeYearLabel(programme.startYear)}
      hasErrors={Object.keys(errors).length > 0}
      back={<BackLink to={back}>{programme.title}</BackLink>}
    >
      <Columns>
        {confirming ? (
          <ConfirmForm
            warning={`${programme.title} and its ${programme.entries.length} activit${programme.entries.length === 1 ? 'y' : 'ies'} will be deleted.`}
            confirm="Yes, delete the programme"
            onConfirm={remove}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <>
            <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
              <TextInput {...bind(form, 'title')} label="Name of the programme" />
              <ButtonGroup>
                <Button>Save the name</Button>
                {counted === 0 && (
                  <Button type="button" warning onClick={() => setConfirming(true)}>
                    Delete the programme
                  </Button>
                )}
              </ButtonGroup>
            </Form>
            {counted > 0 && (
              <InsetText>
                {counted} audit{counted === 1 ? ' counts' : 's count'} towards this programme, so it cannot be deleted.
              </InsetText>
            )}
          </>
        )}
      </Columns>
    </Page>
  );
}
