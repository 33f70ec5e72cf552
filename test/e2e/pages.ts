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
