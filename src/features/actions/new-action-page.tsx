// Service and strategic actions from overview findings or moderation, and practice actions raised outside an audit.
import { useNavigate, useSearchParams } from 'react-router';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ACTION_LEVELS, ACTION_LEVEL_LABELS, dueFromTimescale, smartWarnings, SMART_WARNING_LABELS, newAction } from '@/domain/actions';
import { checkDateFields, isBlankDate } from '@/domain/calendar/date-fields';
import { authorOf } from '@/domain/person';
import { Page } from '@/ui/page';
import { BackLink, WarningText } from '@/ui/content';
import { Button, DateInput, Radios, TextInput, Textarea, fieldId } from '@/ui/form';
import { Form, dateFieldsSchema, errorAt, useZodForm } from '@/ui/validated-form';
import { useCurrentPerson } from '@/data/current-person';
import { writeActions } from '@/storage/write';
import { newId } from '@/lib/ids';
import { today as todayIso } from '@/lib/clock';
import { paths } from '@/lib/paths';

const text = (empty: string, name: string, max = 200) => z.string().trim().min(1, { error: empty }).max(max, { error: `${name} must be ${max.toLocaleString('en-GB')} characters or fewer` });

function schema(today: string) {
  return z
    .object({
      what: text('Enter what is to be done', 'What is to be done', 2000),
      level: z.enum(ACTION_LEVELS, { error: 'Select the level of the action' }),
      ownerName: text('Enter who will do it', 'The owner’s name'),
      ownerRole: text('Enter their role', 'The owner’s role'),
      team: z.string().trim().max(200, { error: 'The team must be 200 characters or fewer' }),
      practitioner: z.string().trim().max(200, { error: 'The practitioner’s name must be 200 characters or fewer' }),
      theme: z.string().trim().max(200, { error: 'The theme must be 200 characters or fewer' }),
      due: dateFieldsSchema,
      timescale: z.string().trim().max(50, { error: 'The timescale must be 50 characters or fewer' }),
    })
    .transform((v, ctx) => {
      if (v.level === 'practice' && !v.practitioner) ctx.addIssue({ code: 'custom', path: ['practitioner'], message: 'Enter the practitioner whose supervision this action belongs in' });
      let due: string | null = null;
      if (isBlankDate(v.due) && v.timescale) {
        due = dueFromTimescale(v.timescale, today);
        if (!due) ctx.addIssue({ code: 'custom', path: ['timescale'], message: 'Enter a timescale like “within 4 weeks”, “10 working days” or “3 months”, or a date' });
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
  const form = useZodForm(schema(today), { what: '', ownerName: '', ownerRole: '', team: params.get('team') ?? '', practitioner: params.get('practitioner') ?? '', theme: params.get('theme') ?? '', due: { day: '', month: '', year: '' }, timescale: '' });
  const level = useWatch({ control: form.control, name: 'level' });
  const what = useWatch({ control: form.control, name: 'what' }) ?? '';
  const ownerName = useWatch({ control: form.control, name: 'ownerName' }) ?? '';
  if (!person) return null;
  const { errors, submitCount } = form.formState;
  const warnings = what.trim() ? smartWarnings({ what, ownerName, due: 'set' }).filter((w) => w === 'not-measurable') : [];

  const onSubmit = form.handleSubmit(async (v) => {
    const { timescale: _timescale, ...input } = v;
    const id = newId();
    await writeActions((now) => [newAction(id, input, authorOf(person), now)]);
    navigate(paths.action(id));
  });

  return (
    <Page title="Add an action" hasErrors={Object.keys(errors).length > 0} back={<BackLink to={paths.actions()}>All actions</BackLink>}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
            <Textarea id={fieldId('what')} label="What is to be done" hint="Specific and measurable: what will have changed, how many or how often" rows={3} error={errors.what?.message} registration={form.register('what')} />
            {warnings.length > 0 && <WarningText>{SMART_WARNING_LABELS['not-measurable']}.</WarningText>}
            <Radios
              id={fieldId('level')}
              legend="Level"
              inline
              error={errors.level?.message}
              registration={form.register('level')}
              value={level}
              options={ACTION_LEVELS.map((l) => ({ value: l, label: ACTION_LEVEL_LABELS[l] }))}
            />
            {level === 'practice' && (
              <TextInput id={fieldId('practitioner')} label="Practitioner" hint="The action goes into their supervision" error={errors.practitioner?.message} registration={form.register('practitioner')} />
            )}
            <TextInput id={fieldId('ownerName')} label="Who will do it" error={errors.ownerName?.message} registration={form.register('ownerName')} />
            <TextInput id={fieldId('ownerRole')} label="Their role" error={errors.ownerRole?.message} registration={form.register('ownerRole')} />
            <TextInput id={fieldId('team')} label="Team or service (optional)" error={errors.team?.message} registration={form.register('team')} />
            <TextInput id={fieldId('theme')} label="Theme or finding it comes from (optional)" hint="For example “Management oversight in child in need cases”" error={errors.theme?.message} registration={form.register('theme')} />
            <DateInput id={fieldId('due')} legend="Due date" error={errorAt(errors, 'due')} registrations={{ day: form.register('due.day'), month: form.register('due.month'), year: form.register('due.year') }} />
            <TextInput id={fieldId('timescale')} label="Or a timescale from today" hint="For example “within 4 weeks”, “10 working days”, “3 months”" className="govuk-input--width-20" error={errors.timescale?.message} registration={form.register('timescale')} />
            <Button>Add the action</Button>
          </Form>
        </div>
      </div>
    </Page>
  );
}
