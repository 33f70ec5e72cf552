// Backups and audit packs in Chromium through the built app (issue: "Nothing saved is ever lost"): back up, clear the
// site's data, restore, and find every audit and answer; two auditors' packs pooled by a QA lead, with one conflict
// shown and resolved field by field.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible, useBrowser } from './harness';
import { setUpProfile, switchTo } from './pages';
import { completedAudits, seedAudits } from './seed';
import { backupOf } from '../builders/backup';
import { GRADES } from '@/domain/grade';

const h = useBrowser();
const folder = mkdtempSync(join(tmpdir(), 'audit-workbench-'));

/** Clicks and saves the file the page offers, under the name it suggests; returns its path. */
async function download(page: Page, button: Locator): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(folder, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

async function changeTeam(page: Page, auditId: string, team: string) {
  await page.goto(`/audits/${auditId}/reopen`);
  await page.getByRole('textbox', { name: 'Why are you reopening this audit?' }).fill('The team was recorded wrongly');
  await page.getByRole('button', { name: 'Reopen the audit' }).click();
  await page.getByRole('heading', { name: /^Audit of case/ }).waitFor();
  await page.goto(`/audits/${auditId}/details`);
  await page.getByRole('textbox', { name: 'Team', exact: true }).fill(team);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { name: /^Audit of case/ }).waitFor();
}

describe('backups and audit packs', () => {
  it('backs up, the site’s data is cleared, and restoring brings back every audit and answer', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    await seedAudits(page, completedAudits(['good', 'inadequate', 'outstanding']));
    await page.goto('/settings');
    expect(await page.locator('#last-backup').innerText()).toContain('has not been backed up');
    const backup = await download(page, page.getByRole('button', { name: 'Download a backup' }));
    await expect.poll(() => page.locator('#last-backup').innerText()).toContain('Last backed up on this device');

    // The site's data cleared: the workspace is gone.
    await page.evaluate(() => new Promise((resolve) => Object.assign(indexedDB.deleteDatabase('audit-workbench'), { onsuccess: resolve, onblocked: resolve })));
    await page.goto('/');
    await setUpProfile(page, 'Kim Osei', 'Head of QA');
    await page.goto('/audits');
    expect(await page.getByText('MOD-001').count()).toBe(0);

    await page.goto('/settings');
    await page.getByLabel('Choose a backup file').setInputFiles(backup);
    const change = page.getByRole('table', { name: 'What restoring will change' });
    await change.waitFor();
    expect(await change.innerText()).toMatch(/Audits\s+0\s+3/);
    await expectAccessible(page, 'restore: what will change');
    await page.getByRole('button', { name: 'Replace the workspace with this backup' }).click();
    await page.getByText('The workspace was restored: 3 audits').waitFor();

    await switchTo(page, 'Sam Patel', 'Team manager');
    await page.goto('/audits');
    for (const ref of ['MOD-001', 'MOD-002', 'MOD-003']) await expect.poll(() => page.locator('main').innerText()).toContain(ref);
    await page.goto('/audits/seeded-2/record');
    const record = await page.locator('main').innerText();
    for (const text of ['MOD-002', 'Seen on the record and discussed with the practitioner.', 'Evidence seen.', 'Inadequate']) expect(record).toContain(text);
  });

  it('a QA lead pools two auditors’ packs; the audit changed on both sides is shown and resolved field by field', async () => {
    const [seeded1, seeded2, seeded3] = completedAudits(['good', 'good', 'outstanding']);
    // Sam's workspace: two audits, shared in a pack.
    const { page: sam } = await h.open('/');
    await setUpProfile(sam, 'Sam Patel', 'Team manager');
    await seedAudits(sam, [seeded1!, seeded2!]);
    await sam.goto('/pooling');
    await sam.getByRole('button', { name: 'Show every auditor’s audits' }).click();
    await sam.getByLabel(/Case MOD-002/).check();
    // Encrypted under a passphrase chosen for the pack (issue "Protecting children's personal data", point 6).
    await sam.getByRole('button', { name: 'Download an audit pack' }).click();
    await sam.getByRole('link', { name: 'Select whether to encrypt the pack' }).waitFor();
    await sam.getByLabel('Yes, with a passphrase I choose for it (recommended)').check();
    await sam.getByLabel('A passphrase for the pack').fill('pack river lantern');
    await sam.getByLabel('The pack’s passphrase again').fill('pack river lantern');
    const first = await download(sam, sam.getByRole('button', { name: 'Download an audit pack' }));
    await sam.getByText('The pack holds 2 audits').waitFor();
    expect(readFileSync(first, 'utf8')).not.toContain('MOD-001');

    // The QA lead brings it in, then changes the team of MOD-001.
    const { page: lead } = await h.open('/');
    await setUpProfile(lead, 'Kim Osei', 'Head of QA');
    await lead.goto('/pooling');
    await lead.getByLabel('Choose audit pack files').setInputFiles(first);
    await lead.getByRole('link', { name: /This file is encrypted\. Enter the passphrase of the passphrase chosen for it to open it\./ }).waitFor();
    await lead.getByLabel('The packs’ passphrase, if they are encrypted').fill('pack river lantern');
    await lead.getByLabel('Choose audit pack files').setInputFiles(first);
    await lead.getByRole('button', { name: 'Bring them in' }).click();
    await lead.getByText('1 pack brought in.').waitFor();
    await changeTeam(lead, 'seeded-1', 'Pod 9');

    // Sam changes the team of MOD-001 too, and shares it again; Robin shares an audit of their own.
    await changeTeam(sam, 'seeded-1', 'Pod 7');
    await sam.goto('/pooling');
    await sam.getByLabel('No, leave it unencrypted').check();
    const second = await download(sam, sam.getByRole('button', { name: 'Download an audit pack' }));
    const { page: robin } = await h.open('/');
    await setUpProfile(robin, 'Robin Shah', 'Senior practitioner');
    await seedAudits(robin, [{ ...seeded3!, details: { ...seeded3!.details, auditor: 'Robin Shah' } }]);
    await robin.goto('/pooling');
    await robin.getByLabel('No, leave it unencrypted').check();
    const robins = await download(robin, robin.getByRole('button', { name: 'Download an audit pack' }));

    // The lead brings both in: Robin's audit is added; MOD-001, changed on both sides, is kept as a conflict.
    await lead.goto('/pooling');
    await lead.getByLabel('Choose audit pack files').setInputFiles([second, robins]);
    const plan = lead.getByRole('table', { name: 'What bringing them in will do' });
    await plan.waitFor();
    expect(await plan.innerText()).toMatch(/Changed on both sides: to be resolved\s+1\s+0/);
    expect(await plan.innerText()).toMatch(/New, added\s+0\s+1/);
    await expectAccessible(lead, 'pooling: what bringing packs in will do');
    await lead.getByRole('button', { name: 'Bring them in' }).click();
    await lead.getByText('2 packs brought in.').waitFor();
    expect(await lead.getByRole('table', { name: 'What was brought in' }).innerText()).toMatch(/Changed on both sides: to be resolved\s+1\s+0/);
    await lead.getByRole('link', { name: 'Audit of case MOD-001' }).click();
    await lead.getByRole('heading', { name: 'Choose between two versions' }).waitFor();
    await expectAccessible(lead, 'a conflict side by side');
    const team = lead.getByRole('group', { name: 'The team' });
    expect(await team.innerText()).toContain('Pod 9');
    expect(await team.innerText()).toContain('Pod 7');
    await lead.getByRole('button', { name: 'Keep these choices' }).click();
    await lead.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await team.getByRole('radio', { name: /Take the version from the pack/ }).check();
    await lead.getByRole('button', { name: 'Keep these choices' }).click();
    await lead.getByRole('heading', { name: 'Pool audits with other auditors' }).waitFor();
    expect(await lead.locator('main').innerText()).toContain('Nothing to resolve');
    await lead.goto('/audits/seeded-1/record');
    expect(await lead.locator('main').innerText()).toContain('Pod 7');
    await lead.goto('/audits/seeded-3/record');
    expect(await lead.locator('main').innerText()).toContain('MOD-003');
  });
});

