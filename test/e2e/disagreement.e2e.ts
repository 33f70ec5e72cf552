// A CSW's disagreement in Part B followed through (issue 11, point 13; seed 003, "PART B, CSW COMPLETES"), in Chromium
// through the built app: shown on the home page and the audit until the QA lead records a response and its outcome.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { setUpProfile } from './pages';
import { completedAudits, seedAudits } from './seed';

const h = useBrowser();

describe('a Part B disagreement', () => {
  it('stays on the home page and the audit until a response and outcome are recorded', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Kim Osei', 'Head of QA');
    const audits = completedAudits(['good', 'good', 'good', 'good', 'good', 'good']);
    const disagreed = audits[5]!;
    expect(disagreed.acknowledgement?.outcome).toBe('disagreed');
    await seedAudits(page, audits);

    await page.goto('/');
    const banner = page.getByRole('region', { name: 'Part B disagreements' });
    await banner.waitFor();
    await banner.getByRole('link', { name: `Case ${disagreed.details.caseReference}` }).click();
    await page.getByRole('heading', { name: 'Respond to the CSW’s disagreement' }).waitFor();
    await page.getByRole('button', { name: 'Record the response' }).click();
    expect(await page.getByRole('alert').innerText()).toMatch(/Enter the response to the CSW[\s\S]*Select the outcome/);
    await expectAccessible(page, 'disagreement response with errors');
    await page.getByRole('textbox', { name: 'Your response to the CSW' }).fill('Talked it through with the CSW: the plan was reviewed in time.');
    await page.getByRole('radio', { name: 'Referred to the moderation panel' }).check();
    await page.getByRole('button', { name: 'Record the response' }).click();
    await page.getByRole('heading', { name: `Audit of case ${disagreed.details.caseReference}` }).waitFor();
    expect(await page.getByRole('region', { name: 'Part B disagreement' }).count()).toBe(0);

    await page.goto(`/audits/${disagreed.id}/record`);
    expect(await page.locator('main').innerText()).toMatch(/Response to the disagreement\s+Referred to the moderation panel: Talked it through/);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Audit Workbench', level: 1 }).waitFor();
    expect(await page.getByRole('region', { name: 'Part B disagreements' }).count()).toBe(0);
  });
});
