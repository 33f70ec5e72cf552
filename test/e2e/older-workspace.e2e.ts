// A protected workspace made by the build before records had shapes (schema 11: audits at every stage, actions, a
// reviewed moderation round, a programme, an issued board report and a pack conflict, all sealed), from a frozen copy
// of its IndexedDB rows (fixtures/workspace-schema-11.json), opens in this build: every record readable and editable,
// every row rewritten in the current shape, and the key slot naming no one (issue "One definition per kind of record").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { expectAccessible, useBrowser } from './harness';
import { go, openSection, rememberPassphrase, unlockAs } from './pages';

const h = useBrowser();

interface Fixture {
  version: number;
  personId: string;
  name: string;
  passphrase: string;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}
const FIXTURE = JSON.parse(readFileSync(new URL('./fixtures/workspace-schema-11.json', import.meta.url), 'utf8')) as Fixture;

/** Lays the frozen rows into the page's IndexedDB as the older build left them, before the app opens it. */
async function layDown(page: Page) {
  await page.evaluate(async (fixture: Fixture) => {
    const bytes = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(bytes);
      if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.$bytes === 'string') return Uint8Array.from(atob(o.$bytes), (c) => c.charCodeAt(0));
        return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, bytes(x)]));
      }
      return v;
    };
    // Dexie keeps its version N as IndexedDB version N × 10, and names each index by its declaration.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('audit-workbench', fixture.version * 10);
      open.onupgradeneeded = () => {
        for (const [name, spec] of Object.entries(fixture.stores)) {
          const [key, ...indexes] = spec.split(',').map((s) => s.trim());
          const store = open.result.createObjectStore(name, { keyPath: key });
          for (const index of indexes) {
            const multi = index.startsWith('*');
            const plain = index.replace(/^\*/, '');
            const path = plain.startsWith('[') ? plain.slice(1, -1).split('+') : plain;
            store.createIndex(plain, path, { multiEntry: multi });
          }
        }
      };
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(Object.keys(fixture.tables), 'readwrite');
        for (const [name, rows] of Object.entries(fixture.tables)) for (const row of rows) tx.objectStore(name).put(bytes(row));
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, FIXTURE);
}

/** Every row of a table as stored now, read raw. */
function rawRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('audit-workbench');
        open.onsuccess = () => {
          const get = open.result.transaction(name).objectStore(name).getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as Record<string, unknown>[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    table,
  );
}

describe('a protected workspace from the build before shapes', () => {
  it('opens with every record readable and editable, and every row in the current shape', async () => {
    // The app's page on its origin with its scripts held back, so that the older workspace is laid down before it opens.
    const quiet = (route: Route) => route.fulfill({ body: '', contentType: 'text/javascript' });
    const { page } = await h.open('/', {
      before: async (p) => {
        await p.route(/\/assets\/.*\.js$/, quiet);
      },
    });
    await layDown(page);
    await page.unroute(/\/assets\/.*\.js$/, quiet);
    const conflict = FIXTURE.tables.conflicts?.[0] as { id: string; recordId: string };
    const audits = FIXTURE.tables.audits ?? [];
    expect(audits.every((a) => !('shape' in a))).toBe(true);

    await page.goto('/');
    await unlockAs(page, FIXTURE.name, FIXTURE.passphrase);
    rememberPassphrase(page, FIXTURE.name, FIXTURE.passphrase);
    await page.getByRole('heading', { name: 'Audit Workbench', level: 1 }).waitFor();

    // Rewritten in the current shape on unlocking, revisions unchanged; the key slot names no one.
    await expect.poll(async () => (await rawRows(page, 'audits')).filter((r) => r.shape === 2).length).toBe(audits.length);
    const revs = new Map(audits.map((a) => [a.id, a.rev]));
    expect((await rawRows(page, 'audits')).every((r) => revs.get(r.id as string) === r.rev)).toBe(true);
    // Actions have had one shape only: their rows are left as they were.
    expect((await rawRows(page, 'actions')).every((r) => !('shape' in r))).toBe(true);
    const [slot] = await rawRows(page, 'keySlots');
    expect(Object.keys(slot ?? {}).sort()).toEqual(['createdAt', 'id', 'iterations', 'iv', 'salt', 'wrapped']);
    expect(await rawRows(page, 'slotLabels')).toEqual([{ id: FIXTURE.personId, name: FIXTURE.name, designation: 'Head of Quality Assurance' }]);

    // Each kind of record opens: the audit in conflict, the conflict itself, an issued board report, the round, the programme.
    await go(page, `/audits/${conflict.recordId}`);
    await page.getByRole('heading', { name: /^Audit of case EX-/, level: 1 }).waitFor();
    await go(page, `/pooling/conflicts/${encodeURIComponent(conflict.id)}`);
    await page.getByText('Every 15 working days (here)').first().waitFor();
    expect(await page.getByText('Every 10 working days (the other workspace)').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'a conflict kept by the older build');
    await go(page, '/reports/board/fixture-report');
    await page.getByText('Visiting is timely in most cases.').waitFor();
    await go(page, `/moderation/${FIXTURE.tables.moderationRounds?.[0]?.id as string}`);
    await page.locator('h1').first().waitFor();
    expect(await page.getByText('could not be read').count()).toBe(0);
    await go(page, `/programme/${FIXTURE.tables.programmes?.[0]?.id as string}`);
    await page.locator('h1').first().waitFor();
    await go(page, '/audits');
    await page.getByRole('table').first().waitFor();
    expect(await page.getByText(/EX-\d{4}/).count()).toBeGreaterThan(0);

    // And editable: an answer typed into the older audit is saved, as a new revision of it in the current shape.
    await go(page, `/audits/${conflict.recordId}`);
    await openSection(page, 'Recording');
    await page.getByRole('textbox', { name: 'Evidence and comments', exact: true }).fill('Typed after the upgrade');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toContain('Saved');
    const edited = (await rawRows(page, 'audits')).find((r) => r.id === conflict.recordId);
    expect(edited?.shape).toBe(2);
    expect(edited?.rev).not.toBe(revs.get(conflict.recordId));
  });
});
