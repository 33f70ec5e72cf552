// Every page on a small screen (issue: "For heads of QA", point 6; WCAG 2.2, 1.4.10 Reflow): at 320 CSS px wide no
// page scrolls sideways, except inside a table's own scroll region, and the navigation folds behind a menu button.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, useBrowser } from './harness';
import { setUpProfile } from './pages';
import { completedAudits, seedAudits, seedRecords } from './seed';
import { moderationRound } from '../builders/round';
import { auditProgramme } from '../builders/programme';
import { actionRecord } from '../builders/action';
import { AUDITOR, NOW } from '../builders/audit';
import { newBoardReport } from '@/domain/board-report';
import { partASections } from '@/domain/completeness';
import { latestAuditTemplate } from '@/templates/registry';

const h = useBrowser();

/** How far the page itself is wider than the window: 0 when nothing but a table's own region scrolls sideways. */
async function sidewaysOverflow(page: Page): Promise<{ overflow: number; widest: string }> {
  return page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    let widest = '';
    let right = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll('body *')) {
      if (el.parentElement?.closest('.app-table-scroll, [role="region"][tabindex]')) continue;
      const r = el.getBoundingClientRect();
      if (r.right > right + 0.5) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (${Math.round(r.right)} px)`;
      }
    }
    return { overflow, widest };
  });
}

describe('every page at 320 CSS px wide', () => {
  it('reflows without sideways scrolling, and the navigation folds behind a menu button', async () => {
    const { page } = await h.open('/');
    await page.setViewportSize({ width: 320, height: 640 });
    await setUpProfile(page, 'Sam Patel', 'Team manager');
    const audits = completedAudits(['good', 'inadequate', 'requires-improvement', 'outstanding', 'good', 'good']);
    await seedAudits(page, audits);
    const round = moderationRound(audits.map((a) => ({ id: a.id, grade: 'good' as const })));
    await seedRecords(page, 'moderationRounds', [round]);
    const programme = auditProgramme([
      { id: 'e1', month: '2025-03' },
      { id: 'e2', month: '2025-02' },
    ]);
    programme.entries = programme.entries.map((e) => (e.id === 'e2' ? { ...e, activity: 'thematic' } : e));
    await seedRecords(page, 'programmes', [programme]);
    const filter = { from: '2025-01-01', to: '2025-12-31', activity: '', team: '', programmeId: '' };
    await seedRecords(page, 'reports', [{ ...newBoardReport('r1', { kind: 'board', title: 'Quarter report', filter }, AUDITOR, NOW), rev: '1-a' }]);
    await seedRecords(page, 'actions', [actionRecord({ id: 'act-1', auditIds: [audits[0]!.id], caseReferences: ['MOD-001'] })]);
    const id = audits[1]!.id;
    const paths = [
      '/',
      '/audits',
      '/audits/new',
      `/audits/${id}`,
      `/audits/${id}/record`,
      `/audits/${id}/details`,
      ...partASections(latestAuditTemplate()).map((s) => `/audits/${id}/sections/${s.id}`),
      `/audits/${id}/check`,
      `/audits/${id}/part-b`,
      `/audits/${id}/escalation`,
      `/audits/${id}/reopen`,
      '/actions',
      '/actions/act-1',
      '/actions/new',
      '/actions/supervision',
      '/moderation',
      '/moderation/new',
      `/moderation/${round.id}`,
      `/moderation/${round.id}/reviews/${round.sample[0]?.auditId ?? ''}`,
      '/moderation/statistics',
      '/programme',
      '/programme/new',
      '/programme/p1',
      '/programme/p1/change',
      '/programme/p1/activities/e1',
      '/reports?from=2025-01-01&to=2025-12-31',
      '/reports/board',
      '/reports/board/r1',
      '/good-practice',
      `/audits/${audits[5]!.id}/disagreement`,
      `/audits/${id}/good-practice`,
      `/audits/${id}/voice`,
      `/audits/${id}/follows`,
      '/programme/p1/activities/e2/selection',
      '/pooling',
      '/settings',
      '/profile',
    ];
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(300);
      const { overflow, widest } = await sidewaysOverflow(page);
      if (overflow > 0) wide.push(`${path}: ${overflow} px too wide, ${widest}`);
    }
    expect(wide).toEqual([]);

    // The navigation folds behind a menu button, opens by keyboard, and closes on arriving at the page chosen.
    await page.goto('/');
    const menu = page.getByRole('navigation', { name: 'Menu' });
    const button = menu.getByRole('button', { name: 'Menu' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getByRole('link', { name: 'Overview report' }).isVisible()).toBe(false);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page, 'the menu open at 320 px');
    await menu.getByRole('link', { name: 'Overview report' }).click();
    await page.getByRole('heading', { name: 'Audit overview report' }).waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getByRole('link', { name: 'Audits' }).isVisible()).toBe(false);

    // Chart text in the page's font, in the page's text colour (not a series' grey or orange).
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto('/reports?from=2025-01-01&to=2025-12-31');
    await page.locator('.recharts-legend-item-text').first().waitFor();
    const chart = await page.evaluate(() => {
      const body = getComputedStyle(document.querySelector('.govuk-body') ?? document.body).fontFamily;
      const texts = [...document.querySelectorAll('.recharts-legend-item-text, .recharts-cartesian-axis-tick-value')];
      return {
        fonts: [...new Set(texts.map((t) => getComputedStyle(t).fontFamily))],
        body,
        colours: [...new Set(texts.map((t) => (t.classList.contains('recharts-legend-item-text') ? getComputedStyle(t).color : getComputedStyle(t).fill)))],
      };
    });
    expect(chart.fonts).toEqual([chart.body]);
    expect(chart.colours).toEqual(['rgb(11, 12, 12)']);
  });
});
