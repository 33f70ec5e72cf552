// Drafts save as the user types: changes are gathered for a moment, then written in order, one at a time, each on
// top of the copy the previous write returned. "Saved" shows only once the write has committed. Leaving the page,
// hiding the tab or closing the window writes whatever is pending at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Audit } from '@/domain/audit';
import { writeAudit } from '@/storage/write';
import type { SaveStatusValue } from '@/ui/save-status-value';
import { nowInstant } from '@/lib/clock';


const QUIET_MS = 300;

export function useAutosave(initial: Audit) {
  const latest = useRef(initial);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef<((base: Audit, now: string) => Audit) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatusValue>({ state: 'idle' });

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const change = pending.current;
    pending.current = null;
    if (change) {
      setStatus({ state: 'saving' });
      queue.current = queue.current.then(async () => {
        try {
          const now = nowInstant();
          latest.current = await writeAudit(change(latest.current, now), now);
          setStatus({ state: 'saved', at: now });
        } catch (e) {
          setStatus({ state: 'error', message: e instanceof Error ? e.message : String(e) });
        }
      });
    }
    return queue.current;
  }, []);

  const schedule = useCallback(
    (change: (base: Audit, now: string) => Audit) => {
      pending.current = change;
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
