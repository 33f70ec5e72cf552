// The child's and family's voice and the audit conversation (issue 11, point 10; seed 002, "Thematic Audits"), in
// Chromium through the built app: recorded with the audit, refused with a message at the field when incomplete, and
// shown in the audit record.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { A_CASE, setUpProfile, startAudit } from './pages';

const h = useBrowser();

describe('child and family voice', () => {
  it('is recorded with the audit, with who took part and the practitioner’s reflections, and shown in the record', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    await startAudit(page, A_CASE);
    await page.getByRole('link', { name: 'Record the child and family voice and the audit conversation' }).click();
    await page.getByRole('heading', { name: 'Child and family voice, and the audit conversation' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Select how the child’s and family’s feedback was gathered, or that none was');
    expect(await summary.innerText()).toContain('Select who took part in the audit conversation, or name them');
    await expectAccessible(page, 'the voice page with errors');

    await page.getByLabel('Spoke with the child or young person').check();
    await page.getByLabel('What did the child and family say?').fill('Ava said her worker listens and comes when she says she will.');
    await page.getByLabel('How is what they said reflected in the work with them?').fill('Her wish for more contact with her nan is in the plan.');
    await page.getByLabel('The practitioner', { exact: true }).check();
    await page.getByLabel('Their line manager').check();
    await page.getByLabel('The practitioner’s reflections').fill('I would bring dad in sooner next time.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'Child and family voice and the audit conversation: recorded, change' }).waitFor();

    await page.getByRole('link', { name: 'View and print the audit record' }).click();
    const record = page.getByRole('region', { name: 'Child and family voice, and the audit conversation' });
    await expect.poll(() => record.innerText()).toContain('Ava said her worker listens and comes when she says she will.');
    expect(await record.innerText()).toContain('The practitioner; Their line manager');
    expect(await record.innerText()).toContain('I would bring dad in sooner next time.');
  });
});
