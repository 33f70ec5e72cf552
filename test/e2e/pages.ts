// Page models: the steps a user takes, by role and label, as they see them. Steps take a Driver, so the same journey
// can be done with a mouse or by keyboard alone (Tab, arrow keys, Space, Enter and typing).
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Driver {
  fill(target: Locator, text: string): Promise<void>;
  /** Chooses a radio button or ticks a checkbox. */
  check(target: Locator): Promise<void>;
  /** Follows a link or presses a button. */
  press(target: Locator): Promise<void>;
  /** Chooses an option of a drop-down by its label. */
  select(target: Locator, label: string): Promise<void>;
}

export const mouse: Driver = {
  fill: (t, text) => t.fill(text),
  check: (t) => t.check(),
  press: (t) => t.click(),
  select: async (t, label) => {
    await t.selectOption({ label });
  },
};

const isFocused = (t: Locator) => t.evaluate((el) => el === document.activeElement);

/** Keyboard only: Tab to each control (radios are reached by Tab, then chosen with the arrow keys). */
export function keyboard(page: Page): Driver {
  async function tabTo(t: Locator, done: () => Promise<boolean>) {
    await t.waitFor();
    for (let i = 0; i < 600; i += 1) {
      if (await done()) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Could not reach ${t.toString()} with the Tab key`);
  }
  return {
    async fill(t, text) {
      await tabTo(t, () => isFocused(t));
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      if (text) await page.keyboard.type(text);
    },
    async check(t) {
      const type = await t.getAttribute('type');
      if (type === 'radio') {
        const name = await t.getAttribute('name');
        await tabTo(t, () => page.evaluate((n) => (document.activeElement as HTMLInputElement | null)?.name === n, name));
        for (let i = 0; i < 12 && !(await t.isChecked()); i += 1) {
          if (i === 0 && (await isFocused(t))) await page.keyboard.press('Space');
          else await page.keyboard.press('ArrowDown');
        }
        expect(await t.isChecked(), `reached ${t.toString()} with the arrow keys`).toBe(true);
        return;
      }
      await tabTo(t, () => isFocused(t));
      if (!(await t.isChecked())) await page.keyboard.press('Space');
    },
    async press(t) {
      await tabTo(t, () => isFocused(t));
      await page.keyboard.press('Enter');
    },
    async select(t, label) {
      await tabTo(t, () => isFocused(t));
      const chosen = () => t.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.label ?? '');
      if ((await chosen()) !== label) await page.keyboard.press('Home');
      for (let i = 0; i < 50 && (await chosen()) !== label; i += 1) await page.keyboard.press('ArrowDown');
      expect(await chosen(), `reached "${label}" with the arrow keys`).toBe(label);
    },
  };
}

/** Who unlocks each page's protected workspace, as set up at first use (a reload or a visit by address locks it). */
const unlockers = new WeakMap<Page, { name: string; passphrase: string }>();

/** The passphrase `go` unlocks with from now on (after the person changed theirs, say). */
export function rememberPassphrase(page: Page, name: string, passphrase: string) {
  unlockers.set(page, { name, passphrase });
}

/** Unlocks the lock screen as the given person (or as whoever set the workspace up). */
export async function unlockAs(page: Page, name: string, passphrase: string) {
  await page.getByRole('heading', { name: 'Audit Workbench is locked' }).waitFor();
  const who = page.getByRole('radio', { name });
  if (await who.count()) await who.check();
  await page.getByLabel('Your passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'Audit Workbench is locked' }).waitFor({ state: 'detached' });
}

/** Goes to an address of the app, as a person typing it would; a protected workspace opens locked, and is unlocked. */
export async function go(page: Page, path: string) {
  await page.goto(path);
  const unlocker = unlockers.get(page);
  if (!unlocker) return;
  await page.locator('h1').first().waitFor();
  if (await page.getByRole('heading', { name: 'Audit Workbench is locked' }).count()) await unlockAs(page, unlocker.name, unlocker.passphrase);
}

/**
 * First use: the profile, and the workspace protected with `passphrase`, or, without one, kept unencrypted by the
 * explicit choice the page offers (tests that put records straight into the database need it so).
 */
export async function setUpProfile(page: Page, name: string, designation: string, by: Driver = mouse, passphrase?: string) {
  await page.getByRole('heading', { name: 'Set up your profile' }).waitFor();
  await by.fill(page.getByRole('textbox', { name: 'Your name', exact: true }), name);
  await by.fill(page.getByRole('textbox', { name: 'Your designation', exact: true }), designation);
  if (passphrase) {
    unlockers.set(page, { name, passphrase });
    await by.fill(page.getByLabel('Your passphrase', { exact: true }), passphrase);
    await by.fill(page.getByLabel('Type your passphrase again', { exact: true }), passphrase);
  } else {
    await by.check(page.getByRole('radio', { name: 'No, keep the audits unencrypted in this browser' }));
  }
  await by.press(page.getByRole('button', { name: 'Save and continue' }));
  await page.getByRole('heading', { name: 'Audit Workbench', level: 1 }).waitFor();
}

export async function switchTo(page: Page, name: string, designation: string, by: Driver = mouse) {
  await go(page, '/profile');
  await page.getByRole('heading', { name: 'Who is working' }).waitFor();
  const existing = page.getByRole('radio', { name });
  if (await existing.count()) {
    await by.check(existing);
    await by.press(page.getByRole('button', { name: 'Switch', exact: true }));
  } else {
    await by.fill(page.getByRole('textbox', { name: 'Your name', exact: true }), name);
    await by.fill(page.getByRole('textbox', { name: 'Your designation', exact: true }), designation);
    await by.press(page.getByRole('button', { name: 'Add and switch' }));
  }
  await page.getByRole('heading', { name: 'Audit Workbench', level: 1 }).waitFor();
  await page
    .locator('p', { hasText: `Working as ${name},` })
    .first()
    .waitFor();
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

/** A child in need case audited in March 2025: override what a test is about. */
export const A_CASE: StartDetails = {
  caseReference: 'CR-1',
  team: 'Pod 1',
  practitioner: 'Jo Lee',
  csw: 'Alex Morgan',
  date: ['10', '3', '2025'],
  caseType: 'Child in need',
  activity: 'Dip sampling',
};

/** A child protection case audited on 10 June 2025, for the timescale and visiting tests. */
export const A_CP_CASE: StartDetails = { ...A_CASE, caseReference: 'CP-77', team: 'Pod 2', date: ['10', '6', '2025'], caseType: 'Child protection' };

export async function startAudit(page: Page, d: StartDetails, by: Driver = mouse) {
  await go(page, '/audits/new');
  await by.fill(page.getByRole('textbox', { name: 'Case reference', exact: true }), d.caseReference);
  await by.fill(page.getByRole('textbox', { name: 'Team', exact: true }), d.team);
  await by.fill(page.getByRole('textbox', { name: 'Practitioner (allocated social worker)', exact: true }), d.practitioner);
  await by.fill(page.getByRole('textbox', { name: 'Consultant social worker (CSW)', exact: true }), d.csw);
  await fillDateParts(page, 'Date of audit', d.date, by);
  await by.check(page.getByRole('group', { name: 'Case type' }).getByLabel(d.caseType, { exact: true }));
  await by.check(page.getByRole('group', { name: 'Audit activity' }).getByLabel(d.activity, { exact: true }));
  await by.press(page.getByRole('button', { name: 'Start audit' }));
  await page.getByRole('heading', { name: `Audit of case ${d.caseReference}` }).waitFor();
}

/** Types a date into the GOV.UK date input with this legend: day, month and year as given. */
export async function fillDateParts(page: Page, legend: string, [day, month, year]: readonly string[], by: Driver = mouse) {
  const date = page.getByRole('group', { name: legend, exact: true });
  await by.fill(date.getByLabel('Day'), day ?? '');
  await by.fill(date.getByLabel('Month'), month ?? '');
  await by.fill(date.getByLabel('Year'), year ?? '');
}

/** Types a `YYYY-MM-DD` date into the GOV.UK date input with this legend, as a person would: 6 1 2025. */
export async function fillDate(page: Page, legend: string, iso: string, by: Driver = mouse) {
  const [year = '', month = '', day = ''] = iso.split('-');
  await fillDateParts(page, legend, [String(Number(day)), String(Number(month)), year], by);
}

export async function waitForSaved(page: Page) {
  await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/^Saved at/);
}

export async function openSection(page: Page, title: string, by: Driver = mouse) {
  await by.press(page.getByRole('link', { name: title, exact: true }));
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

export async function saveAndContinue(page: Page, by: Driver = mouse) {
  await by.press(page.getByRole('button', { name: 'Save and continue' }));
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

export async function choose(page: Page, group: string, option: string, by: Driver = mouse) {
  await by.check(page.getByRole('group', { name: group, exact: true }).getByRole('radio', { name: option, exact: true }));
}

async function fillComplianceSection(page: Page, title: string, question: string, comment: string, by: Driver = mouse) {
  await openSection(page, title, by);
  await choose(page, question, 'Met, partly met or not met', by);
  await choose(page, 'Judgement', 'Met', by);
  await by.fill(page.getByRole('textbox').last(), comment);
}

export interface NewAction {
  what: string;
  who: string;
  role: string;
  within: string;
}

const ONE_ACTION: NewAction[] = [
  { what: 'Update the chronology with the last three core groups', who: 'Jo Lee', role: 'Social worker', within: 'within 4 weeks' },
];

/** Answers every Part A section as a careful auditor would, with the given actions. */
export async function completePartA(page: Page, actions: NewAction[] = ONE_ACTION, by: Driver = mouse) {
  await openSection(page, 'Key information', by);
  for (const item of KEY_INFORMATION) await choose(page, item, 'Recorded, correct and up to date', by);
  await choose(page, 'Ethnicity', 'Recorded as an "other" category, with the further detail', by);
  await by.fill(page.getByRole('textbox', { name: 'What further detail is recorded?', exact: true }), 'Latvian');
  await choose(page, 'Is the key information recorded, correct and up to date?', 'Met, partly met or not met', by);
  await choose(page, 'Judgement', 'Met', by);
  await by.fill(
    page.getByRole('textbox', { name: 'Why, and any discrepancies found', exact: true }),
    'All key information is on the record and matches the chronology.',
  );
  await saveAndContinue(page, by);

  await fillComplianceSection(page, 'Timescales', 'Were the timescales met?', 'Assessment completed on day 38; reviews on time.');
  await saveAndContinue(page, by);

  await openSection(page, 'Frequency of visiting', by);
  await choose(page, 'Are visits recorded as such, using the Visit to Child form, with whether the child was seen alone?', 'Yes', by);
  await choose(page, 'Was the child visited as often as required?', 'Grade', by);
  await choose(page, 'Grade', 'Good', by);
  await by.fill(
    page.getByRole('textbox', { name: 'Why, including any gap between visits and the reason recorded', exact: true }),
    'Fortnightly visits, child seen alone each time.',
  );
  await saveAndContinue(page, by);

  for (const [title, question, grade] of EVALUATIVE) {
    await openSection(page, title, by);
    if (title === 'Recording') await choose(page, 'Are there significant recording issues?', 'No', by);
    await choose(page, question, grade, by);
    await by.fill(page.getByRole('textbox', { name: 'Evidence and comments', exact: true }), `Evidence for ${title.toLowerCase()}.`);
    await saveAndContinue(page, by);
  }

  await openSection(page, 'Overall comments on the case', by);
  await by.fill(page.getByRole('textbox', { name: 'Overall comments on the quality of work', exact: true }), 'A well-run case with a clear plan.');
  await by.fill(
    page.getByRole('textbox', {
      name: 'Is there evidence of whether the impact of the social work has been positive in this case and whether the outcomes are improving for the child?',
      exact: true,
    }),
    'School attendance is up from 70% to 94%.',
  );
  await by.fill(page.getByRole('textbox', { name: 'How effective is the safeguarding practice?', exact: true }), 'Risks are understood and managed.');
  await choose(page, 'Is the child safe?', 'Yes', by);
  await choose(page, 'Is there an immediate safeguarding concern?', 'No', by);
  await choose(page, 'Are the outcomes improving for this child?', 'Yes', by);
  await expect.poll(() => page.getByText('Suggested overall judgement: Good').count()).toBe(1);
  await choose(page, 'Do you accept the suggested overall judgement?', 'Yes, Good', by);
  await saveAndContinue(page, by);

  await openSection(page, 'Actions and timescale', by);
  for (const [i, a] of actions.entries()) {
    const n = i + 1;
    await by.press(page.getByRole('button', { name: n === 1 ? 'Add an action' : 'Add another action' }));
    const group = page.getByRole('group', { name: `Action ${n}`, exact: true });
    await by.fill(group.getByRole('textbox', { name: 'What is to be done', exact: true }), a.what);
    await by.fill(group.getByRole('textbox', { name: 'Who will do it', exact: true }), a.who);
    await by.fill(group.getByRole('textbox', { name: 'Their role', exact: true }), a.role);
    await by.press(page.getByRole('button', { name: `${a.within} for action ${n}` }));
  }
  await saveAndContinue(page, by);
}
