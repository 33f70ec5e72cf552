// Every Inadequate finding escalates (issue 11, point 3; seed 002, "Addressing practice concerns during auditing
// activity": "The auditor will immediately escalate the matter to the senior management team where findings are:
// inadequate ..."), in Chromium through the built app: one area graded Inadequate in an otherwise good audit is an open
// escalation on the home page at once; and an escalation followed through (point 11): told, how soon, then senior
// management's response and the action plan from the register.
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
    const auditUrl = page.url();

    // Followed through (issue 11, point 11): who was told, how soon, and then the response and the action plan.
    await page.goto(`${auditUrl}/escalation`);
    await page.getByLabel('Who in senior management was told').fill('Pat Rowe');
    await page.getByLabel('Their role').fill('Head of Service');
    await page.getByLabel('Time they were told').fill('00:00');
    await page.getByRole('button', { name: 'Record the escalation' }).click();
    await page.getByRole('heading', { name: /^Audit of case ESC-001/ }).waitFor();
    await page.goto('/');
    const unplanned = page.getByRole('region', { name: 'Escalations without an action plan' });
    await unplanned.waitFor();
    expect(await unplanned.innerText()).toContain('ESC-001');

    await page.goto(`${auditUrl}/escalation`);
    await page.getByText('The same day as the finding: immediately, as the framework asks').waitFor();
    await page.getByRole('button', { name: 'Record the response and plan' }).click();
    const problems = page.getByRole('alert');
    await problems.waitFor();
    expect(await problems.innerText()).toContain('Enter senior management’s response');
    await expectAccessible(page, 'the escalation page with the plan’s errors');
    // The plan's actions are in the register: add one for the team, then link it.
    await page.getByRole('link', { name: 'Add the plan’s actions to the action register' }).click();
    await page.getByLabel('What is to be done').fill('Reallocate the case and review the plan weekly for 6 weeks');
    await page.getByRole('radio', { name: 'Service' }).check();
    await page.getByLabel('Who will do it').fill('Pat Rowe');
    await page.getByLabel('Their role', { exact: true }).fill('Head of Service');
    await page.getByRole('group', { name: 'Due date' }).getByLabel('Day').fill('1');
    await page.getByRole('group', { name: 'Due date' }).getByLabel('Month').fill('6');
    await page.getByRole('group', { name: 'Due date' }).getByLabel('Year').fill('2030');
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByRole('heading', { name: 'Action', level: 1 }).waitFor();

    await page.goto(`${auditUrl}/escalation`);
    await page.getByLabel('Senior management’s response').fill('Case to be reallocated today; plan reviewed weekly.');
    await page.getByLabel('Time of the response').fill('00:00');
    await page.getByLabel(/Reallocate the case and review the plan weekly/).check();
    await page.getByRole('button', { name: 'Record the response and plan' }).click();
    const plan = page.getByRole('region', { name: 'Response and action plan' });
    await expect.poll(() => plan.innerText()).toContain('Case to be reallocated today; plan reviewed weekly.');
    expect(await plan.innerText()).toMatch(/Reallocate the case and review the plan weekly for 6 weeks\s*\(open, due 1 June 2030, 0 reviews\)/);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Audit Workbench', level: 1 }).waitFor();
    expect(await page.getByRole('region', { name: 'Escalations without an action plan' }).count()).toBe(0);
  });
});
