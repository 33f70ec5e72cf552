// Drafts save as the user types: changes are gathered for a moment, then written in order, one at a time, each on
// top of the copy the previous write returned. "Saved" shows only once the latest change has committed. Leaving the
// page, hiding the tab or closing the window writes whatever is pending at once, and closing the tab or leaving the
// app with a change still pending asks first. A change that fails is kept, with what was typed, and said wherever the
// person goes (data/unsaved.ts) until it is saved.
import { useCallback, useRef, useState } from 'react';
import type { Audit } from '@/domain/audit';
import { writeAudit } from '@/storage/write';
import type { SaveStatusValue } from '@/ui/save-status-value';
import { describeFailure } from '@/lib/failures';
import { getAudit } from '@/storage/read';
import { clearUnsaved, keepUnsaved } from '@/data/unsaved';
import { dropStashedDraft, stashDraft } from '@/data/draft-stash';
import { useWriteBeforeLeaving } from '@/data/write-before-leaving';

const QUIET_MS = 300;

type Change = (base: Audit, now: string) => Audit;

/** Where the changes are made, so a change that cannot be saved can be said and put back. */
export interface AutosavePlace {
  key: string;
  what: string;
  href: string;
}

export function useAutosave(initial: Audit, place: AutosavePlace) {
  const latest = useRef(initial);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const pending = useRef<{ change: Change; draft: unknown } | null>(null);
  /** What is being written now, or failed to be: kept if the page closes before it is saved. */
  const unfinished = useRef<unknown>(undefined);
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
          latest.current = await writeAudit(latest.current, next.change);
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
              const stored = await getAudit(latest.current.id);
              latest.current = await writeAudit(stored ?? latest.current, next.change);
              clearUnsaved(place.key);
            } catch (again) {
              keepUnsaved({ ...place, message: describeFailure(again), draft: next.draft, retry });
            }
          };
          keepUnsaved({ ...place, message, draft: next.draft, retry });
          // Kept past a reload too (the banner for an upgrade elsewhere asks for one).
          stashDraft(place.key, next.draft);
          return false;
        }
      });
    }
    return queue.current;
  }, [place]);

  const schedule = useCallback(
    (change: Change, draft?: unknown) => {
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
