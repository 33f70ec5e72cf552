// "Your name and designation": every change in the workbench is attributed to the person working (seed 003,
// "Recording": "Be attributable to an author whose designation is stated"). Several people may share a machine,
// so the page also switches who is working.
import { NAME_LIMIT } from '@/domain/text-limits';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { useNavigate, useSearchParams } from 'react-router';
import { Page, Columns } from '@/ui/page';
import { Button, Radios, TextInput } from '@/ui/form';
import { Form, useZodForm, bind, textSchema } from '@/ui/validated-form';
import { usePeople } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { addPerson, writeSettings } from '@/storage/write';
import { newId } from '@/lib/ids';
import { newPerson } from '@/domain/person';

const newPersonSchema = z.object({
  name: textSchema('Your name', NAME_LIMIT, { required: 'Enter your name' }),
  designation: textSchema('Your designation', NAME_LIMIT, { required: 'Enter your designation, for example Team manager' }),
});

const switchSchema = z.object({ personId: z.string().min(1, { error: 'Select who is working' }) });

/**
 * Goes on to where the user was heading once the change of person has reached the page's live data, so the next
 * page never sees the previous person (or nobody).
 */
function useAfterwards(currentId: string | undefined) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [awaiting, setAwaiting] = useState<string | null>(null);
  const next = params.get('next');
  useEffect(() => {
    if (awaiting && currentId === awaiting) navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/');
  }, [awaiting, currentId, navigate, next]);
  return setAwaiting;
}

export function ProfilePage() {
  const people = usePeople();
  const current = useCurrentPerson();
  const done = useAfterwards(current?.id);
  const add = useZodForm(newPersonSchema, { name: '', designation: '' });
  const choose = useZodForm(switchSchema, { personId: '' });
  if (people === undefined || current === undefined) return null;
  const others = people.filter((p) => p.id !== current?.id);
  const hasErrors = Object.keys(add.formState.errors).length > 0 || Object.keys(choose.formState.errors).length > 0;

  const onAdd = add.handleSubmit(async (values) => {
    const person = await addPerson((now) => newPerson(newId(), values, now));
    await writeSettings({ currentPersonId: person.id });
    add.reset();
    done(person.id);
  });
  const onChoose = choose.handleSubmit(async (values) => {
    await writeSettings({ currentPersonId: values.personId });
    done(values.personId);
  });

  return (
    <Page title={current ? 'Who is working' : 'Set up your profile'} hasErrors={hasErrors}>
      <Columns>
        {!current && (
          <p className="govuk-body">
            Everything you record in an audit is attributed to you by your name and designation, as the Guidance for Auditors asks of every record.
          </p>
        )}
        {current && (
          <p className="govuk-body">
            You are working as <strong>{current.name}</strong>, {current.designation}.
          </p>
        )}
        {others.length > 0 && (
          <Form errors={choose.formState.errors} submitCount={choose.formState.submitCount} onSubmit={onChoose}>
            <Radios
              {...bind(choose, 'personId')}
              legend="Switch to someone already set up on this device"
              legendSize="m"
              options={others.map((p) => ({ value: p.id, label: p.name, hint: p.designation }))}
            />
            <Button secondary>Switch</Button>
          </Form>
        )}
        <Form errors={add.formState.errors} submitCount={add.formState.submitCount} onSubmit={onAdd}>
          <h2 className="govuk-heading-m">{current ? 'Add someone new' : 'Your name and designation'}</h2>
          <TextInput {...bind(add, 'name')} label="Your name" />
          <TextInput {...bind(add, 'designation')} label="Your designation" hint="For example Team manager, Consultant social worker, IRO" />
          <Button>{current ? 'Add and switch' : 'Save and continue'}</Button>
        </Form>
      </Columns>
    </Page>
  );
}
