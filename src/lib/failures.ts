// Why something was not saved, in plain English with what to do next: never a raw exception name.

function names(error: unknown): string[] {
  const out: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth += 1) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return out;
}

export const FULL_DISK =
  'There is no room left on this device for Audit Workbench, so this was not saved. What you typed is still here: free some space on the device (for example, delete old downloads), then try again, and back up the workspace as soon as you can.';
export const UPDATED_ELSEWHERE =
  'This page has stopped saving because Audit Workbench was updated in another tab or window. What you typed is still here: copy anything you need, then reload the page.';
export const NO_STORAGE =
  'This browser cannot keep Audit Workbench’s data: it may be a private window, or site data may be turned off for this site. Open Audit Workbench in a normal window, or ask your IT team to allow site data for it.';

/** What to tell a person about an error from saving or opening the workspace. */
export function describeFailure(error: unknown): string {
  const all = names(error);
  if (all.includes('QuotaExceededError')) return FULL_DISK;
  if (all.some((n) => n === 'DatabaseClosedError' || n === 'VersionChangeError')) return UPDATED_ELSEWHERE;
  if (all.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'UnknownError' || n === 'SecurityError')) return NO_STORAGE;
  return error instanceof Error ? error.message : String(error);
}
