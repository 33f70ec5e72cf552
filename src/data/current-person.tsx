// Who is working, read once for the whole app, so that every page and the layout's first-use guard see the same
// answer at the same moment (two separate live queries can disagree for a render after a switch).
import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '@/domain/person';
import { currentPerson } from '@/storage/read';

const CurrentPersonContext = createContext<Person | null | undefined>(undefined);

export function CurrentPersonProvider({ children }: { children: ReactNode }) {
  const person = useLiveQuery(currentPerson, []);
  return <CurrentPersonContext value={person}>{children}</CurrentPersonContext>;
}

/** `undefined` while loading; `null` before anyone has set up a profile on this machine. */
export function useCurrentPerson(): Person | null | undefined {
  return useContext(CurrentPersonContext);
}
