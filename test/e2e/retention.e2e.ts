// Retention (issue "Protecting children's personal data", point 5), in Chromium through the built app: the audits older
// than the period chosen are listed, deleted together once confirmed, and the deletion is recorded without them.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { setUpProfile } from './pages';
import { seedAudits } from './seed';
import { newAudit } from '../builders/audit';

const h = useBrowser();

describe('retention', () => {
  it('lists the audits older than the period, deletes them all once confirmed, and records the deletion without their content', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Kim Osei', 'Head of QA');
    await seedAudits(page, [
      newAudit({ caseReference: 'OLD-001', auditDate: '2019-05-01' }, 'old-1'),
      newAudit({ caseReference: 'OLD-002', auditDate: '2020-06-01' }, 'old-2'),
      newAudit({ caseReference: 'KEPT-001', auditDate: '2025-06-01' }, 'kept-1'),
    ]);
    await page.goto('/settings');
    await page.getByRole('button', { name: 'List audits older than this' }).click();
    await page.getByRole('link', { name: 'Select how long audits are kept' }).waitFor();
    await page.getByLabel('Keep audits for').selectOption({ label: '3 years' });
    await page.getByRole('button', { name: 'List audits older than this' }).click();
    const listed = page.getByRole('table', { name: /^2 audits dated before/ });
    await listed.waitFor();
    expect(await listed.innerText()).toContain('OLD-001');
    expect(await listed.innerText()).not.toContain('KEPT-001');
    await expectAccessible(page, 'settings: audits listed for deletion');
    await page.getByRole('button', { name: 'Delete 2 audits' }).click();
    await page.getByText('2 audits were deleted, with 0 actions raised only in them.').waitFor();
    const recorded = page.getByRole('table', { name: 'Deletions recorded' });
    expect(await recorded.innerText()).toMatch(/Kim Osei, Head of QA\s+Dated before .* \(older than 3 years\)\s+2\s+0/);
    expect(await recorded.innerText()).not.toContain('OLD-');

    await page.goto('/audits');
    await expect.poll(() => page.locator('main').innerText()).toContain('KEPT-001');
    expect(await page.locator('main').innerText()).not.toContain('OLD-001');
  });
});
