// What was typed in the moment a tab closed or the browser left the app, before its autosave could finish: a write to
// IndexedDB cannot complete once the page is unloading, so the draft is kept synchronously in the browser's local
// storage, with the revision it was typed on, and put back the next time the same place is opened. Kept only until
// it is saved.

const PREFIX = 'audit-workbench:unsaved-draft:';

export interface StashedDraft {
  /** The revision of the record the draft was typed on. */
  baseRev: string;
  /** The part of the record the draft changes, as it was at that revision. */
  base: unknown;
  draft: unknown;
}

export function stashDraft(key: string, stash: StashedDraft): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(stash));
  } catch {
    // No room, or storage refused: the write under way is all that can be done.
  }
}

export function stashedDraft(key: string): StashedDraft | null {
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text ? (JSON.parse(text) as StashedDraft) : null;
  } catch {
    return null;
  }
}

export function dropStashedDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to drop.
  }
}
