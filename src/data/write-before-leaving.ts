// One way for a page holding typed words not yet written to let nothing go: hiding the tab writes them; leaving the
// page or closing the tab keeps them in the browser synchronously (a write cannot finish once the page unloads),
// starts writing them and asks first; the workspace locking waits for them to be written; and the page going away
// writes them. Used by an audit's sections (use-autosave.ts) and a board report's draft.
import { useEffect, useRef } from 'react';
import { stashDraft } from './draft-stash';
import { flushBeforeLocking } from './protection';

export interface Waiting {
  /** Whether anything typed is waiting to be written, or failed to be. */
  waiting: () => boolean;
  /** What to keep in the browser for it, if anything. */
  draft: () => unknown;
  /** Writes what is waiting. */
  flush: () => Promise<unknown>;
}

export function useWriteBeforeLeaving(key: string, waiting: Waiting): void {
  const current = useRef(waiting);
  current.current = waiting;
  useEffect(() => {
    const flush = () => current.current.flush();
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const stash = () => {
      const draft = current.current.draft();
      if (draft !== undefined) stashDraft(key, draft, { sync: true });
    };
    const onPageHide = () => {
      stash();
      void flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!current.current.waiting()) return;
      stash();
      void flush();
      event.preventDefault();
      event.returnValue = '';
    };
    const unregister = flushBeforeLocking(flush);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      void flush();
    };
  }, [key]);
}
