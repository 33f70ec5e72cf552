// First use as a person meets it (issue "Protecting children's personal data", point 1): a new workspace is protected
// by default with the person's passphrase, typed twice; keeping it unencrypted is an explicit choice.
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { selectDatabase } from '@/storage/db';
import { openDatabase } from '@/storage/open';
import { currentProtection, keySlots } from '@/storage/protection';
import { CurrentPersonProvider } from '@/data/current-person';
import { ProfilePage } from './profile-page';

let n = 0;
beforeEach(async () => {
  n += 1;
  await openDatabase(selectDatabase(`profile-page-${n}`));
});

function renderPage() {
  render(
    <CurrentPersonProvider>
      <MemoryRouter initialEntries={['/profile']}>
        <ProfilePage />
      </MemoryRouter>
    </CurrentPersonProvider>,
  );
}

async function nameAndDesignation(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Sam Patel');
  await user.type(screen.getByRole('textbox', { name: 'Your designation' }), 'Team manager');
}

describe('setting up a profile', () => {
  it('protects the workspace by default, and says what is wrong with a short or mistyped passphrase', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    renderPage();
    await nameAndDesignation(user);
    expect(screen.getByRole('radio', { name: 'Yes, encrypt it with my passphrase (recommended)' })).toBeChecked();
    await user.type(screen.getByLabelText('Your passphrase'), 'too short');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('link', { name: 'Enter your passphrase of at least 12 characters' })).toBeInTheDocument();
    await expect.poll(() => document.title).toMatch(/^Error: /);

    await user.clear(screen.getByLabelText('Your passphrase'));
    await user.type(screen.getByLabelText('Your passphrase'), 'three random words');
    await user.type(screen.getByLabelText('Type your passphrase again'), 'three random wordz');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('link', { name: 'The passphrases do not match: type the same passphrase twice' })).toBeInTheDocument();
    expect(currentProtection()).toEqual({ state: 'unprotected' });

    await user.clear(screen.getByLabelText('Type your passphrase again'));
    await user.type(screen.getByLabelText('Type your passphrase again'), 'three random words');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    // Deriving the key from the passphrase (600,000 iterations) takes a moment.
    await expect.poll(() => currentProtection().state, { timeout: 15_000 }).toBe('unlocked');
    expect((await keySlots()).map((s) => s.name)).toEqual(['Sam Patel']);
  });

  it('keeps the workspace unencrypted only when that is chosen, and then asks for no passphrase', async () => {
    const user = userEvent.setup();
    renderPage();
    await nameAndDesignation(user);
    await user.click(screen.getByRole('radio', { name: 'No, keep the audits unencrypted in this browser' }));
    expect(screen.queryByLabelText('Your passphrase')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByText(/This workspace is not protected/)).toBeInTheDocument();
    expect(currentProtection()).toEqual({ state: 'unprotected' });
    expect(await keySlots()).toEqual([]);
  });
});
