// People who work in the workspace: a name and a designation, which histories and Part B refer to.
import { z } from 'zod';
import type { Person } from '@/domain/person';
import { defineRecord } from './define';
import { revision, text } from './fields';

export const personSchema: z.ZodType<Person> = z.strictObject({ ...revision, name: text, designation: text });

export const people = defineRecord({
  table: 'people',
  label: 'People',
  indexes: 'id, shape',
  schema: personSchema,
  sealed: { clear: ['id', 'rev'] },
  upgrades: [],
  travels: { backup: true, pack: false, sync: true },
});
