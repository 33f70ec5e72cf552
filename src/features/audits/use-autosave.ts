// Drafts save as the user types: changes are gathered for a moment, then written in order, one at a time, each on
// top of the copy the previous write returned. "Saved" shows only once the latest change has committed. Leaving the
// page, hiding the tab or closing the window writes whatever is pending at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Audit } from '@/domain/audit';
import { writeAudit } from '@/storage/write';
import type { SaveStatusValue } from '@/ui/save-status-value';
import { describeFailure } from '@/lib/failures';

const QUIET_MS = 300;

type Change = (base: Audit, now: string) => Audit;

export function useAutosave(initial: Audit) {
  const latest = useRef(initial);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const pending = useRef<Change | null>(null);
  /** Counts changes, so that only the write of the latest one says "Saved". */
  const changes = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatusValue>({ state: 'idle' });

  /** Writes what is pending; resolves to whether every write so far succeeded. */
  const flush = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    const change = pending.current;
    pending.current = null;
    if (change) {
      const mine = changes.current;
      queue.current = queue.current.then(async () => {
        try {
          latest.current = await writeAudit(latest.current, change);
          if (changes.current === mine && pending.current === null) setStatus({ state: 'saved', at: latest.current.updatedAt });
          return true;
        } catch (e) {
          setStatus({ state: 'error', message: describeFailure(e) });
          return false;
        }
      });
    }
    return queue.current;
  }, []);

  const schedule = useCallback(
    (change: Change) => {
      pending.current = change;
      changes.current += 1;
      setStatus({ state: 'saving' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), QUIET_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { schedule, flush, status, latest };
}
