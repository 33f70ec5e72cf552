// What was typed and not yet saved when a tab closed or the browser left the app (or when a save failed): a write to
// IndexedDB cannot complete once the page is unloading, so the draft is kept synchronously in the browser's local
// storage, with what it was typed against, and put back the next time the same place is opened. Kept only until it
// is saved.

const PREFIX = 'audit-workbench:unsaved-draft:';

/** Keeps what was typed at a place (with what it was typed against, for the page to save it safely later). */
export function stashDraft(key: string, draft: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // No room, or storage refused: the write under way is all that can be done.
  }
}

export function stashedDraft(key: string): unknown {
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

export function dropStashedDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to drop.
  }
}
