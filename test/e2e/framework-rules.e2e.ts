// The rule shapes version 3 of the timescale policies adds (issue 11, point 9), under Camden's policy, in Chromium
// through the built app: a report due "at least 2 days before" the initial conference (seed 000), supervision against
// "at least monthly" for child protection (seed 003), and a child protection visit recorded "within 2 days" (seed 000,
// "Recording"), refused until the date it was recorded is given.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { A_CP_CASE, fillDate, go, openSection, setUpProfile, startAudit } from './pages';

const h = useBrowser();

describe('rules before an event, supervision and recording, under Camden’s policy', () => {
  it('shows a late conference report, overdue supervision and a visit recorded late', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    await go(page, '/settings');
    await page.getByRole('radio', { name: /^Camden/ }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/^New audits will follow Camden/).waitFor();
    await startAudit(page, A_CP_CASE);

    await openSection(page, 'Timescales');
    await fillDate(page, 'Initial child protection conference', '2025-03-14');
    await fillDate(page, 'Social work report provided for the initial conference', '2025-03-13');
    await fillDate(page, 'Invitations to the initial conference sent', '2025-03-07');
    await fillDate(page, 'Case discussion in supervision 1', '2025-05-01');
    const table = page.getByRole('table', { name: 'Timescales for this case' });
    await expect
      .poll(() => table.innerText())
      .toContain('Missed by 1 day: done 13 March 2025, needed by 12 March 2025, at least 2 days before initial child protection conference on 14 March 2025');
    expect(await table.innerText()).toContain('Done 7 March 2025: needed by 7 March 2025, at least 5 working days before initial child protection conference');
    expect(await table.innerText()).toContain('Not held: 9 days past 1 June 2025 by the date of the audit');
    await expectAccessible(page, 'timescales under Camden’s policy');
    await page.getByRole('link', { name: 'Return to the task list' }).click();
    await page.getByRole('heading', { name: 'Audit of case CP-77' }).waitFor();

    await openSection(page, 'Frequency of visiting');
    await page.getByRole('radio', { name: 'Child protection: minimum' }).check();
    await fillDate(page, 'Child protection plan started', '2025-05-01');
    await page.getByRole('button', { name: 'Add a visit' }).click();
    await fillDate(page, 'Date of visit 1', '2025-05-08');
    await page.getByRole('group', { name: 'Was the child seen alone on visit 1?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('group', { name: 'Was visit 1 announced?' }).getByRole('radio', { name: 'Announced', exact: true }).check();
    await page.getByRole('group', { name: "Was the child's bedroom seen on visit 1?" }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Enter the date visit 1 was recorded on the case record');
    await fillDate(page, 'When was visit 1 recorded on the case record?', '2025-05-20');
    const late = page.getByRole('table', { name: 'Visits recorded late' });
    await expect.poll(() => late.innerText()).toMatch(/8 May 2025\s+10 May 2025\s+20 May 2025\s+10/);
    expect(await page.locator('main').innerText()).toMatch(
      /Visits recorded\s+1 of 1 with the date recorded; the policy asks within 2 days of the visit\. 1 recorded late\./,
    );
    await expectAccessible(page, 'visiting under Camden’s policy');
  });
});
