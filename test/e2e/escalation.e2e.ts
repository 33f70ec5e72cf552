// Every Inadequate finding escalates (issue 11, point 3; seed 002, "Addressing practice concerns during auditing
// activity": "The auditor will immediately escalate the matter to the senior management team where findings are:
// inadequate ..."), in Chromium through the built app: one area graded Inadequate in an otherwise good audit is an open
// escalation on the home page at once.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { choose, openSection, saveAndContinue, setUpProfile, startAudit, A_CASE } from './pages';

const h = useBrowser();

describe('escalation of an Inadequate area', () => {
  it('raises an open escalation as soon as one area is graded Inadequate, whatever the overall judgement', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    await startAudit(page, { ...A_CASE, caseReference: 'ESC-001' });
    await openSection(page, 'Recording');
    await choose(page, 'Are there significant recording issues?', 'No');
    await choose(page, 'How good is the recording?', 'Inadequate');
    await page.getByRole('textbox', { name: 'Evidence and comments', exact: true }).fill('Visits not recorded for three months.');
    await saveAndContinue(page);

    await page.goto('/');
    const escalations = page.getByRole('region', { name: 'Open escalations' });
    await escalations.waitFor();
    expect(await escalations.innerText()).toContain('ESC-001');
    await expectAccessible(page, 'home with the escalation of an Inadequate area');
    await page.goto('/audits');
    await page.getByRole('link', { name: 'ESC-001' }).click();
    expect(await page.locator('main').innerText()).toMatch(/An area of practice is graded Inadequate/i);
  });
});
