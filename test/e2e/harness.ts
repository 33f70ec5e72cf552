// What every end-to-end test shares: a browser, a fresh profile per test (so a fresh IndexedDB), console errors
// (a Content-Security-Policy violation among them) and any request leaving the app's origin failing the test, and an
// axe check that fails on serious or critical violations.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export interface Harness {
  browser: () => Browser;
  /**
   * A new, empty browser profile and a page on the app. With `clock`, the page's timers run on a clock the test can
   * move on (page.clock.runFor) instead of waiting; time otherwise passes as usual. `before` runs before the page first
   * opens (to hold back requests, say).
   */
  open: (path?: string, options?: { clock?: boolean; before?: (page: Page) => Promise<void> }) => Promise<{ page: Page; context: BrowserContext }>;
}

export function useBrowser(): Harness {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    const seen = errors.splice(0);
    expect(seen, 'console errors in the page').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('No browser');
      return browser;
    },
    open: async (path = '/', options = {}) => {
      if (!browser) throw new Error('No browser');
      const context = await browser.newContext({ baseURL: inject('baseURL'), locale: 'en-GB', timezoneId: 'Europe/London' });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      // Nothing leaves the page's origin: no fonts, analytics or other hosts, whatever the page does.
      const origin = new URL(inject('baseURL')).origin;
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== origin) errors.push(`a request left the app's origin: ${r.url()}`);
      });
      if (options.clock) await page.clock.install();
      await options.before?.(page);
      await page.goto(path);
      return { page, context };
    },
  };
}

/** Runs axe on the page as it is now; fails on any serious or critical violation, naming them. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `axe on ${where}`).toEqual([]);
}
