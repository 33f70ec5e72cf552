// Setting up a year's auditing programme, empty or from the framework's auditing timetable (seed 002, "Our auditing
// timetable includes").
import { NAME_LIMIT } from '@/domain/text-limits';
import { useNavigate } from 'react-router';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { newProgramme, programmeYearLabel, programmeYearOf, titleTaken } from '@/domain/programme';
import { authorOf } from '@/domain/person';
import { Page, Columns } from '@/ui/page';
import { BackLink } from '@/ui/content';
import { Button, Radios, Select, TextInput } from '@/ui/form';
import { Form, useZodForm, bind, textSchema } from '@/ui/validated-form';
import { useCurrentPerson } from '@/data/current-person';
import { useProgrammes } from '@/data/live';
import { addProgramme } from '@/storage/write';
import { newId } from '@/lib/ids';
import { today } from '@/lib/clock';
import { paths } from '@/lib/paths';

const schema = z.object({
  title: textSchema('The name', NAME_LIMIT, { required: 'Enter a name for the programme, for example “Auditing programme 2026 to 2027”' }),
  startYear: z.string().regex(/^\d{4}$/, { error: 'Select the programme year' }),
  fromTimetable: z.enum(['yes', 'no'], { error: 'Select whether to start from the framework’s timetable' }),
});

export function NewProgrammePage() {
  const person = useCurrentPerson();
  const programmes = useProgrammes();
  const navigate = useNavigate();
  const thisYear = programmeYearOf(today());
  const form = useZodForm(schema, { title: '', startYear: String(thisYear) });
  const fromTimetable = useWatch({ control: form.control, name: 'fromTimetable' });
  if (!person || !programmes) return null;
  const { errors, submitCount } = form.formState;
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  const onSubmit = form.handleSubmit(async (v) => {
    const startYear = Number(v.startYear);
    if (titleTaken(programmes, v.title)) {
      form.setError('title', { message: `There is already a programme called “${v.title}”: give this one another name` });
      return;
    }
    const saved = await addProgramme((now) =>
      newProgramme({ id: newId(), title: v.title, startYear, fromTimetable: v.fromTimetable === 'yes' }, newId, now, authorOf(person)),
    );
    navigate(paths.programme(saved.id));
  });
  return (
    <Page title="Set up an auditing programme" hasErrors={Object.keys(errors).length > 0} back={<BackLink to={paths.programmes}>Auditing programme</BackLink>}>
      <Columns>
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <TextInput {...bind(form, 'title')} label="Name of the programme" />
          <Select
            {...bind(form, 'startYear')}
            label="Programme year"
            hint="April to March"
            options={years.map((y) => ({ value: String(y), label: programmeYearLabel(y) }))}
          />
          <Radios
            {...bind(form, 'fromTimetable')}
            legend="Start from the framework’s auditing timetable?"
            hint="Dip sampling, practice weeks, front door and thematic audits month by month, with a summer break in August. You can change every activity afterwards."
            value={fromTimetable}
            options={[
              { value: 'yes', label: 'Yes, start from the timetable' },
              { value: 'no', label: 'No, start with an empty programme' },
            ]}
          />
          <Button>Set up the programme</Button>
        </Form>
      </Columns>
    </Page>
  );
}
