// Moderation (seed 002, "Moderation"): draw a round over 30 completed audits, record a review that changes one
// grade, and see the audit's record, the statistics and the overview report change. In Chromium through the built app.
import { describe, expect, it } from 'vitest';
import type { Grade } from '@/domain/grade';
import { expectAccessible, useBrowser } from './harness';
import { setUpProfile } from './pages';
import { completedAudits, seedAudits } from './seed';

const h = useBrowser();

const GRADES: Grade[] = [
  ...Array<Grade>(3).fill('inadequate'),
  ...Array<Grade>(2).fill('outstanding'),
  ...Array<Grade>(15).fill('good'),
  ...Array<Grade>(10).fill('requires-improvement'),
];

describe('a moderation round', () => {
  it('draws the sample, checks the panel, schedules reviews, records a review that changes a grade, and the statistics follow', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Chris Day', 'Head of Service for Quality Assurance');
    // One Inadequate audit is still with the CSW for Part B: it is presented all the same (seed 002, "Moderation":
    // "All 'Inadequate' and 'Outstanding' audits are presented"; issue 11, point 4).
    const audits = completedAudits(GRADES);
    audits[0] = { ...audits[0]!, status: 'with-csw', acknowledgement: null };
    await seedAudits(page, audits);
    await page.goto('/moderation');
    await expectAccessible(page, 'moderation');

    await page
      .getByRole('button', { name: 'Start a moderation round' })
      .or(page.getByRole('link', { name: 'Start a moderation round' }))
      .click();
    await page.getByRole('textbox', { name: 'Name of the round', exact: true }).fill('Quarter 1 2025');
    const from = page.getByRole('group', { name: 'Audits from' });
    await from.getByLabel('Day').fill('1');
    await from.getByLabel('Month').fill('1');
    await from.getByLabel('Year').fill('2025');
    const to = page.getByRole('group', { name: 'Audits to' });
    await to.getByLabel('Day').fill('31');
    await to.getByLabel('Month').fill('3');
    await to.getByLabel('Year').fill('2025');
    await page.getByRole('textbox', { name: 'Seed for the random draw', exact: true }).fill('q1-2025');
    await expectAccessible(page, 'new round');
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await page.getByRole('heading', { name: 'Quarter 1 2025', level: 1 }).waitFor();

    const sample = page.getByRole('table', { name: 'Sampled audits' });
    const rows = await sample.locator('tbody tr').allInnerTexts();
    // 3 Inadequate + 2 Outstanding + 10% of 30 = 3 at random, at least one Good and one Requires Improvement.
    expect(rows).toHaveLength(8);
    expect(rows.filter((r) => r.includes('Every Inadequate audit is presented'))).toHaveLength(3);
    expect(rows.find((r) => r.includes(audits[0]!.details.caseReference))).toContain('Every Inadequate audit is presented');
    expect(rows.filter((r) => r.includes('Every Outstanding audit is presented'))).toHaveLength(2);
    const randomGrades: string[] = [];
    for (const row of await sample.locator('tbody tr', { hasText: 'Drawn at random' }).all()) randomGrades.push(await row.locator('td').nth(1).innerText());
    expect(randomGrades).toHaveLength(3);
    expect(randomGrades).toContain('Good');
    expect(randomGrades).toContain('Requires Improvement');
    expect(await page.locator('main').innerText()).toContain('Candidates: the CSW recorded disagreement in Part B of MOD-006');
    await page.getByRole('button', { name: 'Re-draw to check' }).click();
    await page.getByText('The sample matches a fresh draw from this seed.').waitFor();

    // The panel: the app says what is missing until the composition is right.
    expect(await page.locator('main').innerText()).toContain('The panel needs a chair');
    for (const [name, role] of [
      ['Chris Day', 'Chair: Head of Service for Quality Assurance'],
      ['Pat Lowe', 'Operational Head of Service'],
      ['Nia Hart', 'Independent of the service area'],
    ] as const) {
      await page.getByRole('textbox', { name: 'Member’s name', exact: true }).fill(name);
      await page.getByLabel('Role on the panel').selectOption({ label: role });
      await page.getByRole('button', { name: 'Add to the panel' }).click();
      await page.getByText(`${name}, ${role}`).waitFor();
    }
    await page.getByText('The panel has a chair, an operational Head of Service and an independent member.').waitFor();
    await page.getByRole('textbox', { name: 'Start time', exact: true }).fill('09:30');
    await page.getByRole('button', { name: 'Schedule the reviews' }).click();
    const schedule = page.getByRole('table', { name: /^Schedule/ });
    await expect.poll(() => schedule.locator('tbody tr').count()).toBe(8);
    expect(await schedule.locator('tbody tr').first().innerText()).toMatch(/09:30 to 09:50/);
    expect(await schedule.innerText()).toMatch(/Jo Lee \(social worker\), Alex Morgan \(line manager, CSW\), .* \(auditor\)/);
    await expectAccessible(page, 'round');

    // Record a review of a randomly drawn Good audit that changes its grade.
    const goodRow = sample
      .locator('tbody tr', { hasText: 'Drawn at random' })
      .filter({ has: page.locator('td:nth-child(2)', { hasText: /^Good$/ }) })
      .first();
    const caseRef = (await goodRow.locator('td').first().innerText()).split(' ')[0] ?? '';
    await goodRow.getByRole('link', { name: /Record the review/ }).click();
    await page.getByRole('heading', { name: `Practice audit review: case ${caseRef}` }).waitFor();
    await page.getByRole('checkbox', { name: /Blind review/ }).check();
    expect(await page.getByText("The auditor's overall judgement is hidden until you choose the moderated grade.").count()).toBe(1);
    await page.getByRole('checkbox', { name: 'Social worker', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Auditor', exact: true }).check();
    await page
      .getByRole('textbox', { name: 'Discussion of the process and outcome of the audit', exact: true })
      .fill('Collaborative audit; the plan lacks timescales.');
    await page.getByRole('textbox', { name: 'Learning for the team', exact: true }).fill('SMART plans in every CIN review');
    await page.getByRole('radio', { name: 'Requires Improvement', exact: true }).check();
    await page.getByText("The auditor's overall judgement: Good").waitFor();
    await expectAccessible(page, 'practice audit review');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Enter why the panel changed the grade');
    await page.getByRole('textbox', { name: 'Why the panel changed the grade', exact: true }).fill('The plan has no timescales, so planning is not yet good.');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await page.getByRole('heading', { name: 'Quarter 1 2025', level: 1 }).waitFor();

    // The audit's record now carries the review, keeping the auditor's grade.
    const seeded = completedAudits(GRADES).find((a) => a.details.caseReference === caseRef);
    await page.goto(`/audits/${seeded?.id ?? ''}/record`);
    const record = await page.locator('main').innerText();
    expect(record).toMatch(/Overall judgement\s+Good/);
    expect(record).toContain(
      'Moderated in Quarter 1 2025: grade changed from Good to Requires Improvement: The plan has no timescales, so planning is not yet good.',
    );
    expect(record).toMatch(/Moderated grade\s+Requires Improvement/);

    await page.goto('/moderation/statistics');
    const figures = await page.locator('main').innerText();
    expect(figures).toMatch(/Moderated audits\s+1\b/);
    expect(figures).toMatch(/Downgraded by the panel\s+1\b/);
    expect(figures).toMatch(/Same grade\s+0%/);
    await expectAccessible(page, 'statistics');

    // Moderation results feed the overview report: 17 of 30 Good or better as graded, 16 after moderation.
    await page.goto('/reports?from=2025-01-01&to=2025-03-31');
    await page.getByRole('heading', { name: 'Audit overview report', level: 1 }).waitFor();
    const report = await page.locator('main').innerText();
    expect(report).toMatch(/Graded Good or better\s+57% of 30 submitted audits/);
    expect(report).toMatch(/Good or better after moderation\s+53%/);
    expect(report).toContain('0 grades confirmed, 1 changed.');
    expect(await page.getByRole('table', { name: 'Grades the panel changed' }).innerText()).toMatch(new RegExp(`${caseRef}\\s+Good\\s+Requires Improvement`));
    expect(await page.getByRole('table', { name: 'Learning recorded by the moderation panel' }).innerText()).toContain('SMART plans in every CIN review');
    expect(await page.getByRole('table', { name: 'Overall judgements' }).innerText()).toMatch(/Good\s+15\s+14/);
  });
});
