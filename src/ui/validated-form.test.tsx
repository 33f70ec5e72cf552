import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { checkedSchema, Form, useZodForm } from './validated-form';
import { Button, DateInput, TextInput, fieldId } from './form';

const schema = z.object({
  name: z.string().trim().min(1, { error: 'Enter your name' }),
  date: z.object({ day: z.string(), month: z.string(), year: z.string() }).refine((d) => d.day !== '', { error: 'Date of visit must include a day' }),
});

function Example({ save }: { save: () => Promise<void> }) {
  const form = useZodForm(schema, { name: '', date: { day: '', month: '', year: '' } });
  const { errors, submitCount } = form.formState;
  return (
    <Form errors={errors} submitCount={submitCount} onSubmit={form.handleSubmit(save)}>
      <TextInput id={fieldId('name')} label="Your name" error={errors.name?.message} registration={form.register('name')} />
      <DateInput
        id={fieldId('date')}
        legend="Date of visit"
        error={errors.date?.message}
        registrations={{ day: form.register('date.day'), month: form.register('date.month'), year: form.register('date.year') }}
      />
      <Button>Save</Button>
    </Form>
  );
}

describe('a form (GOV.UK error pattern)', () => {
  it('shows each error in the summary, focused, and beside its field with the same words, linked by aria-describedby', async () => {
    const user = userEvent.setup();
    render(<Example save={async () => {}} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(screen.getByRole('link', { name: 'Enter your name' })).toHaveAttribute('href', '#f-name');
    expect(screen.getByRole('link', { name: 'Date of visit must include a day' })).toHaveAttribute('href', '#f-date');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    const name = screen.getByRole('textbox', { name: 'Your name' });
    expect(name).toHaveAccessibleDescription('Error: Enter your name');
    expect(screen.getByRole('group', { name: 'Date of visit' })).toHaveAccessibleDescription('Error: Date of visit must include a day');
  });

  it('a click on an error in the summary moves focus to its field', async () => {
    const user = userEvent.setup();
    render(<Example save={async () => {}} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('link', { name: 'Enter your name' }));
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveFocus();
  });

  it('a save that fails is reported in the summary, and what was typed stays', async () => {
    const user = userEvent.setup();
    render(
      <Example
        save={async () => {
          throw new Error('the workspace is being used in another tab');
        }}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Sam');
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '3');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Not saved: the workspace is being used in another tab')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveValue('Sam');
  });
});

describe('the values ticked in a group of checkboxes', () => {
  const schema = checkedSchema(['a', 'b'] as const);
  it.each<[string, unknown, string[] | null]>([
    ['several ticked: the list', ['a', 'b'], ['a', 'b']],
    ['none ticked (the form gives false): an empty list', false, []],
    ['a group of one box, ticked (the form gives its value): a list of it', 'a', ['a']],
    ['a value not offered: refused', ['c'], null],
    ['a single value not offered: refused', 'c', null],
  ])('%s', (_what, input, expected) => {
    const parsed = schema.safeParse(input);
    expect(parsed.success ? parsed.data : null).toEqual(expected);
  });
});
