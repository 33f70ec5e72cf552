// A kind of record, declared once: its table and indexes, its stored shape (a zod schema, strict), the fields kept in
// the clear for its indexes, its shape version with the frozen steps that bring older shapes up to it, and where its
// records travel (backups, audit packs, the team workspace). The sealed-row codec (../protection.ts), backups,
// protecting a workspace and the rewrite of old shapes work from these definitions (./registry.ts); adding a kind is a
// definition file, a schema version for its table, and its tests (docs/recipes.md).
import type { z } from 'zod';

/** A record as some shape stored it: an object with an id. */
export type StoredRecord = { id: string } & Record<string, unknown>;

/**
 * One frozen step from shape `n` to shape `n + 1`: a pure function of the stored record that never calls today's code,
 * so that it does the same thing whatever the app becomes. Tested with literal before and after fixtures.
 */
export interface ShapeUpgrade {
  /** What the step does, in words. */
  name: string;
  up: (record: StoredRecord) => StoredRecord;
}

export interface RecordDefinition<T extends { id: string } = { id: string }> {
  /** The Dexie table, and the kind's name in ids outside this device (`<table>:<id>`). */
  table: string;
  /** What a person calls these records, in the plural ("Audits"). */
  label: string;
  /** Dexie's index declaration for the table as the newest schema version has it (./schema.ts, checked by a test). */
  indexes: string;
  /**
   * The current shape, strict: an unknown field is refused. Null for a projection (a read model such as the summaries):
   * it is rebuilt from the records, never upgraded, checked or carried anywhere.
   */
  schema: z.ZodType<T> | null;
  /**
   * Whether records are sealed at rest in a protected workspace, and the fields that stay in the clear beside the
   * sealed value (those the indexes and the write checks need: ids, revisions, statuses, dates; never free text).
   */
  sealed: false | { clear: readonly string[] };
  /** Frozen steps, oldest first: step i brings shape i + 1 to shape i + 2. The current shape is steps + 1. */
  upgrades: readonly ShapeUpgrade[];
  /** Whether the kind goes into backups of the whole workspace, into audit packs, and into the team workspace. */
  travels: { backup: boolean; pack: boolean; sync: boolean };
}

/** The shape version a definition writes: one more than its upgrade steps. */
export function currentShape(def: Pick<RecordDefinition, 'upgrades'>): number {
  return def.upgrades.length + 1;
}

/** A definition, keeping in its type whether it is sealed and where it travels (for the tables each path may name). */
export function defineRecord<T extends { id: string }, const S extends RecordDefinition['sealed'], const V extends RecordDefinition['travels']>(
  def: RecordDefinition<T> & { sealed: S; travels: V },
): RecordDefinition<T> & { sealed: S; travels: V } {
  return def;
}
