// Rows of older shapes brought up to date where they are stored. Opening a row already upgrades it in memory
// (./records/shapes.ts); once the workspace is open (and, when protected, unlocked) the rows still in an older shape
// are rewritten in the current one, in batches with progress, as the summary rebuild does. A rewrite changes the
// shape of the stored row, not the record's content as people see it, so its revision stays the same. A row that was
// changed meanwhile is left for the next opening, one its schema still refuses once brought up is left as it is (and
// opened as the steps leave it), and a row of a newer shape than this build knows is never touched.
import { db, type WorkbenchDb } from './db';
import { DEFINITIONS, type SealedTable } from './records/registry';
import { currentShape } from './records/define';
import { isValidUpgrade, shapeOfRow } from './records/shapes';
import { openRows, refuseStaleProtection, sealRecords } from './protection';
import type { RebuildProgress } from './projections';

const BATCH = 500;

/** The kinds whose rows can be of an older shape than this build writes. */
const upgradable = () => DEFINITIONS.filter((def) => def.sealed && def.upgrades.length > 0);

/** How many rows of each kind are stored in an older shape than this build writes (rows of no shape are shape 1). */
async function olderRows(d: WorkbenchDb): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const def of upgradable()) {
    const table = d.table(def.table);
    const current = await table.where('shape').aboveOrEqual(currentShape(def)).count();
    const older = (await table.count()) - current;
    if (older > 0) out.set(def.table, older);
  }
  return out;
}

/** Rewrites every row of an older shape in the current one, in batches of 500 with progress; returns how many. */
export async function rewriteOlderShapes(onProgress?: RebuildProgress, d: WorkbenchDb = db()): Promise<number> {
  const counts = await olderRows(d);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  let done = 0;
  if (total === 0) return 0;
  onProgress?.(0, total);
  for (const def of upgradable()) {
    if (!counts.has(def.table)) continue;
    const table = d.table(def.table);
    const keys = (await table.toCollection().primaryKeys()) as string[];
    for (let i = 0; i < keys.length; i += BATCH) {
      const raw = (await table.bulkGet(keys.slice(i, i + BATCH))).filter(
        (row): row is { id: string; rev?: string } => row !== undefined && shapeOfRow(row) < currentShape(def),
      );
      if (raw.length === 0) continue;
      const opened = await openRows<{ id: string }>(def.table as SealedTable, raw);
      // A record its schema refuses once brought up is left in its old shape, opened as it is each time (shapes.ts).
      const keep = opened.map((r) => isValidUpgrade(def, r));
      const records = opened.filter((_, j) => keep[j]);
      const read = raw.filter((_, j) => keep[j]);
      const rows = await sealRecords(def.table as SealedTable, records);
      await d.transaction('rw', [table, d.keySlots], async () => {
        await refuseStaleProtection(d);
        const stored = await table.bulkGet(read.map((r) => r.id));
        // Only rows that are still as they were read: one changed meanwhile was written in the current shape. (Conflicts
        // and provenance carry no revision; theirs are only ever replaced whole, by a version brought in again.)
        const same = rows.filter((_, j) => {
          const s = stored[j] as { rev?: string } | undefined;
          return s !== undefined && shapeOfRow(s) < currentShape(def) && (s.rev ?? '') === (read[j]?.rev ?? '');
        });
        await table.bulkPut(same);
      });
      done += raw.length;
      onProgress?.(done, total);
    }
  }
  return total;
}
