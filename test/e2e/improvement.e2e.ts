// Improvement over time (issue 11, point 12; seed 002, "Findings, accountability and impact": "Learning from audits is
// then tested through subsequent audits"), in Chromium through the built app: a later audit of the same case is linked
// to the earlier one, the change of grade shows on the audit and in the overview report, and the earlier audit's
// completed action counts as confirmed by the later audit, from the link rather than a tick box.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { go, setUpProfile } from './pages';
import { completedAudits, seedAudits, seedRecords } from './seed';
import { actionRecord } from '../builders/action';

const h = useBrowser();

describe('improvement over time', () => {
  it('a later audit follows the earlier one: the change of grade and the confirmed impact come from the link', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Kim Osei', 'Head of QA');
    const [first, second] = completedAudits(['requires-improvement', 'good']);
    const earlier = { ...first!, details: { ...first!.details, caseReference: 'CR-500', auditDate: '2025-01-10' } };
    const later = { ...second!, details: { ...second!.details, caseReference: 'CR-500', auditDate: '2025-06-10' } };
    await seedAudits(page, [earlier, later]);
    await seedRecords(page, 'actions', [
      actionRecord({
        id: 'act-chronology',
        auditIds: [earlier.id],
        caseReferences: ['CR-500'],
        status: 'completed',
        due: '2025-03-31',
        completion: { date: '2025-03-20', evidence: 'Chronology on file', impact: 'The plan now follows the chronology' },
      }),
    ]);

    // Before the link: not confirmed.
    await go(page, '/actions/act-chronology');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Confirmed by a later audit\s+Not yet/);

    await go(page, `/audits/${later.id}`);
    await page.getByRole('link', { name: 'Link to an earlier audit of this case or practitioner' }).click();
    await page.getByRole('heading', { name: 'The earlier audit this one follows' }).waitFor();
    await page.getByRole('button', { name: 'Link to this earlier audit' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('Select the earlier audit this one follows');
    await expectAccessible(page, 'linking to an earlier audit, with an error');
    await page.getByRole('radio', { name: 'Case CR-500, audited 10 January 2025: Requires Improvement' }).check();
    await page.getByRole('button', { name: 'Link to this earlier audit' }).click();
    await page.getByRole('heading', { name: 'Audit of case CR-500' }).waitFor();
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain('Follows the audit of 10 January 2025 (the same case, audited again): Requires Improvement then, Good now: improved.');

    await go(page, '/actions/act-chronology');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Confirmed by a later audit\s+Yes: the audit of 10 June 2025/);
    expect(await page.getByRole('radio').count()).toBe(0);

    await go(page, '/reports?from=2025-01-01&to=2025-12-31');
    await page.getByRole('heading', { name: 'Improvement over time' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Submitted audits that follow an earlier audit\s+1/);
    expect(text).toMatch(/Grade improved\s+1/);
    expect(text).toMatch(/Impact confirmed by a later audit\s+1/);
    const moves = page.getByRole('table', { name: 'Grades from the earlier audit to the later one' });
    expect(await moves.innerText()).toMatch(/Requires Improvement\s+Good\s+1/);
    await expectAccessible(page, 'the overview report with improvement over time');
  });
});
