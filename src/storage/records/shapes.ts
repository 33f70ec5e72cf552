// Record shapes that upgrade. Every stored row carries the shape version it was written in (`shape`, in the clear;
// rows written before shapes were kept have none and are shape 1). Opening a row brings it to the current shape by its
// kind's frozen steps; the rows upgraded are checked against the kind's schema and rewritten in batches after the
// workspace opens (../upgrade.ts). A row of a newer shape than this build knows is returned as it is, marked read-only:
// no write path rewrites, merges into or overwrites it (refuseNewerShapes), and the page says to update the app.
import { currentShape, type RecordDefinition, type StoredRecord } from './define';

/** The shape version a stored row was written in. */
export function shapeOfRow(row: unknown): number {
  const shape = (row as { shape?: unknown } | null | undefined)?.shape;
  return typeof shape === 'number' && Number.isInteger(shape) && shape > 0 ? shape : 1;
}

/** The record without the row's shape version. */
export function withoutShape<T extends { id: string }>(row: T): T {
  if (!('shape' in row)) return row;
  const { shape: _shape, ...record } = row as T & { shape?: unknown };
  return record as T;
}

/** The record as a row of the current shape, stored in the clear. */
export function storedForm<T extends { id: string }>(def: Pick<RecordDefinition, 'upgrades'>, record: T): T & { shape: number } {
  return { ...record, shape: currentShape(def) };
}

/** Records opened from rows of a newer shape than this build knows: shown, never written. */
const newer = new WeakSet<object>();

/** Whether a record was opened from a row of a newer shape than this build knows, so it must not be changed here. */
export function isNewerShape(record: object): boolean {
  return newer.has(record);
}

export class NewerShapeError extends Error {
  constructor(label: string, shape: number, known: number) {
    super(
      `${label}: a record here was saved by a newer version of Audit Workbench (shape ${shape}; this version knows up to ${known}). It is shown as it is and cannot be changed here: update the app to change it.`,
    );
    this.name = 'NewerShapeError';
  }
}

/**
 * A stored record of the given shape brought to the current shape; one of a newer shape, marked read-only. Opening is
 * lenient: a record that the steps bring up but that its schema still refuses (a field this version never wrote, say)
 * is returned as the steps left it, as opening always was, so that one odd record never keeps a workspace from
 * opening; the rewrite leaves such a row in its old shape (isValidUpgrade).
 */
export function upgradeToCurrent<T>(def: RecordDefinition, record: StoredRecord, shape: number): T {
  const known = currentShape(def);
  if (shape === known) return record as T;
  if (shape > known) {
    newer.add(record);
    return record as T;
  }
  let out = record;
  for (const step of def.upgrades.slice(shape - 1)) out = step.up(out);
  return out as T;
}

/** Whether a record brought up to the current shape is one its kind's schema accepts (projections have none). */
export function isValidUpgrade(def: RecordDefinition, record: unknown): boolean {
  return !def.schema || def.schema.safeParse(record).success;
}

/** A row's record (already opened, without its shape) in the current shape. */
export function openStored<T>(def: RecordDefinition, record: { id: string }, shape: number): T {
  return upgradeToCurrent<T>(def, record as StoredRecord, shape);
}

/** Refuses, in the caller's transaction, to write over rows of a newer shape than this build knows. */
export function refuseNewerShapes(def: RecordDefinition, rows: readonly unknown[]): void {
  const known = currentShape(def);
  for (const row of rows) {
    if (row !== undefined && shapeOfRow(row) > known) throw new NewerShapeError(def.label, shapeOfRow(row), known);
  }
}
