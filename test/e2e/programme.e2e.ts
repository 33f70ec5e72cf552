// The annual auditing programme (seed 002, "Annual auditing programme"), the overview report and a blind moderation
// round limited to the programme, in Chromium through the built app, by keyboard alone. The browser's clock is set
// to 23 November 2026, in the programme year April 2026 to March 2027.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { choose, completePartA, keyboard, setUpProfile } from './pages';

const h = useBrowser();

describe('the auditing programme', () => {
  it('is set up from the timetable, an audit counts towards an activity, the report and a blind round follow it: by keyboard', async () => {
    const { page } = await h.open();
    const by = keyboard(page);
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
    await page.goto('/');
    await setUpProfile(page, 'Sam Patel', 'Head of Service for Quality Assurance', by);

    await by.press(page.getByRole('link', { name: 'Programme', exact: true }));
    await page.getByRole('heading', { name: 'Auditing programme', level: 1 }).waitFor();
    await expectAccessible(page, 'programmes');
    await by.press(page.getByRole('button', { name: 'Set up a programme' }));
    await by.press(page.getByRole('button', { name: 'Set up the programme' }));
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Select whether to start from the framework’s timetable');
    await expectAccessible(page, 'new programme with errors');
    await by.fill(page.getByRole('textbox', { name: 'Name of the programme', exact: true }), 'Auditing programme 2026 to 2027');
    expect(await page.getByLabel('Programme year').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.label)).toBe('April 2026 to March 2027');
    await by.check(page.getByRole('radio', { name: 'Yes, start from the timetable' }));
    await by.press(page.getByRole('button', { name: 'Set up the programme' }));
    await page.getByRole('heading', { name: 'Auditing programme 2026 to 2027', level: 1 }).waitFor();

    // The framework's timetable, month by month, judged against today.
    const activities = page.getByRole('table', { name: 'Activities' });
    await expect.poll(() => activities.locator('tbody tr').count()).toBe(11);
    expect(await activities.locator('tbody tr').first().innerText()).toMatch(/April 2026\s+Dip sampling.*Not done/s);
    expect(await activities.locator('tbody tr', { hasText: 'November 2026' }).innerText()).toMatch(/Practice week.*Under way/s);
    // "Up to 30" case records is a cap, not a target (seed 002; issue 11, point 5): no number is planned until set.
    expect(await activities.locator('tbody tr', { hasText: 'January 2027' }).innerText()).toMatch(/Thematic audit.*Not set.*Planned/s);
    await expectAccessible(page, 'programme');

    // Add a thematic audit of recording in Pod 3 this month.
    await by.select(page.getByLabel('Month', { exact: true }), 'November 2026');
    await by.select(page.getByLabel('Audit activity', { exact: true }), 'Thematic audit');
    await by.select(page.getByLabel('Area of practice in focus (optional)'), 'Recording');
    await by.fill(page.getByRole('textbox', { name: 'Team (optional)', exact: true }), 'Pod 3');
    await by.fill(page.getByRole('textbox', { name: 'Audits planned (optional)', exact: true }), 'two');
    await by.press(page.getByRole('button', { name: 'Add the activity' }));
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Enter the number of audits planned as a whole number');
    await by.fill(page.getByRole('textbox', { name: 'Audits planned (optional)', exact: true }), '2');
    await by.press(page.getByRole('button', { name: 'Add the activity' }));
    await expect.poll(() => activities.locator('tbody tr').count()).toBe(12);

    // Start an audit from that activity: its activity and team come with it.
    const entry = 'November 2026: Thematic audit, Recording, Pod 3';
    await by.press(page.getByRole('link', { name: `Start an audit for ${entry}` }));
    await page.getByRole('heading', { name: 'Start an audit' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Team', exact: true }).inputValue()).toBe('Pod 3');
    expect(await page.getByRole('radio', { name: 'Thematic audit' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Part of the auditing programme (optional)').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.label)).toBe(
      `Auditing programme 2026 to 2027: ${entry}`,
    );
    await by.fill(page.getByRole('textbox', { name: 'Case reference', exact: true }), 'PRG-1');
    await by.fill(page.getByRole('textbox', { name: 'Practitioner (allocated social worker)', exact: true }), 'Jo Lee');
    await by.fill(page.getByRole('textbox', { name: 'Consultant social worker (CSW)', exact: true }), 'Sam Patel');
    await by.check(page.getByRole('group', { name: 'Case type' }).getByLabel('Child in need', { exact: true }));
    // A different activity from the programme's is refused, next to the field.
    await by.check(page.getByRole('group', { name: 'Audit activity' }).getByLabel('Dip sampling', { exact: true }));
    await by.press(page.getByRole('button', { name: 'Start audit' }));
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('group', { name: 'Audit activity' }).innerText()).toContain(
      'The programme activity chosen is Thematic audit: select Thematic audit, or choose another programme activity',
    );
    await expectAccessible(page, 'start an audit in the programme, with errors');
    await by.check(page.getByRole('group', { name: 'Audit activity' }).getByLabel('Thematic audit', { exact: true }));
    await by.press(page.getByRole('button', { name: 'Start audit' }));
    await page.getByRole('heading', { name: 'Audit of case PRG-1' }).waitFor();
    await completePartA(page, undefined, by);
    await by.press(page.getByRole('link', { name: 'Check your answers and re-assign to the CSW' }));
    await by.press(page.getByRole('button', { name: 'Submit Part A and go to Part B' }));
    await page.getByRole('heading', { name: 'Acknowledgement by the CSW' }).waitFor();
    await choose(page, 'Are the recommendations noted and accepted?', 'Yes, the audit is received and the recommendations are noted and accepted', by);
    await by.press(page.getByRole('button', { name: 'Complete the audit' }));
    await page.getByRole('heading', { name: 'Audit of case PRG-1' }).waitFor();

    // The activity counts it; its kind can no longer change.
    await page.goto('/programme');
    await by.press(page.getByRole('link', { name: 'Auditing programme 2026 to 2027' }));
    const row = activities.locator('tbody tr', { hasText: 'Pod 3' });
    await expect.poll(() => row.innerText()).toMatch(/Thematic audit\s+Recording\s+Pod 3\s+2\s+1\s+1\s+Under way/);
    await by.press(page.getByRole('link', { name: `Change ${entry}` }));
    await page.getByRole('heading', { name: 'Change a programme activity' }).waitFor();
    expect(await page.getByRole('button', { name: 'Remove the activity' }).count()).toBe(0);
    await by.select(page.getByLabel('Audit activity', { exact: true }), 'Dip sampling');
    await by.press(page.getByRole('button', { name: 'Save the activity' }));
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('The activity cannot change: 1 audit is already part of it');
    await expectAccessible(page, 'change an activity, with errors');

    // The programme can be renamed, but not deleted while an audit counts towards it.
    await page.goto('/programme');
    await by.press(page.getByRole('link', { name: 'Auditing programme 2026 to 2027' }));
    await by.press(page.getByRole('link', { name: 'Rename or delete the programme' }));
    await page.getByRole('heading', { name: 'Rename or delete the programme' }).waitFor();
    expect(await page.getByRole('button', { name: 'Delete the programme' }).count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('1 audit counts towards this programme, so it cannot be deleted.');
    await expectAccessible(page, 'change the programme');

    // The overview report for the programme.
    await by.press(page.getByRole('link', { name: 'Overview report' }));
    await page.getByRole('heading', { name: 'Audit overview report', level: 1 }).waitFor();
    await by.press(page.locator('summary', { hasText: 'Change the period, programme, activity or team' }));
    await by.select(page.getByLabel('Auditing programme'), 'Auditing programme 2026 to 2027');
    await by.press(page.getByRole('button', { name: 'Show the report' }));
    // Choosing the programme sets the period to its year.
    await expect.poll(() => page.locator('.govuk-caption-l').innerText()).toBe('1 April 2026 to 31 March 2027, Auditing programme 2026 to 2027');
    const report = await page.locator('main').innerText();
    expect(report).toMatch(/Audits in the period\s+1 \(1 complete, 0 with the CSW, 0 draft\)/);
    expect(report).toMatch(/Graded Good or better\s+100% of 1 submitted audits/);
    expect(report).toMatch(/Recording\s+0\s+0\s+1\s+0\s+0\s+0\s+0\s+0%/);
    expect(report).toContain('Recording: 100% judged Requires Improvement or worse, or not fully met');
    expect(report).toMatch(/Practice\s+1\s+0\s+0\s+0/);
    await expectAccessible(page, 'overview report');

    // A blind moderation round over the programme: no grades shown until the panel records its own.
    await page.goto('/moderation/new');
    await by.fill(page.getByRole('textbox', { name: 'Name of the round', exact: true }), 'Programme round');
    await by.select(page.getByLabel('Auditing programme'), 'Auditing programme 2026 to 2027');
    await by.check(page.getByRole('checkbox', { name: /Blind round/ }));
    await by.press(page.getByRole('button', { name: 'Draw the sample' }));
    await page.getByRole('heading', { name: 'Programme round', level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/Auditing programme 2026 to 2027: 1/);
    const sample = page.getByRole('table', { name: 'Sampled audits' });
    expect(await sample.locator('tbody tr').innerText()).toMatch(/Hidden until reviewed\s+Drawn by the sampling rule/);
    expect(await sample.innerText()).not.toContain('Good');
    await expectAccessible(page, 'blind round');
    await by.press(sample.getByRole('link', { name: /Record the review/ }));
    await page.getByRole('heading', { name: 'Practice audit review: case PRG-1' }).waitFor();
    expect(await page.getByText('This is a blind round').count()).toBe(1);
    expect(await page.getByText("The auditor's overall judgement is hidden until you choose the moderated grade.").count()).toBe(1);
  });
});
