// Purposeful selection (issue: "For heads of QA", point 2; seed 002: "purposeful sampling of up to 30 case records"),
// in Chromium through the built app: 25 case records selected for a thematic audit by criteria, recorded with them,
// and an audit started from one.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { setUpProfile } from './pages';
import { seedRecords } from './seed';
import { auditProgramme } from '../builders/programme';

const h = useBrowser();

describe('purposeful selection for a thematic audit', () => {
  it('selects 25 case records by criteria, records them with the criteria, and starts an audit from one', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Kim Osei', 'Head of QA');
    const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0);
    const programme = auditProgramme([{ id: 'e1', month: today.slice(0, 7) }], { startYear: year });
    programme.entries = programme.entries.map((e) => ({ ...e, activity: 'thematic', focus: 'Neglect' }));
    await seedRecords(page, 'programmes', [programme]);

    // 40 case records from the case system: 35 child protection with neglect in the last year, 5 that do not match.
    const lines = ['Case reference,Category,Team,Referral date,Reason'];
    // Dates a week apart going back from today, all within the last 12 months, as the case system writes them.
    const daysAgo = (n: number) => new Date(Date.parse(today) - n * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    for (let i = 1; i <= 40; i += 1) {
      lines.push(i <= 35 ? `TH-${String(i).padStart(3, '0')},CP,Pod 2,${daysAgo(i * 7)},Neglect` : `TH-${i},CIN,Pod 2,${daysAgo(10)},Domestic abuse`);
    }

    await page.goto('/programme/p1');
    await page.getByRole('link', { name: /Select case records/ }).click();
    await page.getByRole('heading', { name: 'Select case records' }).waitFor();
    await page.getByRole('textbox', { name: 'Case records from your case management system' }).fill(lines.join('\n'));
    await page.getByRole('checkbox', { name: 'Child protection' }).check();
    await page.getByRole('textbox', { name: 'Team' }).fill('Pod 2');
    await page.getByRole('button', { name: 'Show the case records that match' }).click();
    await page.getByRole('heading', { name: '35 of 40 case records match' }).waitFor();
    await expectAccessible(page, 'selection: the case records that match');
    const group = page.getByRole('group', { name: /Case records to audit/ });
    expect(await group.getByRole('checkbox', { checked: true }).count()).toBe(30);
    // Purposeful: five of the first thirty left out.
    for (const ref of ['TH-001', 'TH-002', 'TH-003', 'TH-004', 'TH-005']) await group.getByRole('checkbox', { name: new RegExp(`^${ref},`) }).uncheck();
    await page.getByRole('checkbox', { name: /^TH-031,/ }).check();
    await page.getByRole('checkbox', { name: /^TH-031,/ }).uncheck();
    await page.getByRole('button', { name: 'Record the selection' }).click();
    await page.getByRole('heading', { name: 'Selected: 25 case records' }).waitFor();
    expect(await page.getByText(/met the criteria: Child protection, team Pod 2, from .* to .*, theme "Neglect"/).count()).toBe(1);
    await expectAccessible(page, 'selection recorded');

    await page.getByRole('link', { name: 'Start an audit of case TH-006' }).click();
    expect(await page.getByRole('textbox', { name: 'Case reference', exact: true }).inputValue()).toBe('TH-006');
    expect(await page.getByRole('textbox', { name: 'Team', exact: true }).inputValue()).toBe('Pod 2');
    await page.getByRole('textbox', { name: 'Practitioner (allocated social worker)', exact: true }).fill('Jo Lee');
    await page.getByRole('textbox', { name: 'Consultant social worker (CSW)', exact: true }).fill('Alex Morgan');
    await page.getByRole('button', { name: 'Start audit' }).click();
    await page.getByRole('heading', { name: 'Audit of case TH-006' }).waitFor();

    await page.goto('/programme/p1');
    await page.getByRole('link', { name: /25 case records selected/ }).click();
    await page.getByRole('heading', { name: 'Selected: 25 case records' }).waitFor();
    expect(
      await page
        .getByRole('row', { name: /TH-006/ })
        .getByText('Started')
        .count(),
    ).toBe(1);
  });
});
