// Celebrating good practice (issue 11, point 14; seed 002, "Celebrating best practice as part of auditing activity"),
// in Chromium through the built app: an audit flagged with what was good and how it will be shared, then listed under
// each route.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { setUpProfile } from './pages';
import { completedAudits, seedAudits } from './seed';

const h = useBrowser();

describe('good practice', () => {
  it('is flagged on an audit, with its routes, and listed under each', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Kim Osei', 'Head of QA');
    const [audit] = completedAudits(['outstanding']);
    await seedAudits(page, [audit!]);
    await page.goto(`/audits/${audit!.id}`);
    await page.getByRole('link', { name: 'Flag as good practice' }).click();
    await page.getByRole('button', { name: 'Flag as good practice' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Say what the good practice is[\s\S]*Choose at least one way to share it/);
    await expectAccessible(page, 'good practice form with errors');
    await page.getByRole('textbox', { name: 'What is the good practice?' }).fill('Direct work that put the child’s words in the plan');
    await page.getByRole('checkbox', { name: 'Story Boards and Appreciative Enquiry' }).check();
    await page.getByRole('checkbox', { name: 'The Quality Assurance and Practice Development Board' }).check();
    await page.getByRole('button', { name: 'Flag as good practice' }).click();
    await page.getByRole('link', { name: /Flagged as good practice, to share 2 ways/ }).waitFor();

    await page.goto('/good-practice');
    const board = page.getByRole('table', { name: 'The Quality Assurance and Practice Development Board (1)' });
    await board.waitFor();
    expect(await board.innerText()).toContain(audit!.details.caseReference);
    expect(await page.getByRole('table', { name: 'The Director of Children’s Services’ Roundup (0)' }).count()).toBe(1);
    await expectAccessible(page, 'good practice list');
  });
});
