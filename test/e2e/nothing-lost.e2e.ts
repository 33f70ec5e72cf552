// Nothing saved is ever lost (issue: "Nothing saved is ever lost"): each way typed work used to be lost, in Chromium
// through the built app, is now either kept or refused with a message that says what to do.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, useBrowser } from './harness';
import { openSection, setUpProfile, startAudit, waitForSaved, A_CASE } from './pages';

const h = useBrowser();

const CASE = { ...A_CASE, caseReference: 'CR-LOST' };

async function audit(page: Page): Promise<string> {
  await setUpProfile(page, 'Sam Patel', 'Team manager');
  await startAudit(page, CASE);
  return page.url();
}

const evidence = (page: Page) => page.getByRole('textbox', { name: 'Evidence and comments', exact: true });

describe('nothing typed is lost', () => {
  it('leaving the app or closing the tab within the autosave pause asks first, and what was typed is there on coming back', async () => {
    const { page, context } = await h.open('/');
    const auditUrl = await audit(page);
    await openSection(page, 'Recording');
    let asked = '';
    page.on('dialog', (d) => {
      asked = d.type();
      void d.accept();
    });
    await evidence(page).fill('Typed moments before leaving the app.');
    await page.goto('/settings');
    expect(asked).toBe('beforeunload');
    await page.goto(`${auditUrl}/sections/recording`);
    await expect.poll(() => evidence(page).inputValue()).toBe('Typed moments before leaving the app.');

    // Closing the tab straight after typing: asked first, and the words are there in a new tab.
    await evidence(page).fill('Typed moments before closing the tab.');
    asked = '';
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toBe('beforeunload');
    const again = await context.newPage();
    await again.goto(`${auditUrl}/sections/recording`);
    await expect.poll(() => evidence(again).inputValue()).toBe('Typed moments before closing the tab.');
  });

  it('two tabs on different sections of one audit both keep their answers', async () => {
    const { page, context } = await h.open('/');
    const auditUrl = await audit(page);
    const other = await context.newPage();
    await page.goto(`${auditUrl}/sections/recording`);
    await other.goto(`${auditUrl}/sections/assessment`);
    await evidence(page).fill('Recording answered in the first tab.');
    await evidence(other).fill('Assessment answered in the second tab.');
    await waitForSaved(page);
    await waitForSaved(other);
    await page.reload();
    expect(await evidence(page).inputValue()).toBe('Recording answered in the first tab.');
    await page.goto(`${auditUrl}/sections/assessment`);
    expect(await evidence(page).inputValue()).toBe('Assessment answered in the second tab.');
  });

  it('two tabs changing different audit details both keep their change; the same field is refused, saying what changed', async () => {
    const { page, context } = await h.open('/');
    const auditUrl = await audit(page);
    const other = await context.newPage();
    await page.goto(`${auditUrl}/details`);
    await other.goto(`${auditUrl}/details`);
    await page.getByRole('textbox', { name: 'Team', exact: true }).fill('Pod 4');
    await other.getByRole('textbox', { name: 'Practitioner (allocated social worker)', exact: true }).fill('Ann Other');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Audit of case CR-LOST' }).waitFor();
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.getByRole('heading', { name: 'Audit of case CR-LOST' }).waitFor();
    const details = await other.locator('main').innerText();
    expect(details).toContain('Pod 4');
    expect(details).toContain('Ann Other');

    await page.goto(`${auditUrl}/details`);
    await other.goto(`${auditUrl}/details`);
    await page.getByRole('textbox', { name: 'Team', exact: true }).fill('Pod 5');
    await other.getByRole('textbox', { name: 'Team', exact: true }).fill('Pod 6');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Audit of case CR-LOST' }).waitFor();
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await other.getByRole('alert').innerText()).toContain('the team (now “Pod 5”)');
    expect(await other.getByRole('textbox', { name: 'Team', exact: true }).inputValue()).toBe('Pod 6');
    await expectAccessible(other, 'a change refused because the same field changed elsewhere');
  });

  it('a section whose save is refused keeps what was typed, and says so on every page until it is saved', async () => {
    const { page, context } = await h.open('/');
    const auditUrl = await audit(page);
    const other = await context.newPage();
    await page.goto(`${auditUrl}/sections/recording`);
    await other.goto(`${auditUrl}/sections/recording`);
    await evidence(other).fill('Written in the other tab first.');
    await waitForSaved(other);
    await evidence(page).fill('Written here second.');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toContain('Not saved');
    await page.getByRole('link', { name: 'Return to the task list' }).click();
    const banner = page.getByRole('region', { name: 'Not saved' });
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Recording, in the audit of case CR-LOST');
    await expectAccessible(page, 'the not-saved banner');
    await banner.getByRole('link', { name: 'Recording, in the audit of case CR-LOST' }).click();
    expect(await evidence(page).inputValue()).toBe('Written here second.');
  });

  it('a key date that is no real date, or has no year, is kept as typed with a message beside it', async () => {
    const { page } = await h.open('/');
    const auditUrl = await audit(page);
    await page.goto(`${auditUrl}/sections/timescales`);
    const referral = page.getByRole('group', { name: 'Contact received', exact: true });
    await referral.getByLabel('Day').fill('31');
    await referral.getByLabel('Month').fill('2');
    await referral.getByLabel('Year').fill('2025');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('must be a real date');
    await waitForSaved(page);
    await page.reload();
    const again = page.getByRole('group', { name: 'Contact received', exact: true });
    expect([await again.getByLabel('Day').inputValue(), await again.getByLabel('Month').inputValue(), await again.getByLabel('Year').inputValue()]).toEqual([
      '31',
      '02',
      '2025',
    ]);
  });

  it('when another tab opens a newer version, this tab stops writing, keeps the page, and offers a reload', async () => {
    const { page } = await h.open('/');
    const auditUrl = await audit(page);
    await page.goto(`${auditUrl}/sections/recording`);
    await evidence(page).fill('Still on the screen after the upgrade elsewhere.');
    await waitForSaved(page);
    // Another tab upgrading the workspace, as a newer version of the app would.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const current = indexedDB.open('audit-workbench');
          current.onsuccess = () => {
            const version = current.result.version;
            current.result.close();
            const upgrade = indexedDB.open('audit-workbench', version + 10);
            upgrade.onsuccess = () => {
              upgrade.result.close();
              resolve();
            };
            upgrade.onerror = () => reject(upgrade.error);
          };
        }),
    );
    const banner = page.getByRole('alert').filter({ hasText: 'Updated in another tab' });
    await banner.waitFor();
    expect(await banner.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
    expect(await evidence(page).inputValue()).toBe('Still on the screen after the upgrade elsewhere.');
  });

  it('an older copy of the app refuses a newer workspace and leaves it exactly as it was', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    const newer = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[] }>((resolve) => {
          const current = indexedDB.open('audit-workbench');
          current.onsuccess = () => {
            const version = current.result.version + 10;
            current.result.close();
            const upgrade = indexedDB.open('audit-workbench', version);
            upgrade.onupgradeneeded = () => upgrade.result.createObjectStore('fromTheFuture', { keyPath: 'id' });
            upgrade.onsuccess = () => {
              const stores = [...upgrade.result.objectStoreNames].sort();
              upgrade.result.close();
              resolve({ version, stores });
            };
          };
        }),
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Sorry, the workspace cannot be opened' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('saved by a newer version of Audit Workbench');
    const after = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[] }>((resolve) => {
          const request = indexedDB.open('audit-workbench');
          request.onsuccess = () => {
            const found = { version: request.result.version, stores: [...request.result.objectStoreNames].sort() };
            request.result.close();
            resolve(found);
          };
        }),
    );
    expect(after).toEqual(newer);
  });
});