describe('a restore cut short', () => {
  it('a tab closed in the middle of restoring 10,000 audits leaves the old workspace or the new one, never a mix', async () => {
    const audits = completedAudits(Array.from({ length: 10_000 }, (_, i) => GRADES[i % 4] ?? 'good')).map((a, i) => ({
      ...a,
      id: `big-${i}`,
      rev: `1-${i.toString(16)}`,
    }));
    const backup = join(folder, 'ten-thousand.json');
    writeFileSync(backup, await backupOf(audits));

    const { page, context } = await h.open('/');
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    await seedAudits(page, completedAudits(['good', 'inadequate', 'outstanding']));
    await page.goto('/settings');
    await page.getByLabel('Choose a backup file').setInputFiles(backup);
    await page.getByRole('button', { name: 'Replace the workspace with this backup' }).click({ timeout: 60_000 });
    await expect.poll(() => page.locator('#restore-progress').count(), { timeout: 30_000 }).toBe(1);
    await page.close();

    const after = await context.newPage();
    await after.goto('/');
    const counts = await after.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const open = indexedDB.open('audit-workbench');
          open.onsuccess = () => {
            const tx = open.result.transaction(['audits', 'summaryMonths'], 'readonly');
            const audits = tx.objectStore('audits').count();
            const months = tx.objectStore('summaryMonths').getAll();
            tx.oncomplete = () => {
              open.result.close();
              resolve([audits.result, months.result.reduce((n: number, m: { summaries: object }) => n + Object.keys(m.summaries).length, 0)]);
            };
          };
        }),
    );
    expect([
      [3, 3],
      [10_000, 10_000],
    ]).toContainEqual(counts);
  });
});
