// What happens to the workspace from outside this tab, for the page to tell the person: another tab opened a newer
// version (this tab has closed the database so the upgrade can run, and stops writing), or this tab's upgrade is
// waiting for an older tab to close.
export type WorkspaceEvent = 'updated-elsewhere' | 'upgrade-blocked';

let current: WorkspaceEvent | null = null;
const listeners = new Set<() => void>();

export function workspaceEvent(): WorkspaceEvent | null {
  return current;
}

export function onWorkspaceEvent(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportWorkspaceEvent(event: WorkspaceEvent | null): void {
  current = event;
  for (const listener of listeners) listener();
}
