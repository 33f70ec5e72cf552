// Changes that could not be saved, kept (with what was typed) until they are, wherever the person goes in the app:
// the layout lists them with a way to try again, the page they came from puts what was typed back, and leaving the
// app while any is here asks first.
import { useSyncExternalStore } from 'react';

export interface UnsavedChange {
  /** One entry per place: an audit's section, say. */
  key: string;
  /** What it was, in words: "Recording, in the audit of case CR-1". */
  what: string;
  /** Where it was typed. */
  href: string;
  /** Why it was not saved, in plain English. */
  message: string;
  /** What was typed, for the page to put back. */
  draft: unknown;
  retry: () => Promise<void>;
}

let entries: readonly UnsavedChange[] = [];
const listeners = new Set<() => void>();

function set(next: readonly UnsavedChange[]) {
  entries = next;
  for (const l of listeners) l();
}

export function keepUnsaved(change: UnsavedChange): void {
  set([...entries.filter((e) => e.key !== change.key), change]);
}

export function clearUnsaved(key: string): void {
  if (entries.some((e) => e.key === key)) set(entries.filter((e) => e.key !== key));
}

/** What was typed at this place and not saved, if anything. */
export function unsavedDraft(key: string): unknown {
  return entries.find((e) => e.key === key)?.draft;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUnsavedChanges(): readonly UnsavedChange[] {
  return useSyncExternalStore(subscribe, () => entries);
}

/** Asks before the tab is closed or the browser leaves the app while something is not saved. */
export function warnBeforeLeaving(event: BeforeUnloadEvent): void {
  if (entries.length === 0) return;
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  event.returnValue = '';
}

if (typeof window !== 'undefined') window.addEventListener('beforeunload', warnBeforeLeaving);
