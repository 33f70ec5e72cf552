// The board report in words (issue: "For heads of QA", point 1), in Chromium through the built app: written for a
// team's period beside its figures, saved as it is typed, refused while it names a practitioner, issued with its
// figures frozen, and printed again after a reload.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { setUpProfile } from './pages';
import { completedAudits, seedAudits } from './seed';

const h = useBrowser();

describe('a board report', () => {
  it('is written for a team, refused while it names someone, issued with its figures frozen, and printed again after a reload', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Kim Osei', 'Head of QA');
    const audits = completedAudits(['good', 'inadequate', 'requires-improvement', 'good']);
    await seedAudits(page, audits.slice(0, 3));

    await page.goto('/reports?from=2025-01-01&to=2025-12-31&team=Pod%201');
    await page.getByRole('button', { name: 'Write a board report for this period' }).click();
    await page.getByRole('heading', { name: 'Audit overview: 1 January 2025 to 31 December 2025, Pod 1' }).waitFor();
    const keyFindings = page.getByRole('textbox', { name: 'Key findings' });
    await keyFindings.fill('One audit of Pod 1 this year, judged Good. Jo Lee’s direct work stood out.');
    await page.getByRole('textbox', { name: 'Recommendations' }).fill('Keep the chronology template.');
    await expect.poll(() => page.getByText('Saved', { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'board report draft');

    // Drafts survive a reload.
    await page.reload();
    await page.getByRole('textbox', { name: 'Key findings' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Key findings' }).inputValue()).toContain('Jo Lee’s direct work');

    // Words typed just before a reload, within the pause before saving, are there after it too.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('textbox', { name: 'What is working well' }).fill('Typed just before a reload.');
    expect(await page.getByText('Saved', { exact: true }).count()).toBe(0);
    await page.reload();
    await page.getByRole('textbox', { name: 'Key findings' }).waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'What is working well' }).inputValue()).toBe('Typed just before a reload.');
    await expect.poll(() => page.getByText('Saved', { exact: true }).count()).toBe(1);
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'What is working well' }).inputValue()).toBe('Typed just before a reload.');

    await page.getByRole('button', { name: 'Issue the report' }).click();
    await page.getByRole('alert').getByText('The report names Jo Lee').first().waitFor();
    await page.getByRole('textbox', { name: 'Key findings' }).fill('One audit of Pod 1 this year, judged Good. The direct work stood out.');
    await expect.poll(() => page.getByText('Saved', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Issue the report' }).click();
    await page.getByText(/^Issued on .* by Kim Osei, Head of QA/).waitFor();

    // An audit of Pod 1 made after issuing does not change the issued figures.
    await seedAudits(page, [{ ...audits[3]!, details: { ...audits[3]!.details, team: 'Pod 1' } }]);
    await page.reload();
    await page.getByText(/^Issued on/).waitFor();
    const audited = page
      .locator('.govuk-summary-list__row', { has: page.getByText('Audits', { exact: true }) })
      .locator('dd')
      .first();
    expect((await audited.innerText()).trim()).toBe('1');
    expect(await page.getByText('The direct work stood out.').count()).toBe(1);
    await expectAccessible(page, 'issued board report');

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole('button', { name: 'Print the report' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.goto('/reports/board');
    await expect.poll(() => page.getByRole('row', { name: /Audit overview: .*Pod 1.*Issued/ }).count()).toBe(1);
    await expectAccessible(page, 'the list of board reports');
  });
});
