// Actions from finding to evidenced impact (seed 002, "Findings, accountability and impact"), in Chromium through
// the built app. The browser's clock is set, so that an action becomes overdue as the date passes.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { completePartA, keyboard, setUpProfile, startAudit } from './pages';

const h = useBrowser();

describe('the action register', () => {
  it('actions raised in an audit appear; one is reviewed, one becomes overdue, one is completed; the supervision list shows them: by keyboard', async () => {
    const { page } = await h.open();
    const by = keyboard(page);
    await page.clock.setFixedTime(new Date('2025-03-10T10:00:00'));
    await page.goto('/');
    await setUpProfile(page, 'Sam Patel', 'Team manager', by);
    await startAudit(
      page,
      {
        caseReference: 'CR-31',
        team: 'Pod 3',
        practitioner: 'Jo Lee',
        csw: 'Sam Patel',
        date: ['10', '3', '2025'],
        caseType: 'Child in need',
        activity: 'Dip sampling',
      },
      by,
    );
    await completePartA(
      page,
      [
        { what: 'Update the chronology with the last three core groups', who: 'Jo Lee', role: 'Social worker', within: 'within 1 week' },
        { what: 'Hold a CIN review within the month and record the child’s views', who: 'Jo Lee', role: 'Social worker', within: 'within 4 weeks' },
        { what: 'Record the reasons the child was not seen alone on each visit', who: 'Jo Lee', role: 'Social worker', within: 'within 2 weeks' },
      ],
      by,
    );
    await by.press(page.getByRole('link', { name: 'Check your answers and re-assign to the CSW' }));
    await by.press(page.getByRole('button', { name: 'Submit Part A and go to Part B' }));
    await page.getByRole('heading', { name: 'Acknowledgement by the CSW' }).waitFor();

    // A service action that is not for the practitioner's supervision.
    await page.goto('/actions/new');
    await by.fill(page.getByRole('textbox', { name: 'What is to be done', exact: true }), 'Run two workshops on management oversight for all pod managers');
    await by.check(page.getByRole('radio', { name: 'Service' }));
    await by.fill(page.getByRole('textbox', { name: 'Who will do it', exact: true }), 'Chris Day');
    await by.fill(page.getByRole('textbox', { name: 'Their role', exact: true }), 'Head of Service');
    await by.fill(page.getByRole('textbox', { name: 'Or a timescale from today', exact: true }), 'within 3 months');
    await expectAccessible(page, 'new action');
    await by.press(page.getByRole('button', { name: 'Add the action' }));
    await page.getByRole('heading', { name: 'Action', exact: true, level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/Due\s+10 June 2025/);

    await page.goto('/actions');
    const register = page.getByRole('table', { name: 'All open actions' });
    await expect.poll(() => register.locator('tbody tr').count()).toBe(4);
    expect(await register.innerText()).toContain('Update the chronology with the last three core groups');
    await expectAccessible(page, 'action register');

    // Status updates for several actions at once.
    await by.check(page.getByRole('checkbox', { name: 'Select “Hold a CIN review within the month and record the child’s views”' }));
    await by.check(page.getByRole('checkbox', { name: 'Select “Record the reasons the child was not seen alone on each visit”' }));
    await by.select(page.getByLabel('New status'), 'In progress');
    await by.press(page.getByRole('button', { name: 'Update 2 selected' }));
    await page.getByText('2 actions updated.').waitFor();
    expect(await register.locator('tbody tr', { hasText: 'In progress' }).count()).toBe(2);

    // Review one.
    await by.press(register.getByRole('link', { name: 'Hold a CIN review within the month and record the child’s views' }));
    await page.getByRole('heading', { name: 'Action', exact: true, level: 1 }).waitFor();
    await by.fill(page.getByRole('textbox', { name: 'What the review found', exact: true }), 'Review booked for 2 April');
    await by.press(page.getByRole('button', { name: 'Record the review' }));
    await page.getByText('The review is recorded.').waitFor();
    // The page shows the review once it has read the action again after the write.
    await page.getByText('Sam Patel (Team manager): Review booked for 2 April').waitFor();
    await expectAccessible(page, 'an action');

    // Complete one with evidence of impact.
    await page.goto('/actions');
    await by.press(page.getByRole('link', { name: 'Update the chronology with the last three core groups' }));
    await by.fill(page.getByRole('textbox', { name: 'Evidence that it is done', exact: true }), 'Chronology updated on 14 March');
    await by.fill(
      page.getByRole('textbox', { name: 'Impact: what changed for the child or the service', exact: true }),
      'The plan now reflects the core group decisions',
    );
    await by.press(page.getByRole('button', { name: 'Complete the action' }));
    await page.getByText('The action is completed.').waitFor();
    // Whether a later audit confirms the impact comes from a later audit's link to this one, not a tick box (issue 11, point 12).
    expect(await page.locator('main').innerText()).toMatch(/Confirmed by a later audit\s+Not yet/);

    // Time passes: on 26 March the two-week action (due 24 March) is overdue.
    await page.clock.setFixedTime(new Date('2025-03-26T09:00:00'));
    await page.goto('/');
    await page.getByRole('heading', { name: 'Audit Workbench', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: '1 overdue' }).count()).toBe(1);
    await by.press(page.getByRole('link', { name: '1 overdue' }));
    const overdue = page.getByRole('table', { name: 'Overdue' });
    await expect.poll(() => overdue.locator('tbody tr').count()).toBe(1);
    expect(await overdue.innerText()).toContain('Record the reasons the child was not seen alone on each visit');

    // The supervision list for Jo Lee: her three practice actions, not the service action.
    await page.goto('/actions/supervision');
    await by.select(page.getByLabel('Practitioner'), 'Jo Lee');
    const list = page.getByRole('table', { name: 'Practice actions from audits' });
    const rows = await list.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows.join('\n')).not.toContain('workshops');
    expect(rows.find((r) => r.includes('chronology'))).toContain('Completed');
    expect(rows.find((r) => r.includes('not seen alone'))).toContain('Overdue');
    expect(rows.find((r) => r.includes('CIN review'))).toContain('Review booked for 2 April');
    await expectAccessible(page, 'supervision list');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('actions-for-supervision-jo-lee-2025-03-26.csv');
    // A byte-order mark first, so Excel reads the names and curly quotes as UTF-8.
    expect((await readFile(await file.path(), 'utf8')).charCodeAt(0)).toBe(0xfeff);
  });
});
