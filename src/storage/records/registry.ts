// Every kind of record the workspace stores, each declared once in this folder. Backups, packs, protecting a
// workspace, the sealed-row codec and the rewrite of old shapes iterate this list; test/storage/records.test.ts fails when a table
// of the database has no definition here, or a definition's indexes differ from the newest schema version's.
import type { RecordDefinition } from './define';
import { audits } from './audits';
import { actions } from './actions';
import { moderationRounds } from './moderation-rounds';
import { programmes } from './programmes';
import { reports } from './reports';
import { people } from './people';
import { settings } from './settings';
import { conflicts } from './conflicts';
import { provenance } from './provenance';
import { deletions } from './deletions';
import { keySlots } from './key-slots';
import { slotLabels } from './slot-labels';
import { tombstones } from './tombstones';
import { projections, summaryMonths } from './projections';

/** In the order backups list them. */
export const RECORDS = {
  audits,
  actions,
  moderationRounds,
  programmes,
  people,
  settings,
  conflicts,
  provenance,
  reports,
  deletions,
  tombstones,
  keySlots,
  slotLabels,
  summaryMonths,
  projections,
} as const;

export type RecordTable = keyof typeof RECORDS;

/** The record a table holds, as its definition declares it. */
export type RecordOf<K extends RecordTable> = (typeof RECORDS)[K] extends RecordDefinition<infer T> ? T : never;

export const DEFINITIONS: readonly RecordDefinition[] = Object.values(RECORDS) as readonly RecordDefinition[];

/** The tables whose records go into backups of the whole workspace. */
export type BackupTable = { [K in RecordTable]: (typeof RECORDS)[K]['travels']['backup'] extends true ? K : never }[RecordTable];

/** The tables whose records are sealed at rest in a protected workspace. */
export type SealedTable = { [K in RecordTable]: (typeof RECORDS)[K]['sealed'] extends false ? never : K }[RecordTable];
