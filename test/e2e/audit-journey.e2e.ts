// The auditor's whole job (issue: "The case file audit, end to end"), in Chromium through the built app.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, useBrowser } from './harness';
import { choose, completePartA, keyboard, openSection, setUpProfile, startAudit, switchTo, waitForSaved } from './pages';

const h = useBrowser();

describe('an auditor completes an audit and the CSW acknowledges it', () => {
  it('profile, start, every section of Part A, submit, Part B, and the record after a reload: by keyboard alone', async () => {
    const { page } = await h.open('/');
    const by = keyboard(page);
    await expectAccessible(page, 'profile set-up');
    await setUpProfile(page, 'Sam Patel', 'Team manager', by);
    await page.getByRole('heading', { name: 'Audit Workbench', level: 1 }).waitFor();
    await expectAccessible(page, 'home');

    await page.goto('/audits/new');
    await page.getByRole('heading', { name: 'Start an audit' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Auditor', exact: true }).inputValue()).toBe('Sam Patel');
    await expectAccessible(page, 'start an audit');
    await startAudit(
      page,
      {
        caseReference: 'CR-20417',
        team: 'Pod 3',
        practitioner: 'Jo Lee',
        csw: 'Alex Morgan',
        date: ['10', '3', '2025'],
        caseType: 'Child in need',
        activity: 'Dip sampling',
      },
      by,
    );
    await expectAccessible(page, 'task list');

    await openSection(page, 'Assessment', by);
    await expectAccessible(page, 'a section');
    await by.press(page.getByRole('link', { name: 'Return to the task list' }));

    await completePartA(page, undefined, by);
    await expect.poll(() => page.locator('#task-re-assignment-status').textContent()).toBe('Not started');

    await by.press(page.getByRole('link', { name: 'Check your answers and re-assign to the CSW' }));
    await page.getByRole('heading', { name: 'Check your answers before submitting Part A' }).waitFor();
    await expectAccessible(page, 'check your answers');
    await by.press(page.getByRole('button', { name: 'Submit Part A and re-assign to Alex Morgan' }));
    await page.getByRole('heading', { name: 'Audit of case CR-20417' }).waitFor();
    expect(await page.getByText('With the CSW', { exact: true }).count()).toBe(1);

    const url = page.url();
    await switchTo(page, 'Alex Morgan', 'Consultant social worker', by);
    await page.goto(`${url}/part-b`);
    await page.getByRole('heading', { name: 'Acknowledgement by the CSW' }).waitFor();
    await expectAccessible(page, 'Part B');
    await choose(page, 'Are the recommendations noted and accepted?', 'Yes, the audit is received and the recommendations are noted and accepted', by);
    await by.press(page.getByRole('button', { name: 'Complete the audit' }));
    await page.getByRole('heading', { name: 'Audit of case CR-20417' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Audit of case CR-20417' }).waitFor();
    expect(await page.getByText('Complete', { exact: true }).count()).toBe(1);

    await by.press(page.getByRole('link', { name: 'View and print the audit record' }));
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
    const { page } = await h.open('/', { clock: true });
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    await startAudit(page, {
      caseReference: 'CR-5',
      team: 'Pod 1',
      practitioner: 'Jo Lee',
      csw: 'Sam Patel',
      date: ['1', '2', '2025'],
      caseType: 'Looked after',
      activity: 'Thematic audit',
    });
    await openSection(page, 'Key information');
    await choose(page, 'Surname', 'Not recorded');
    await choose(page, 'Ethnicity', 'Recorded as an "other" category, with the further detail');
    await page.getByRole('textbox', { name: 'What further detail is recorded?', exact: true }).fill('Roma');
    await choose(page, 'Is the key information recorded, correct and up to date?', 'Grade');
    await choose(page, 'Grade', 'Inadequate');
    await page.getByRole('textbox', { name: 'Why, and any discrepancies found', exact: true }).fill('Surname missing.\nSecond line kept.');
    await waitForSaved(page);
    // Once saved, an open section writes nothing more until something changes.
    const rev = await storedRev(page);
    // Well past the autosave pause, without waiting: the page's clock is moved on.
    await page.clock.runFor(1500);
    expect(await storedRev(page)).toBe(rev);
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
    expect(
      await page
        .getByRole('group', { name: 'If the child is looked after is there progress towards the permanence plan?' })
        .getByRole('radio', { name: 'Partly' })
        .isChecked(),
    ).toBe(true);
    await page.getByRole('link', { name: 'Back to the audit' }).click();
    expect(await page.locator('#task-key-information-status').textContent()).toBe('In progress');
  });
});

/** The stored revision of the audit whose section is open, read straight from IndexedDB. */
async function storedRev(page: Page): Promise<number> {
  const id = /\/audits\/([^/]+)/.exec(page.url())?.[1] ?? '';
  return page.evaluate(
    (auditId) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('audit-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('audits').objectStore('audits').get(auditId);
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { rev: number }).rev);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

async function openSectionFromTaskList(page: Page, title: string) {
  await page.getByRole('link', { name: 'Back to the audit' }).click();
  await openSection(page, title);
}
