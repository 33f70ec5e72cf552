// axe-core on the pages the journeys do not already check, with data in them. Serious or critical violations fail.
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness';
import { setUpProfile, startAudit } from './pages';
import { completedAudits, seedAudits } from './seed';

const h = useBrowser();

describe('every page passes axe', () => {
  it('the audit list, escalation, reopen, settings, Part B for someone else, the overall and actions sections, and a missing page', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    const audits = completedAudits(['good', 'inadequate', 'requires-improvement']);
    const escalated = audits[1]!;
    escalated.escalation = { reasons: ['inadequate-overall-judgement'], raisedAt: '2025-04-01T09:00:00.000Z' };
    const withCsw = { ...audits[2]!, status: 'with-csw' as const, acknowledgement: null };
    await seedAudits(page, [audits[0]!, escalated, withCsw]);

    await page.goto('/');
    await page.getByRole('region', { name: 'Open escalations' }).waitFor();
    await expectAccessible(page, 'home with an open escalation');

    await page.goto('/audits');
    await page.getByRole('table', { name: 'Audits' }).waitFor();
    await page.getByLabel('Overall judgement').selectOption('inadequate');
    await expect.poll(() => page.getByRole('table', { name: 'Audits' }).locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: /Date of audit/ }).click();
    await expectAccessible(page, 'audit list');

    await page.goto(`/audits/${escalated.id}/escalation`);
    await page.getByRole('heading', { name: 'Record the escalation' }).waitFor();
    await page.getByRole('button', { name: 'Record the escalation' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectAccessible(page, 'escalation with errors');

    await page.goto(`/audits/${audits[0]!.id}/reopen`);
    await page.getByRole('heading', { name: 'Reopen the audit' }).waitFor();
    await expectAccessible(page, 'reopen');

    await page.goto(`/audits/${withCsw.id}/part-b`);
    await page.getByText('Part B is completed by Alex Morgan').waitFor();
    await expectAccessible(page, 'Part B for someone else');

    await page.goto('/settings');
    await page.getByRole('heading', { name: 'Workspace settings' }).waitFor();
    await expectAccessible(page, 'settings');

    await startAudit(page, {
      caseReference: 'A11Y-1',
      team: 'Pod 1',
      practitioner: 'Jo Lee',
      csw: 'Sam Patel',
      date: ['1', '3', '2025'],
      caseType: 'Looked after',
      activity: 'Practice week',
    });
    await page.getByRole('link', { name: 'Overall comments on the case' }).click();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectAccessible(page, 'overall section with errors');
    await page.getByRole('link', { name: 'Back to the audit' }).click();
    await page.getByRole('link', { name: 'Actions and timescale' }).click();
    await page.getByRole('button', { name: 'Add an action' }).click();
    await expectAccessible(page, 'actions section');

    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await expectAccessible(page, 'not found');
  });
});
