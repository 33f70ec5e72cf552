// Who is working, read once for the whole app, so that every page and the layout's first-use guard see the same
// answer at the same moment (two separate live queries can disagree for a render after a switch).
import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '@/domain/person';
import { currentPerson } from '@/storage/read';
import { useProtection } from './protection';

const CurrentPersonContext = createContext<Person | null | undefined>(undefined);

export function CurrentPersonProvider({ children }: { children: ReactNode }) {
  // Read again whenever someone unlocks or the workspace is protected: unlocking as a person is who is working.
  const protection = useProtection();
  const person = useLiveQuery(currentPerson, [protection]);
  return <CurrentPersonContext value={person}>{children}</CurrentPersonContext>;
}

/** `undefined` while loading; `null` before anyone has set up a profile on this machine. */
export function useCurrentPerson(): Person | null | undefined {
  return useContext(CurrentPersonContext);
}
