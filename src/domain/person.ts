// People who use the workbench on this machine: each change is attributed to one of them by name and designation.
import type { Author } from './author';
import type { Versioned } from './revision';

export interface Person extends Versioned {
  name: string;
  designation: string;
}

export function authorOf(person: Person): Author {
  return { name: person.name, designation: person.designation };
}

/** Someone new working in the workbench. */
export function newPerson(id: string, input: { name: string; designation: string }, now: string): Person {
  return { id, rev: '', revisions: [], updatedAt: now, name: input.name, designation: input.designation };
}
