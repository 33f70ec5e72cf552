// What was typed and not yet saved when a tab closed or the browser left the app (or when a save failed): a write to
// IndexedDB cannot complete once the page is unloading, so the draft is kept in the browser's local storage, with what
// it was typed against, and put back the next time the same place is opened. Kept only until it is saved.
// In a protected workspace the draft is sealed with the workspace key before it is kept (never in the clear), each time
// it changes, since sealing cannot finish once the page is unloading; sealed drafts are opened when the workspace is
// unlocked (loadStashedDrafts), for their pages to read.
import { currentProtection, isProtected, LockedError, onProtectionChange, openValue, sealValue } from '@/storage/protection';

const PREFIX = 'audit-workbench:unsaved-draft:';

/** Sealed drafts, opened on unlocking. */
let opened = new Map<string, unknown>();
/** Counts stashes and drops a place at a time, so a draft sealed after it was dropped is not kept. */
const generation = new Map<string, number>();
const bump = (key: string) => {
  const next = (generation.get(key) ?? 0) + 1;
  generation.set(key, next);
  return next;
};

function keep(key: string, text: string) {
  try {
    localStorage.setItem(PREFIX + key, text);
  } catch {
    // No room, or storage refused: the write under way is all that can be done.
  }
}

/**
 * Keeps what was typed at a place (with what it was typed against, for the page to save it safely later): at once in
 * an unprotected workspace; sealed first in a protected one (`sync` asks for the first only: a page unloading).
 */
export function stashDraft(key: string, draft: unknown, { sync = false } = {}): void {
  if (!isProtected()) {
    keep(key, JSON.stringify(draft));
    return;
  }
  if (sync) return;
  const mine = bump(key);
  void sealValue(`draft:${key}`, draft).then(
    (text) => {
      if (generation.get(key) !== mine) return;
      keep(key, text);
      opened.set(key, draft);
    },
    () => undefined,
  );
}

export function stashedDraft(key: string): unknown {
  if (isProtected()) return opened.get(key);
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

export function dropStashedDraft(key: string): void {
  bump(key);
  opened.delete(key);
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to drop.
  }
}

/**
 * Opens every sealed draft with the workspace key, now that it is unlocked. One sealed with another key (a workspace
 * since replaced) can never be opened, and is dropped; while locked, nothing is opened and nothing dropped.
 */
export async function loadStashedDrafts(): Promise<void> {
  const next = new Map<string, unknown>();
  const keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
  for (const full of keys) {
    const key = full.slice(PREFIX.length);
    try {
      next.set(key, await openValue(`draft:${key}`, localStorage.getItem(full) ?? ''));
    } catch (e) {
      if (e instanceof LockedError) throw e;
      localStorage.removeItem(full);
    }
  }
  opened = next;
}

/** Seals the drafts kept in the clear, now that the workspace is protected (they were kept before it was). */
export async function sealStashedDrafts(): Promise<void> {
  const keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
  for (const full of keys) {
    const text = localStorage.getItem(full) ?? '';
    if (text.startsWith('sealed:')) continue;
    const key = full.slice(PREFIX.length);
    try {
      const draft = JSON.parse(text) as unknown;
      keep(key, await sealValue(`draft:${key}`, draft));
      opened.set(key, draft);
    } catch {
      localStorage.removeItem(full);
    }
  }
}

// What was opened goes with the key: the drafts opened are forgotten whenever the workspace locks, however it locks
// (on demand, when idle, or by a page that calls storage's lock directly), as storage forgets the labels it opened.
onProtectionChange(() => {
  if (currentProtection().state !== 'unlocked') opened = new Map();
});
