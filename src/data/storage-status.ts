// Whether the browser has agreed to keep the workspace (persistent storage) and how much space it uses, and asking
// it to keep it. Browsers may clear the storage of a site that is not persistent when the device runs short of space.
import { useCallback, useEffect, useState } from 'react';

export interface StorageStatus {
  /** null when the browser cannot say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readStatus(): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [persisted, estimate] = await Promise.all([storage?.persisted?.() ?? null, storage?.estimate?.() ?? null]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser to keep the workspace; resolves to whether it now will. */
export async function askToPersist(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false;
}

export function useStorageStatus(): { status: StorageStatus | undefined; ask: () => Promise<void> } {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void readStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, []);
  const ask = useCallback(async () => {
    await askToPersist();
    setStatus(await readStatus());
  }, []);
  return { status, ask };
}
