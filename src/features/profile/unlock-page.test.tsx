// The lock screen as a person meets it (issue "Protecting children's personal data", points 1 and 3): who they are and
// their passphrase; a wrong one said beside the field and in the error summary, and nothing unlocked.
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { selectDatabase } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import { addKeySlot, currentProtection, lock, protectWorkspace } from '@/storage/protection';
import { newPerson } from '@/domain/person';
import { UnlockPage } from './unlock-page';

const NOW = '2025-03-10T10:00:00.000Z';
const SAM = newPerson('sam', { name: 'Sam Patel', designation: 'Team manager' }, NOW);
const ALEX = newPerson('alex', { name: 'Alex Morgan', designation: 'Consultant social worker' }, NOW);

let n = 0;
beforeEach(async () => {
  n += 1;
  await openDatabase(selectDatabase(`unlock-page-${n}`));
  await protectWorkspace(SAM, 'sam correct horse', NOW, 1_000);
  await addKeySlot(ALEX, 'alex staple river', 'sam correct horse', NOW, 1_000);
  lock();
});

describe('the lock screen', () => {
  it('asks who you are, and says so when nobody is chosen or no passphrase is given', async () => {
    const user = userEvent.setup();
    render(<UnlockPage />);
    await screen.findByRole('radio', { name: 'Alex Morgan' });
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Select who you are');
    expect(summary).toHaveTextContent('Enter your passphrase');
    expect(currentProtection()).toEqual({ state: 'locked' });
  });

  it('refuses a wrong passphrase beside the field, naming whose it is not, and unlocks with the right one', async () => {
    const user = userEvent.setup();
    render(<UnlockPage />);
    await user.click(await screen.findByRole('radio', { name: 'Alex Morgan' }));
    await user.type(screen.getByLabelText('Your passphrase'), 'sam correct horse');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    const message = 'The passphrase is not right for Alex Morgan. Check it and try again';
    expect(await screen.findByRole('link', { name: message })).toBeInTheDocument();
    expect(screen.getByLabelText('Your passphrase')).toHaveAccessibleDescription(`Error: ${message}`);
    expect(screen.getByLabelText('Your passphrase')).toHaveValue('');
    expect(currentProtection()).toEqual({ state: 'locked' });

    await user.type(screen.getByLabelText('Your passphrase'), 'alex staple river');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await expect.poll(() => currentProtection()).toEqual({ state: 'unlocked', personId: 'alex' });
  });
});
