// Pure upgrades of source records between schema versions, by name (see ./schema.ts): for each table they touch, a
// function from a record as the previous version stored it to the record as this version stores it. They are frozen:
// they never call today's code, so an upgrade does the same thing whatever the app becomes. The database applies them
// as it opens (./db.ts), and a restored backup from an older version goes through the same ones (./backup.ts).
// Summaries are a projection, rebuilt from the audits when their version changes (./projections.ts), never migrated.
// test/storage/migrations.test.ts exercises each, and its guard fails if one never ran.

import type { StoredRecord } from './records/define';

export type RecordUpgrade = Readonly<Record<string, (record: StoredRecord) => StoredRecord>>;

/** Version 4: a moderation round records the programme its population was drawn from ('' for none) and whether it is blind. */
export function roundWithProgramme(round: StoredRecord): StoredRecord {
  return { ...round, programmeId: round.programmeId ?? '', blind: round.blind ?? false };
}

/** 32 hex digits standing for a revision's hash where the content that made it is no longer known. Frozen. */
function legacyHash(id: string, n: number): string {
  let out = '';
  for (let seed = 0; out.length < 32; seed += 1) {
    let h = 0x811c9dc5 ^ seed;
    for (const c of `${id}:${n}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/**
 * Version 6: a record's revision counter becomes a revision id as CouchDB keeps them, "<n>-<hash>", with the ids of the
 * revisions before it (none are known for revisions made before this version).
 */
export function withRevisionIds(record: StoredRecord): StoredRecord {
  if (typeof record.rev === 'string') return record;
  const n = typeof record.rev === 'number' && record.rev > 0 ? Math.floor(record.rev) : 0;
  return { ...record, rev: n > 0 ? `${n}-${legacyHash(record.id, n)}` : '', revisions: [] };
}

/** Version 12: a key slot keeps no name or designation (they move to the lock screen's labels, slotLabelOf). */
export function slotWithoutNames(slot: StoredRecord): StoredRecord {
  const { name: _name, designation: _designation, ...rest } = slot;
  return rest;
}

/** Version 12: the lock screen's label for a slot, from the slot as version 11 stored it. */
export function slotLabelOf(slot: StoredRecord): StoredRecord {
  return { id: slot.id, name: typeof slot.name === 'string' ? slot.name : '', designation: typeof slot.designation === 'string' ? slot.designation : '' };
}

/**
 * Rows a version's upgrade makes in a new table from the rows of another, before that table's own upgrade runs:
 * by upgrade name, the table read, the table written, and the row made from each.
 */
export const ROWS_MADE: Readonly<Record<string, { from: string; to: string; make: (record: StoredRecord) => StoredRecord }>> = {
  'slots-without-names': { from: 'keySlots', to: 'slotLabels', make: slotLabelOf },
};

export const MIGRATIONS: Readonly<Record<string, RecordUpgrade>> = {
  'rounds-gain-programme': { moderationRounds: roundWithProgramme },
  'revisions-as-couchdb-keeps-them': {
    audits: withRevisionIds,
    actions: withRevisionIds,
    moderationRounds: withRevisionIds,
    programmes: withRevisionIds,
    people: withRevisionIds,
  },
  'slots-without-names': { keySlots: slotWithoutNames },
};
