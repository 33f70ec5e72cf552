// Service and strategic actions from overview findings or moderation, and practice actions raised outside an audit.
import { ACTION_TEXT_LIMIT, SHORT_TEXT_LIMIT, CODE_LIMIT } from '@/domain/text-limits';
import { useNavigate, useSearchParams } from 'react-router';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ACTION_LEVELS, ACTION_LEVEL_LABELS, dueFromTimescale, smartWarnings, SMART_WARNING_LABELS, newAction } from '@/domain/actions';
import { checkDateFields, isBlankDate } from '@/domain/calendar/date-fields';
import { authorOf } from '@/domain/person';
import { Page, Columns } from '@/ui/page';
import { BackLink, WarningText } from '@/ui/content';
import { Button, DateInput, Radios, TextInput, Textarea } from '@/ui/form';
import { Form, dateFieldsSchema, useZodForm, bind, bindDate, textSchema } from '@/ui/validated-form';
import { useCurrentPerson } from '@/data/current-person';
import { addAction } from '@/storage/write';
import { newId } from '@/lib/ids';
import { today as todayIso } from '@/lib/clock';
import { paths } from '@/lib/paths';

function schema(today: string) {
  return z
    .object({
      what: textSchema('What is to be done', ACTION_TEXT_LIMIT, { required: 'Enter what is to be done' }),
      level: z.enum(ACTION_LEVELS, { error: 'Select the level of the action' }),
      ownerName: textSchema('The owner’s name', SHORT_TEXT_LIMIT, { required: 'Enter who will do it' }),
      ownerRole: textSchema('The owner’s role', SHORT_TEXT_LIMIT, { required: 'Enter their role' }),
      team: textSchema('The team', SHORT_TEXT_LIMIT),
      practitioner: textSchema('The practitioner’s name', SHORT_TEXT_LIMIT),
      theme: textSchema('The theme', SHORT_TEXT_LIMIT),
      due: dateFieldsSchema,
      timescale: textSchema('The timescale', CODE_LIMIT),
    })
    .transform((v, ctx) => {
      if (v.level === 'practice' && !v.practitioner)
        ctx.addIssue({ code: 'custom', path: ['practitioner'], message: 'Enter the practitioner whose supervision this action belongs in' });
      let due: string | null = null;
      if (isBlankDate(v.due) && v.timescale) {
        due = dueFromTimescale(v.timescale, today);
        if (!due)
          ctx.addIssue({ code: 'custom', path: ['timescale'], message: 'Enter a timescale like “within 4 weeks”, “10 working days” or “3 months”, or a date' });
      } else {
        const d = checkDateFields('The due date', v.due, { notBefore: today, notBeforeMessage: 'The due date must be today or in the future' });
        if (d.ok) due = d.date;
        else ctx.addIssue({ code: 'custom', path: ['due'], message: d.message === 'Enter the due date' ? 'Enter the due date, or a timescale' : d.message });
      }
      if (!due) return z.NEVER;
      return { ...v, due };
    });
}

export function NewActionPage() {
  const person = useCurrentPerson();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const today = todayIso();
  // A moderation review or a finding can open this page with its theme, practitioner and team filled in.
  const form = useZodForm(schema(today), {
    what: '',
    ownerName: '',
    ownerRole: '',
    team: params.get('team') ?? '',
    practitioner: params.get('practitioner') ?? '',
    theme: params.get('theme') ?? '',
    due: { day: '', month: '', year: '' },
    timescale: '',
  });
  const level = useWatch({ control: form.control, name: 'level' });
  const what = useWatch({ control: form.control, name: 'what' }) ?? '';
  const ownerName = useWatch({ control: form.control, name: 'ownerName' }) ?? '';
  if (!person) return null;
  const { errors, submitCount } = form.formState;
  const warnings = what.trim() ? smartWarnings({ what, ownerName, due: 'set' }).filter((w) => w === 'not-measurable') : [];

  const onSubmit = form.handleSubmit(async (v) => {
    const { timescale: _timescale, ...input } = v;
    const id = newId();
    await addAction((now) => newAction(id, input, authorOf(person), now));
    navigate(paths.action(id));
  });

  return (
    <Page title="Add an action" hasErrors={Object.keys(errors).length > 0} back={<BackLink to={paths.actions()}>All actions</BackLink>}>
      <Columns>
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <Textarea {...bind(form, 'what')} label="What is to be done" hint="Specific and measurable: what will have changed, how many or how often" rows={3} />
          {warnings.length > 0 && <WarningText>{SMART_WARNING_LABELS['not-measurable']}.</WarningText>}
          <Radios
            {...bind(form, 'level')}
            legend="Level"
            inline
            value={level}
            options={ACTION_LEVELS.map((l) => ({ value: l, label: ACTION_LEVEL_LABELS[l] }))}
          />
          {level === 'practice' && <TextInput {...bind(form, 'practitioner')} label="Practitioner" hint="The action goes into their supervision" />}
          <TextInput {...bind(form, 'ownerName')} label="Who will do it" />
          <TextInput {...bind(form, 'ownerRole')} label="Their role" />
          <TextInput {...bind(form, 'team')} label="Team or service (optional)" />
          <TextInput
            {...bind(form, 'theme')}
            label="Theme or finding it comes from (optional)"
            hint="For example “Management oversight in child in need cases”"
          />
          <DateInput {...bindDate(form, 'due')} legend="Due date" />
          <TextInput
            {...bind(form, 'timescale')}
            label="Or a timescale from today"
            hint="For example “within 4 weeks”, “10 working days”, “3 months”"
            className="govuk-input--width-20"
          />
          <Button>Add the action</Button>
        </Form>
      </Columns>
    </Page>
  );
}
