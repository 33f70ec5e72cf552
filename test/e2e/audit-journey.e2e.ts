// The auditor's whole job (issue: "The case file audit, end to end"), in Chromium through the built app.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, useBrowser } from './harness';
import { openSection, saveAndContinue, setUpProfile, startAudit, switchTo, waitForSaved } from './pages';

const h = useBrowser();

const KEY_INFORMATION = [
  'Surname',
  'Forename(s)',
  'Date of birth',
  'Gender',
  'Address',
  'Telephone number',
  'Primary category of need',
  'Disability (if any)',
  'UPN',
  'Family and extended family details are correct and up to date',
  'All professionals are recorded, including GP, school, school nurse',
  'Any warning indicators that are necessary are recorded',
];

const EVALUATIVE: [string, string, string][] = [
  ['Direct work with children and families', 'How good is the direct work with the child and family?', 'Good'],
  ['Assessment', 'How good is the assessment?', 'Good'],
  ['Decision-making and planning', 'How good is the planning?', 'Requires Improvement'],
  ['Decision making', 'How good is the decision making?', 'Good'],
  ['Multi-agency work', 'How good is the multi-agency work?', 'Outstanding'],
  ['Management oversight', 'How good is the management oversight?', 'Good'],
  ['Recording', 'How good is the recording?', 'Requires Improvement'],
];

async function choose(page: Page, group: string, option: string) {
  await page.getByRole('group', { name: group, exact: true }).getByRole('radio', { name: option, exact: true }).check();
}

async function fillComplianceSection(page: Page, title: string, question: string, comment: string) {
  await openSection(page, title);
  await choose(page, question, 'Met, partly met or not met');
  await choose(page, 'Judgement', 'Met');
  await page.getByRole('textbox').last().fill(comment);
}

async function completePartA(page: Page) {
  await openSection(page, 'Key information');
  for (const item of KEY_INFORMATION) await choose(page, item, 'Recorded, correct and up to date');
  await choose(page, 'Ethnicity', 'Recorded as an "other" category, with the further detail');
  await page.getByRole('textbox', { name: 'What further detail is recorded?', exact: true }).fill('Latvian');
  await choose(page, 'Is the key information recorded, correct and up to date?', 'Met, partly met or not met');
  await choose(page, 'Judgement', 'Met');
  await page.getByRole('textbox', { name: 'Why, and any discrepancies found', exact: true }).fill('All key information is on the record and matches the chronology.');
  await saveAndContinue(page);

  await fillComplianceSection(page, 'Timescales', 'Were the timescales met?', 'Assessment completed on day 38; reviews on time.');
  await saveAndContinue(page);

  await openSection(page, 'Frequency of visiting');
  await choose(page, 'Are visits recorded as such, using the Visit to Child form, with whether the child was seen alone?', 'Yes');
  await choose(page, 'Was the child visited as often as required?', 'Grade');
  await choose(page, 'Grade', 'Good');
  await page.getByRole('textbox', { name: 'Why, including any gap between visits and the reason recorded', exact: true }).fill('Fortnightly visits, child seen alone each time.');
  await saveAndContinue(page);

  for (const [title, question, grade] of EVALUATIVE) {
    await openSection(page, title);
    if (title === 'Recording') await choose(page, 'Are there significant recording issues?', 'No');
    await choose(page, question, grade);
    await page.getByRole('textbox', { name: 'Evidence and comments', exact: true }).fill(`Evidence for ${title.toLowerCase()}.`);
    await saveAndContinue(page);
  }

  await openSection(page, 'Overall comments on the case');
  await page.getByRole('textbox', { name: 'Overall comments on the quality of work', exact: true }).fill('A well-run case with a clear plan.');
  await page.getByRole('textbox', { name: 'Is there evidence of whether the impact of the social work has been positive in this case and whether the outcomes are improving for the child?', exact: true }).fill('School attendance is up from 70% to 94%.');
  await page.getByRole('textbox', { name: 'How effective is the safeguarding practice?', exact: true }).fill('Risks are understood and managed.');
  await choose(page, 'Is the child safe?', 'Yes');
  await choose(page, 'Is there an immediate safeguarding concern?', 'No');
  await choose(page, 'Are the outcomes improving for this child?', 'Yes');
  await expect.poll(() => page.getByText('Suggested overall judgement: Good').count()).toBe(1);
  await choose(page, 'Do you accept the suggested overall judgement?', 'Yes, Good');
  await saveAndContinue(page);

  await openSection(page, 'Actions and timescale');
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.getByRole('textbox', { name: 'What is to be done', exact: true }).fill('Update the chronology with the last three core groups');
  await page.getByRole('textbox', { name: 'Who will do it', exact: true }).fill('Jo Lee');
  await page.getByRole('textbox', { name: 'Their role', exact: true }).fill('Social worker');
  await page.getByRole('button', { name: 'within 4 weeks for action 1' }).click();
  await saveAndContinue(page);
}

