// The one autosave, for every page where words are saved as they are typed (an audit's sections, a board report's
// draft): changes are gathered for a moment, then written in order, one at a time, each on top of the copy the
// previous write returned. "Saved" shows only once the latest change has committed. What was typed is kept in the
// browser at once (./draft-stash.ts, sealed when protected) until it is written. Leaving the page, hiding the tab or
// closing the window writes whatever is pending at once, and closing the tab or leaving the app with a change still
// pending asks first (./write-before-leaving.ts). A change that fails is kept, with what was typed, and said wherever
// the person goes (./unsaved.ts) until it is saved; trying again goes through the same check against what is stored
// as the first try, so that it never writes over a change made elsewhere.
import { useCallback, useRef, useState } from 'react';
import type { Versioned } from '@/domain/revision';
import type { SaveStatusValue } from '@/lib/save-status';
import { describeFailure } from '@/lib/failures';
import { clearUnsaved, keepUnsaved } from './unsaved';
import { dropStashedDraft, stashDraft } from './draft-stash';
import { useWriteBeforeLeaving } from './write-before-leaving';

const QUIET_MS = 300;

/** A change made by the core, applied to the record as it is when it is written. */
export type Change<T> = (base: T, now: string) => T;

/** The write of one kind of record (storage/write.ts): a change to the copy read at `base`, checked against what is stored. */
export type WriteChange<T> = (base: T, change: Change<T>) => Promise<T>;

/** Where the changes are made, so a change that cannot be saved can be said and put back. */
export interface AutosavePlace {
  key: string;
  what: string;
  href: string;
}

export function useAutosave<T extends Versioned>(initial: T, place: AutosavePlace, write: WriteChange<T>, { followNewer = false } = {}) {
  // The copy this page last wrote (or opened): each write is checked against what is stored from it, so that a change
  // made elsewhere meanwhile is merged where it touched other fields and refused where it touched the same one. With
  // `followNewer`, a newer copy the page is given (written elsewhere) becomes the base while nothing is waiting here.
  const latest = useRef(initial);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const pending = useRef<{ change: Change<T>; draft: unknown } | null>(null);
  /** What is being written now, or failed to be: kept if the page closes before it is saved. */
  const unfinished = useRef<unknown>(undefined);
  /** The newest draft given: a change scheduled without one (a setting, say) keeps what was typed before. */
  const lastDraft = useRef<unknown>(undefined);
  if (followNewer && pending.current === null && unfinished.current === undefined && generation(initial) > generation(latest.current)) {
    latest.current = initial;
  }
  /** Counts changes, so that only the write of the latest one says "Saved". */
  const changes = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatusValue>({ state: 'idle' });

  /** Writes what is pending; resolves to whether every write so far succeeded. */
  const flush = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) {
      const mine = changes.current;
      queue.current = queue.current.then(async () => {
        unfinished.current = next.draft;
        try {
          latest.current = await write(latest.current, next.change);
          unfinished.current = undefined;
          clearUnsaved(place.key);
          if (pending.current === null) dropStashedDraft(place.key);
          if (changes.current === mine && pending.current === null) setStatus({ state: 'saved', at: latest.current.updatedAt });
          return true;
        } catch (e) {
          const message = describeFailure(e);
          setStatus({ state: 'error', message });
          const retry = async () => {
            try {
              // From the copy this page last had, as the first try was: what changed elsewhere since is merged where
              // it touched other fields, and refused again, saying what it is now, where it touched the same one.
              latest.current = await write(latest.current, next.change);
              clearUnsaved(place.key);
              dropStashedDraft(place.key);
              setStatus({ state: 'saved', at: latest.current.updatedAt });
            } catch (again) {
              keepUnsaved({ ...place, message: describeFailure(again), draft: next.draft, retry });
            }
          };
          keepUnsaved({ ...place, message, draft: next.draft, retry });
          // Kept past a reload too (the banner for an upgrade elsewhere asks for one).
          if (next.draft !== undefined) stashDraft(place.key, next.draft);
          return false;
        }
      });
    }
    return queue.current;
  }, [place, write]);

  const schedule = useCallback(
    (change: Change<T>, given?: unknown) => {
      if (given !== undefined) lastDraft.current = given;
      const draft = given ?? lastDraft.current;
      pending.current = { change, draft };
      // Kept at once (sealed, in a protected workspace), so a tab closed before the write still has it.
      if (draft !== undefined) stashDraft(place.key, draft);
      changes.current += 1;
      setStatus({ state: 'saving' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), QUIET_MS);
    },
    [flush, place.key],
  );

  useWriteBeforeLeaving(place.key, {
    waiting: () => pending.current !== null || unfinished.current !== undefined,
    draft: () => pending.current?.draft ?? unfinished.current,
    flush,
  });

  return { schedule, flush, status, latest };
}

/** The generation of a record's revision: 3 for "3-ab12…" (0 for none). */
const generation = (record: Versioned) => Number(record.rev.split('-')[0]) || 0;
