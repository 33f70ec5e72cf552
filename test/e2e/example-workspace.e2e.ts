// The example workspace (issue: "For heads of QA", point 4), in Chromium through the built app: opened from Settings,
// clearly labelled on every page, every page working at once, never mixed with the person's own workspace, and
// removed in one step.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { setUpProfile, startAudit, A_CASE } from './pages';

const h = useBrowser();

describe('the example workspace', () => {
  it('opens from Settings beside the real workspace, shows every page working, and is removed in one step', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    await startAudit(page, { ...A_CASE, caseReference: 'REAL-001' });

    await page.goto('/settings');
    // The app starts again in the example workspace, on its home page.
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Open the example workspace' }).click(),
    ]);
    await page.getByText('Example workspace:', { exact: false }).first().waitFor({ timeout: 60_000 });
    await expectAccessible(page, 'home in the example workspace');
    expect(await page.getByText('Working as Quinn Example').count()).toBe(1);

    await page.goto('/audits');
    await expect.poll(() => page.getByText(/Showing 240 of 240 audits/).count()).toBe(1);
    expect(await page.getByText('REAL-001').count()).toBe(0);
    await page.goto('/reports');
    await page.getByRole('heading', { name: 'Audit overview report' }).waitFor();
    expect(await page.getByText('Example workspace:').count()).toBe(1);
    await page.goto('/moderation');
    await page.getByRole('link', { name: 'Example moderation round' }).waitFor();
    await page.goto('/actions');
    await expect.poll(() => page.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(0);
    await page.goto('/programme');
    await page.getByRole('link', { name: 'Example auditing programme' }).waitFor();

    await page.goto('/settings');
    await page.getByRole('button', { name: 'Remove the example workspace' }).click();
    await page
      .getByRole('heading', { name: /Audit Workbench|Home|Your work/ })
      .first()
      .waitFor();
    await page.goto('/audits');
    await page.getByRole('link', { name: 'REAL-001' }).waitFor();
    expect(await page.getByText('Example workspace:').count()).toBe(0);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('audit-workbench-example');
  });
});
