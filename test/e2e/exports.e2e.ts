// Exports that drop nothing (issue: "For heads of QA", point 3), in Chromium through the built app: the audit list's
// CSV of a filtered list holds every answer of a seeded audit, the file name carries the filter, and the overview
// report's CSV is named by its team.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from './harness';
import { setUpProfile } from './pages';
import { completedAudits, seedAudits } from './seed';
import { getAuditTemplate } from '@/templates/registry';
import { questionOptions } from '@/domain/template';

const h = useBrowser();

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('exports', () => {
  it('the audits shown, as CSV, with every answer; the report as CSV named by its filter', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Kim Osei', 'Head of QA');
    const audits = completedAudits(['good', 'inadequate', 'requires-improvement']);
    const seeded = audits[0]!;
    for (const s of Object.values(seeded.sections)) if (s.comments !== undefined) s.comments = `Comment “${Object.keys(s.answers)[0] ?? ''}”, with a comma`;
    await seedAudits(page, audits);

    await page.goto('/audits');
    await page.getByLabel('Team').selectOption(seeded.details.team);
    await expect.poll(() => page.getByRole('table', { name: 'Audits' }).locator('tbody tr').count()).toBe(1);
    const csv = await download(page, page.getByRole('button', { name: /^Download as CSV/ }));
    expect(csv.name).toBe(
      `audits-${seeded.details.team.toLowerCase().replace(/ /g, '-')}-${await page.evaluate(() => new Date().toISOString().slice(0, 10))}.csv`,
    );
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const values = Papa.parse<Record<string, string>>(csv.text.slice(1), { header: true }).data.map((r) => r.Value ?? '');
    const t = getAuditTemplate(seeded.templateId, seeded.templateVersion);
    const missing: string[] = [];
    for (const section of t.parts.flatMap((p) => p.sections)) {
      const s = seeded.sections[section.id];
      if (!s) continue;
      for (const q of section.questions) {
        const a = s.answers[q.id];
        if (!a) continue;
        const shown = q.type === 'radios' ? (questionOptions(t, q).find((o) => o.value === a)?.label ?? a) : a;
        if (!values.includes(shown)) missing.push(`${section.id}/${q.id}: ${shown}`);
      }
      if (s.comments && !values.includes(s.comments)) missing.push(`${section.id} comments`);
    }
    expect(missing).toEqual([]);
    expect(values).toContain(seeded.details.caseReference);

    await page.goto(`/reports?from=2025-01-01&to=2025-12-31&team=${encodeURIComponent(seeded.details.team)}`);
    await page.getByRole('heading', { name: 'Audit overview report' }).waitFor();
    const report = await download(page, page.getByRole('button', { name: /Download.*CSV/ }));
    expect(report.name).toBe(`audit-overview-2025-01-01-to-2025-12-31-${seeded.details.team.toLowerCase().replace(/ /g, '-')}.csv`);
    expect(report.text).toContain('Part B,Accepted by the CSW');
  });
});
