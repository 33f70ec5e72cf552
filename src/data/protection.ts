// The workspace's protection as the app sees it: locked, unlocked (and by whom) or unprotected; locking on demand and
// after a period without use. Locking first writes whatever is waiting to be saved (so what was being typed is kept,
// encrypted, and is there after unlocking), then drops the keys from memory.
import { useEffect, useSyncExternalStore } from 'react';
import { currentProtection, lock, onProtectionChange, protectWorkspace, type Protection } from '@/storage/protection';
import type { Person } from '@/domain/person';
import { loadStashedDrafts, sealStashedDrafts } from './draft-stash';

export function useProtection(): Protection {
  return useSyncExternalStore(onProtectionChange, currentProtection);
}

/** Writes that must finish before the keys go: each page that saves as it is typed registers its own. */
const flushers = new Set<() => Promise<unknown>>();

export function flushBeforeLocking(flush: () => Promise<unknown>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Locks the workspace once everything typed is saved (a save that fails is still kept, sealed, as a draft). */
export async function lockNow(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
  lock();
}

/** Protects the workspace with the person's passphrase, drafts kept on this device included. */
export async function protect(person: Person, passphrase: string, now: string): Promise<void> {
  await protectWorkspace(person, passphrase, now);
  await sealStashedDrafts();
}

/** After unlocking: drafts kept while a tab closed are opened with the key, for their pages to put back. */
export async function afterUnlocking(): Promise<void> {
  await loadStashedDrafts();
}

/** What counts as using the app: any of these restarts the period without use. */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/** Locks a protected, unlocked workspace after `minutes` without use of this page (kept between a minute and a day). */
export function useIdleLock(minutes: number, active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A value stored before settings were bounded is held within them: a timer beyond about 24 days fires at once.
    const wait = Math.min(Math.max(Number.isFinite(minutes) ? minutes : 15, 1), 24 * 60) * 60_000;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void lockNow(), wait);
    };
    restart();
    for (const event of ACTIVITY) window.addEventListener(event, restart, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, restart, { capture: true });
    };
  }, [minutes, active]);
}
