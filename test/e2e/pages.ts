// Page models: the steps a user takes, by role and label, as they see them.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function setUpProfile(page: Page, name: string, designation: string) {
  await page.getByRole('heading', { name: 'Set up your profile' }).waitFor();
  await page.getByRole('textbox', { name: 'Your name', exact: true }).fill(name);
  await page.getByRole('textbox', { name: 'Your designation', exact: true }).fill(designation);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('heading', { name: 'Audit Workbench', level: 1 }).waitFor();
}

export async function switchTo(page: Page, name: string, designation: string) {
  await page.goto('/profile');
  const existing = page.getByRole('radio', { name });
  if (await existing.count()) {
    await existing.check();
    await page.getByRole('button', { name: 'Switch' }).click();
  } else {
    await page.getByRole('textbox', { name: 'Your name', exact: true }).fill(name);
    await page.getByRole('textbox', { name: 'Your designation', exact: true }).fill(designation);
    await page.getByRole('button', { name: 'Add and switch' }).click();
  }
  await page.getByRole('heading', { name: 'Audit Workbench', level: 1 }).waitFor();
  await page.locator('p', { hasText: `Working as ${name},` }).first().waitFor();
}

export interface StartDetails {
  caseReference: string;
  team: string;
  practitioner: string;
  csw: string;
  date: [string, string, string];
  caseType: string;
  activity: string;
}

export async function startAudit(page: Page, d: StartDetails) {
  await page.goto('/audits/new');
  await page.getByRole('textbox', { name: 'Case reference', exact: true }).fill(d.caseReference);
  await page.getByRole('textbox', { name: 'Team', exact: true }).fill(d.team);
  await page.getByRole('textbox', { name: 'Practitioner (allocated social worker)', exact: true }).fill(d.practitioner);
  await page.getByRole('textbox', { name: 'Consultant social worker (CSW)', exact: true }).fill(d.csw);
  const date = page.getByRole('group', { name: 'Date of audit' });
  await date.getByLabel('Day').fill(d.date[0]);
  await date.getByLabel('Month').fill(d.date[1]);
  await date.getByLabel('Year').fill(d.date[2]);
  await page.getByRole('group', { name: 'Case type' }).getByLabel(d.caseType, { exact: true }).check();
  await page.getByRole('group', { name: 'Audit activity' }).getByLabel(d.activity, { exact: true }).check();
  await page.getByRole('button', { name: 'Start audit' }).click();
  await page.getByRole('heading', { name: `Audit of case ${d.caseReference}` }).waitFor();
}

export async function waitForSaved(page: Page) {
  await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/^Saved at/);
}

export async function openSection(page: Page, title: string) {
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

export async function saveAndContinue(page: Page) {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('heading', { name: /^Audit of case/ }).waitFor();
}

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

export async function choose(page: Page, group: string, option: string) {
  await page.getByRole('group', { name: group, exact: true }).getByRole('radio', { name: option, exact: true }).check();
}

async function fillComplianceSection(page: Page, title: string, question: string, comment: string) {
  await openSection(page, title);
  await choose(page, question, 'Met, partly met or not met');
  await choose(page, 'Judgement', 'Met');
  await page.getByRole('textbox').last().fill(comment);
}

export interface NewAction {
  what: string;
  who: string;
  role: string;
  within: string;
}

const ONE_ACTION: NewAction[] = [{ what: 'Update the chronology with the last three core groups', who: 'Jo Lee', role: 'Social worker', within: 'within 4 weeks' }];

/** Answers every Part A section as a careful auditor would, with the given actions. */
export async function completePartA(page: Page, actions: NewAction[] = ONE_ACTION) {
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
  for (const [i, a] of actions.entries()) {
    const n = i + 1;
    await page.getByRole('button', { name: n === 1 ? 'Add an action' : 'Add another action' }).click();
    const group = page.getByRole('group', { name: `Action ${n}`, exact: true });
    await group.getByRole('textbox', { name: 'What is to be done', exact: true }).fill(a.what);
    await group.getByRole('textbox', { name: 'Who will do it', exact: true }).fill(a.who);
    await group.getByRole('textbox', { name: 'Their role', exact: true }).fill(a.role);
    await page.getByRole('button', { name: `${a.within} for action ${n}` }).click();
  }
  await saveAndContinue(page);
}

