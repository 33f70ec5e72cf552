// What leaves the page (issue: "Protecting children's personal data", point 4), in Chromium through the built app:
// the Content-Security-Policy the build carries and the preview server sends, no source maps shipped, page titles
// (kept in the browser's history and session files) without a case reference or a name, and every field that takes
// personal data or free text closed to the browser's form filling. That no request leaves the origin is checked on
// every page of every end-to-end test (./harness.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './harness';
import { openSection, setUpProfile, startAudit } from './pages';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';

const h = useBrowser();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('nothing leaks out of the page', () => {
  it('the built app carries a strict Content-Security-Policy and no source maps', async () => {
    const html = readFileSync('dist/index.html', 'utf8').replaceAll('&#39;', "'");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"`);
    for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "connect-src 'self'"])
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(filesUnder('dist').filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(filesUnder('dist').filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('sourceMappingURL'))).toEqual([]);

    // Its own context, outside the harness: the refused script is reported on the console, as it should be.
    const context = await h.browser().newContext({ baseURL: inject('baseURL') });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => violations.push(m.text()));
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.head.append(s);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    await context.close();
    expect(violations.join('\n')).toContain('Content Security Policy');
    expect(ran).toBe(false);
  });

  it('page titles never carry a case reference or a name, and fields are closed to form filling', async () => {
    const { page } = await h.open('/');
    await setUpProfile(page, 'Quentin Marker', 'Team manager');
    const details = {
      caseReference: 'CR-MARK-5521',
      team: 'Pod 9',
      practitioner: 'Petra Marker',
      csw: 'Carl Marker',
      date: ['10', '3', '2025'] as [string, string, string],
      caseType: 'Child in need',
      activity: 'Dip sampling',
    };
    const titles: string[] = [];
    page.on('framenavigated', () => void page.title().then((t) => titles.push(t)));
    await startAudit(page, details);
    titles.push(await page.title());
    const fields = async () =>
      page
        .locator('input[type="text"], input:not([type]), input[type="search"], textarea')
        .evaluateAll((els) =>
          els.map((e) => ({ id: e.id, off: e.getAttribute('autocomplete') === 'off' || e.closest('form')?.getAttribute('autocomplete') === 'off' })),
        );
    await openSection(page, 'Key information');
    titles.push(await page.title());
    expect((await fields()).filter((f) => !f.off)).toEqual([]);
    const id = /\/audits\/([^/]+)/.exec(page.url())?.[1] ?? '';
    for (const path of [`/audits/${id}`, `/audits/${id}/record`, `/audits/${id}/details`, '/audits', '/profile', '/actions/new']) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      titles.push(await page.title());
      expect(
        (await fields()).filter((f) => !f.off),
        path,
      ).toEqual([]);
    }
    expect(titles.length).toBeGreaterThan(8);
    for (const t of titles) expect(t).not.toMatch(/CR-MARK-5521|Marker/);
  });
});