describe('an auditor completes an audit and the CSW acknowledges it', () => {
  it('profile, start, every section of Part A, submit, Part B, and the record after a reload', async () => {
    const { page } = await h.open('/');
    await expectAccessible(page, 'profile set-up');
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    await page.getByRole('heading', { name: 'Audit Workbench', level: 1 }).waitFor();
    await expectAccessible(page, 'home');

    await page.goto('/audits/new');
    await page.getByRole('heading', { name: 'Start an audit' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Auditor', exact: true }).inputValue()).toBe('Sam Patel');
    await expectAccessible(page, 'start an audit');
    await startAudit(page, { caseReference: 'CR-20417', team: 'Pod 3', practitioner: 'Jo Lee', csw: 'Alex Morgan', date: ['10', '3', '2025'], caseType: 'Child in need', activity: 'Dip sampling' });
    await expectAccessible(page, 'task list');

    await openSection(page, 'Assessment');
    await expectAccessible(page, 'a section');
    await page.getByRole('link', { name: 'Return to the task list' }).click();

    await completePartA(page);
    await expect.poll(() => page.locator('#task-re-assignment-status').textContent()).toBe('Not started');

    await page.getByRole('link', { name: 'Check your answers and re-assign to the CSW' }).click();
    await page.getByRole('heading', { name: 'Check your answers before submitting Part A' }).waitFor();
    await expectAccessible(page, 'check your answers');
    await page.getByRole('button', { name: 'Submit Part A and re-assign to Alex Morgan' }).click();
    await page.getByRole('heading', { name: 'Audit of case CR-20417' }).waitFor();
    expect(await page.getByText('With the CSW', { exact: true }).count()).toBe(1);

    const url = page.url();
    await switchTo(page, 'Alex Morgan', 'Consultant social worker');
    await page.goto(`${url}/part-b`);
    await page.getByRole('heading', { name: 'Acknowledgement by the CSW' }).waitFor();
    await expectAccessible(page, 'Part B');
    await choose(page, 'Are the recommendations noted and accepted?', 'Yes, the audit is received and the recommendations are noted and accepted');
    await page.getByRole('button', { name: 'Complete the audit' }).click();
    await page.getByRole('heading', { name: 'Audit of case CR-20417' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Audit of case CR-20417' }).waitFor();
    expect(await page.getByText('Complete', { exact: true }).count()).toBe(1);

    await page.getByRole('link', { name: 'View and print the audit record' }).click();
    await page.getByRole('heading', { name: 'Audit record: case CR-20417' }).waitFor();
    await expectAccessible(page, 'audit record');
    const record = await page.locator('main').innerText();
    for (const text of [
      'Latvian',
      'All key information is on the record and matches the chronology.',
      'Fortnightly visits, child seen alone each time.',
      'Evidence for multi-agency work.',
      'Outstanding',
      'Requires Improvement',
      'School attendance is up from 70% to 94%.',
      'Update the chronology with the last three core groups',
      'By Jo Lee (Social worker), due 7 April 2025',
      'Received, noted and accepted',
      'Alex Morgan, Consultant social worker',
      'Part A submitted',
      'Re-assigned to Alex Morgan (CSW) for Part B',
      'Part B: recommendations noted and accepted',
      'Sam Patel, Team manager',
    ]) {
      expect(record, text).toContain(text);
    }
    expect(record).toMatch(/Overall judgement\s+Good/);
  });

  it('a half-filled draft survives a reload with every field intact', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    await startAudit(page, { caseReference: 'CR-5', team: 'Pod 1', practitioner: 'Jo Lee', csw: 'Sam Patel', date: ['1', '2', '2025'], caseType: 'Looked after', activity: 'Thematic audit' });
    await openSection(page, 'Key information');
    await choose(page, 'Surname', 'Not recorded');
    await choose(page, 'Ethnicity', 'Recorded as an "other" category, with the further detail');
    await page.getByRole('textbox', { name: 'What further detail is recorded?', exact: true }).fill('Roma');
    await choose(page, 'Is the key information recorded, correct and up to date?', 'Grade');
    await choose(page, 'Grade', 'Inadequate');
    await page.getByRole('textbox', { name: 'Why, and any discrepancies found', exact: true }).fill('Surname missing.\nSecond line kept.');
    await waitForSaved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Key information', level: 1 }).waitFor();
    expect(await page.getByRole('group', { name: 'Surname', exact: true }).getByRole('radio', { name: 'Not recorded' }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'What further detail is recorded?', exact: true }).inputValue()).toBe('Roma');
    expect(await page.getByRole('group', { name: 'Grade', exact: true }).getByRole('radio', { name: 'Inadequate' }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Why, and any discrepancies found', exact: true }).inputValue()).toBe('Surname missing.\nSecond line kept.');

    await openSectionFromTaskList(page, 'Overall comments on the case');
    await page.getByRole('textbox', { name: 'Overall comments on the quality of work', exact: true }).fill('Half written');
    await choose(page, 'If the child is looked after is there progress towards the permanence plan?', 'Partly');
    await waitForSaved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Overall comments on the case', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Overall comments on the quality of work', exact: true }).inputValue()).toBe('Half written');
    expect(await page.getByRole('group', { name: 'If the child is looked after is there progress towards the permanence plan?' }).getByRole('radio', { name: 'Partly' }).isChecked()).toBe(true);
    await page.getByRole('link', { name: 'Back to the audit' }).click();
    expect(await page.locator('#task-key-information-status').textContent()).toBe('In progress');
  });
});

async function openSectionFromTaskList(page: Page, title: string) {
  await page.getByRole('link', { name: 'Back to the audit' }).click();
  await openSection(page, title);
}
