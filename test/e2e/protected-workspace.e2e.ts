// A key per person, and locking (issue "Protecting children's personal data", points 1 and 3), in Chromium through the
// built app: a new workspace protected at first use, locking when idle with text half typed and finding it after
// unlocking, a wrong passphrase refused at its field, changing a passphrase, adding and removing a person, and Part B
// only by the CSW named on the audit, unlocked as themselves.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, useBrowser } from './harness';
import { A_CASE, completePartA, go, openSection, rememberPassphrase, setUpProfile, startAudit, unlockAs } from './pages';

const h = useBrowser();

const SAMS = 'sam correct horse battery';
const ALEXS = 'alex staple river lantern';

const locked = (page: Page) => page.getByRole('heading', { name: 'Audit Workbench is locked' });
const evidence = (page: Page) => page.getByRole('textbox', { name: 'Evidence and comments', exact: true });

/** Tries a passphrase on the lock screen, which stays when it is wrong. */
async function tryPassphrase(page: Page, name: string, passphrase: string) {
  await locked(page).waitFor();
  const who = page.getByRole('radio', { name });
  if (await who.count()) await who.check();
  await page.getByLabel('Your passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

async function lockFromHeader(page: Page) {
  await page.getByRole('button', { name: 'Lock the workspace' }).click();
  await locked(page).waitFor();
}

describe('a protected workspace', () => {
  it('locks when idle with text half typed, and the text is there after unlocking; a wrong passphrase is refused at its field', async () => {
    const { page } = await h.open('/', { clock: true });
    await setUpProfile(page, 'Sam Patel', 'Team manager', undefined, SAMS);
    await go(page, '/settings');
    await page.getByLabel('Lock the workspace when it has not been used for').selectOption({ label: '1 minute' });
    await page.getByRole('button', { name: 'Save locking' }).click();
    await page.getByText('The workspace now locks after 1 minute without use.').waitFor();
    await startAudit(page, A_CASE);
    await openSection(page, 'Recording');
    const sectionUrl = page.url();
    await evidence(page).fill('Half typed when the workspace loc');
    // Nobody touches the page for a minute: it locks, and nothing of the audit is on the screen.
    await page.clock.runFor(61_000);
    await locked(page).waitFor();
    expect(await page.getByText('CR-1').count()).toBe(0);
    expect(await page.title()).toBe('Locked – Audit Workbench');
    await expectAccessible(page, 'the lock screen');

    await tryPassphrase(page, 'Sam Patel', 'not the passphrase at all');
    await page.getByRole('link', { name: 'The passphrase is not right for Sam Patel. Check it and try again' }).waitFor();
    expect(await page.title()).toBe('Error: Locked – Audit Workbench');
    await expectAccessible(page, 'the lock screen with an error');

    await unlockAs(page, 'Sam Patel', SAMS);
    await page.getByRole('heading', { name: 'Recording', level: 1 }).waitFor();
    expect(page.url()).toBe(sectionUrl);
    expect(await evidence(page).inputValue()).toBe('Half typed when the workspace loc');

    // Reopened in a new page of the same browser: locked again, and the text is still there after unlocking.
    await page.reload();
    await unlockAs(page, 'Sam Patel', SAMS);
    await page.getByRole('heading', { name: 'Recording', level: 1 }).waitFor();
    expect(await evidence(page).inputValue()).toBe('Half typed when the workspace loc');
  });

  it('changes a passphrase; adds a person who unlocks as themselves and alone completes Part B; removes them', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Sam Patel', 'Team manager', undefined, SAMS);
    await startAudit(page, A_CASE);
    const auditUrl = page.url();
    await completePartA(page);
    await page.getByRole('link', { name: 'Check your answers and re-assign to the CSW' }).click();
    await page.getByRole('button', { name: 'Submit Part A and re-assign to Alex Morgan' }).click();
    await page.getByRole('heading', { name: 'Audit of case CR-1' }).waitFor();

    // Change Sam's passphrase: a wrong current one is refused, at its field.
    await go(page, '/profile');
    await page.getByRole('heading', { name: 'Who is working' }).waitFor();
    await expectAccessible(page, 'the profile page of a protected workspace');
    await page.getByLabel('Your current passphrase').fill('not it');
    await page.getByLabel('Your new passphrase', { exact: true }).fill('sam new passphrase here');
    await page.getByLabel('Your new passphrase again').fill('sam new passphrase here');
    await page.getByRole('button', { name: 'Change your passphrase' }).click();
    await page.getByRole('link', { name: 'Your current passphrase is not right' }).waitFor();
    await page.getByLabel('Your current passphrase').fill(SAMS);
    await page.getByRole('button', { name: 'Change your passphrase' }).click();
    await page.getByText('Your passphrase has been changed.').waitFor();
    rememberPassphrase(page, 'Sam Patel', 'sam new passphrase here');

    // Add Alex Morgan, the CSW named on the audit, with a passphrase of their own.
    await page.getByLabel('Their name').fill('Alex Morgan');
    await page.getByLabel('Their designation').fill('Consultant social worker');
    await page.getByLabel('Their passphrase', { exact: true }).fill(ALEXS);
    await page.getByLabel('Their passphrase again').fill(ALEXS);
    await page.getByLabel('Your passphrase', { exact: true }).fill('sam new passphrase here');
    await page.getByRole('button', { name: 'Add them' }).click();
    await page.getByText('Alex Morgan can now unlock the workspace with their passphrase.').waitFor();

    // Sam, unlocked as Sam, cannot complete Part B.
    await go(page, `${auditUrl}/part-b`);
    await page.getByText('Part B is completed by Alex Morgan, the CSW for this case. You are working as Sam Patel.').waitFor();
    expect(await page.getByRole('button', { name: 'Complete the audit' }).count()).toBe(0);

    // The old passphrase no longer unlocks; Alex unlocks as Alex and completes Part B.
    await lockFromHeader(page);
    await tryPassphrase(page, 'Sam Patel', SAMS);
    await page.getByRole('link', { name: 'The passphrase is not right for Sam Patel. Check it and try again' }).waitFor();
    await unlockAs(page, 'Alex Morgan', ALEXS);
    await page.getByRole('heading', { name: 'Acknowledgement by the CSW' }).waitFor();
    await page.getByText('Working as Alex Morgan, Consultant social worker.').waitFor();
    await page.getByRole('radio', { name: 'Yes, the audit is received and the recommendations are noted and accepted' }).check();
    await page.getByRole('button', { name: 'Complete the audit' }).click();
    await page.getByRole('heading', { name: 'Audit of case CR-1' }).waitFor();
    expect(await page.getByText('Complete', { exact: true }).count()).toBe(1);

    // Sam removes Alex, who can no longer unlock.
    await lockFromHeader(page);
    await unlockAs(page, 'Sam Patel', 'sam new passphrase here');
    await go(page, '/profile');
    await page.getByRole('button', { name: 'Remove Alex Morgan' }).click();
    await page.getByRole('button', { name: 'Remove Alex Morgan' }).last().click();
    await page.getByText('Alex Morgan can no longer unlock the workspace.').waitFor();
    await lockFromHeader(page);
    expect(await page.getByRole('radio', { name: 'Alex Morgan' }).count()).toBe(0);
  });
});
