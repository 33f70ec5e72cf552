// Encryption at rest, as someone with the laptop would test it (issue "Protecting children's personal data", "Done
// when"): an audit whose case reference, names and comments carry planted markers is saved in a protected workspace,
// the browser is closed, and every file of its profile (IndexedDB, local storage, autofill, session restore, history,
// cache) is read raw. None of the markers is found. The name on the person's own key slot is found, which shows the
// scan reads the workspace's files and would find a marker stored in the clear.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { A_CASE, openSection, setUpProfile, startAudit, waitForSaved } from './pages';

const MARKERS = {
  caseReference: 'CRMARK-55821',
  practitioner: 'Practmark Quillon',
  csw: 'Cswmark Bramble',
  evidence: 'Evidmark zephyr basil',
};
const SLOT_NAME = 'Slotname Halloran';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/** The files of the profile that hold `text`, as one-byte (Latin-1, UTF-8) or two-byte (UTF-16) characters. */
function filesHolding(files: readonly { path: string; bytes: Buffer }[], text: string): string[] {
  const forms = [Buffer.from(text, 'latin1'), Buffer.from(text, 'utf16le')];
  return files.filter((f) => forms.some((form) => f.bytes.includes(form))).map((f) => f.path);
}

let profile: string | undefined;
afterEach(() => {
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('at rest', () => {
  it('a raw read of every file of the browser profile finds no case reference, name or comment of a protected workspace', async () => {
    profile = mkdtempSync(join(tmpdir(), 'audit-workbench-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      baseURL: inject('baseURL'),
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await setUpProfile(page, SLOT_NAME, 'Team manager', undefined, 'a long passphrase for the scan');
    await startAudit(page, { ...A_CASE, caseReference: MARKERS.caseReference, practitioner: MARKERS.practitioner, csw: MARKERS.csw });
    await openSection(page, 'Recording');
    await page.getByRole('textbox', { name: 'Evidence and comments', exact: true }).fill(MARKERS.evidence);
    await waitForSaved(page);
    // Typed and not yet saved when the browser closes: kept for the next visit, sealed.
    await page.getByRole('textbox', { name: 'Evidence and comments', exact: true }).fill(`${MARKERS.evidence} and more`);
    await context.close();
    expect(errors).toEqual([]);

    const files = filesUnder(profile).map((path) => ({ path: path.slice(profile?.length ?? 0), bytes: readFileSync(path) }));
    expect(files.some((f) => f.path.includes('IndexedDB'))).toBe(true);
    expect(filesHolding(files, SLOT_NAME).length, 'the key slot’s name, which is stored in the clear, is found').toBeGreaterThan(0);
    for (const [what, marker] of Object.entries(MARKERS)) expect(filesHolding(files, marker), `${what} found in the profile`).toEqual([]);
  });
});
