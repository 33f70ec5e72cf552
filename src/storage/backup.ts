// Backing up the whole workspace to one file, and restoring it. The file is a versioned envelope: what it is, the
// schema version its records are in, when it was made, how many of each record it holds, and a SHA-256 of everything
// else in it. Restoring reads the whole file and checks it (the checksum, the schema version, every record against
// its schema) before writing anything; a file from a newer version is refused, and one from an older version has its
// records upgraded by the same upgrades the database uses. Then the workspace is replaced in one transaction, its
// summaries rebuilt from the records restored: all of the backup, or nothing changed.
import { z } from 'zod';
import { sha256Hex } from '@/lib/digest';
import { db, type UnreadableRecord, type WorkspaceSettings } from './db';
import { MIGRATIONS } from './migrations';
import type { StoredRecord } from './records/define';
import { monthsOf, summariesOf, type RebuildProgress } from './projections';
import { openFileText, sealForWorkspace } from './sealed-files';
import { keySlots, openRows, refuseStaleProtection, sealLabels, sealRecords, unlockedPersonId } from './protection';
import type { Person } from '@/domain/person';
import { DEFINITIONS, RECORDS, type BackupTable, type RecordOf, type SealedTable } from './records/registry';
import { currentShape } from './records/define';
import { refuseNewerShapes } from './records/shapes';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { DEFAULT_SETTINGS } from './records/settings';
import { SUMMARY_PROJECTION_VERSION, type AuditSummary } from '@/domain/summary';

export const BACKUP_FORMAT = 'audit-workbench-backup';
const FORMAT_VERSION = 1;

/** The kinds of record a backup holds: every kind whose definition says it goes into backups, in the registry's order. */
export type { BackupTable };
export const BACKUP_TABLES = DEFINITIONS.filter((def) => def.travels.backup).map((def) => def.table) as BackupTable[];
export const BACKUP_TABLE_LABELS: Record<BackupTable, string> = Object.fromEntries(BACKUP_TABLES.map((t) => [t, RECORDS[t].label])) as Record<
  BackupTable,
  string
>;

export type Counts = Record<BackupTable, number>;

/** A backup checked and brought up to this version's schema, ready to restore. */
export interface CheckedBackup {
  createdAt: string;
  schemaVersion: number;
  counts: Counts;
  records: { [T in BackupTable]: RecordOf<T>[] };
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const envelopeSchema = z.object({
  format: z.string(),
  formatVersion: z.literal(FORMAT_VERSION),
  app: z.string(),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  counts: z.record(z.string(), z.number().int().min(0)),
  // The shape version of each kind's records (files made before shapes were kept have none: shape 1).
  shapes: z.record(z.string(), z.number().int().positive()).optional(),
  // Each record is checked against its kind's schema below; here only that records come in lists.
  records: z.record(z.string(), z.array(z.unknown())),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The text the checksum is taken over: the envelope as written, without its checksum. */
function sealed(envelope: Record<string, unknown>): string {
  const { sha256: _sha256, ...rest } = envelope;
  return JSON.stringify(rest);
}

/**
 * The checksum of a file as written: one ends with its checksum, so the text it was taken over is the file without
 * it, with no need to write the records out again. Null when the file does not end that way.
 */
function checksumAsWritten(text: string): Promise<string> | null {
  const tail = /,"sha256":"[0-9a-f]{64}"\}$/.exec(text.slice(-100));
  return tail ? sha256Hex(`${text.slice(0, -tail[0].length)}}`) : null;
}

/**
 * Whether the checksum is the file's: as written, or, for a file whose text was laid out again but not changed, over
 * its records written out as the app writes them.
 */
async function checksumMatches(asWritten: Promise<string> | null, parsed: Record<string, unknown>, expected: string): Promise<boolean> {
  if (asWritten && (await asWritten) === expected) return true;
  return (await sha256Hex(sealed(parsed))) === expected;
}

const isSealedTable = (table: BackupTable): table is BackupTable & SealedTable => RECORDS[table].sealed !== false;

/** How many records of each kind the workspace holds now. */
export async function workspaceCounts(): Promise<Counts> {
  const d = db();
  const counts = await Promise.all(BACKUP_TABLES.map((t) => d.table(t).count()));
  return Object.fromEntries(BACKUP_TABLES.map((t, i) => [t, counts[i] ?? 0])) as Counts;
}

/** A file's text: an envelope of `format` around records, sealed with a SHA-256 of everything in it. */
export async function sealFile(
  format: string,
  now: string,
  records: Partial<Record<BackupTable, readonly object[]>>,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const counts = Object.fromEntries(Object.entries(records).map(([t, list]) => [t, list.length]));
  const shapes = Object.fromEntries(Object.keys(records).map((t) => [t, currentShape(RECORDS[t as BackupTable])]));
  const envelope = {
    format,
    formatVersion: FORMAT_VERSION,
    app: 'Audit Workbench',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now,
    ...extra,
    counts,
    shapes,
    records,
  };
  return JSON.stringify({ ...envelope, sha256: await sha256Hex(sealed(envelope)) });
}

/** The whole workspace as the text of a backup file. */
export async function makeBackup(now: string, onProgress?: RebuildProgress): Promise<{ text: string; counts: Counts; sealed: boolean }> {
  const d = db();
  const tables = await d.transaction(
    'r',
    BACKUP_TABLES.map((t) => d.table(t)),
    async () => {
      const sizes = await Promise.all(BACKUP_TABLES.map((t) => d.table(t).count()));
      const total = sizes.reduce((a, b) => a + b, 0);
      const out: unknown[][] = [];
      for (const t of BACKUP_TABLES) {
        out.push(await d.table(t).toArray());
        onProgress?.(
          out.reduce((n, list) => n + list.length, 0),
          total,
        );
      }
      return out;
    },
  );
  // A record saved by a newer version would be written here in a shape this version does not know: refused whole.
  BACKUP_TABLES.forEach((t, i) => refuseNewerShapes(RECORDS[t], tables[i] ?? []));
  // Opened once the transaction is over: decrypting cannot happen inside one. Settings and tombstones are never sealed.
  const opened = await Promise.all(BACKUP_TABLES.map((t, i) => (isSealedTable(t) ? openRows(t, tables[i] ?? []) : (tables[i] ?? []))));
  const records = Object.fromEntries(BACKUP_TABLES.map((t, i) => [t, opened[i] ?? []])) as Record<BackupTable, unknown[]>;
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, records[t].length])) as Counts;
  const text = await sealFile(BACKUP_FORMAT, now, records as Record<BackupTable, object[]>);
  // A protected workspace's backup is encrypted with its key: what is encrypted in the workspace stays so outside it.
  const sealed = await sealForWorkspace(BACKUP_FORMAT, text, now);
  return { text: sealed ?? text, counts, sealed: sealed !== null };
}

/** Brings records from an older schema version up to this one, by the database's own upgrades, in order. */
function upgradeRecords(records: Record<string, StoredRecord[]>, from: number): Record<string, StoredRecord[]> {
  let out = records;
  for (const v of SCHEMA_VERSIONS) {
    if (v.version <= from || !v.upgrade) continue;
    const upgrade = MIGRATIONS[v.upgrade] ?? {};
    out = Object.fromEntries(Object.entries(out).map(([table, list]) => [table, upgrade[table] ? list.map(upgrade[table]) : list]));
  }
  return out;
}

function describeIssue(table: BackupTable, index: number, issues: readonly z.core.$ZodIssue[]): string {
  const [issue] = issues;
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return `${RECORDS[table].label}, record ${index + 1}${where}: ${issue?.message ?? 'not as this version stores it'}`;
}

/** A file read and checked: its envelope's own fields, and its records brought up to this version and checked. */
export interface CheckedFile {
  createdAt: string;
  schemaVersion: number;
  envelope: Record<string, unknown>;
  counts: Counts;
  records: CheckedBackup['records'];
}

/**
 * Reads and checks a file's text, whole, writing nothing (opening it first if it is sealed: ./sealed-files.ts): the format (`what` names it in messages), the schema
 * version, the checksum, the counts, and every record against its schema after upgrading it. Throws a BackupError
 * saying what is wrong.
 */
export async function readFile(file: string, format: string, what: string, passphrase?: string): Promise<CheckedFile> {
  const text = await openFileText(file, format, passphrase);
  // The browser works the checksum out on another thread while the file is parsed and checked here.
  const asWritten = checksumAsWritten(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BackupError(`This file is not ${what} of Audit Workbench: it is not complete, or not such a file at all.`);
  }
  if (!parsed || typeof parsed !== 'object' || (parsed as { format?: unknown }).format !== format) {
    throw new BackupError(`This file is not ${what} of Audit Workbench.`);
  }
  const version = (parsed as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    throw new BackupError(
      `This file was made by a newer version of Audit Workbench (schema ${version}; this version knows up to ${CURRENT_SCHEMA_VERSION}). Open it with that version or a later one.`,
    );
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success)
    throw new BackupError(`This file is damaged: ${envelope.error.issues[0]?.path.join('.') || 'its envelope'} is not as Audit Workbench writes it.`);
  if (!(await checksumMatches(asWritten, parsed as Record<string, unknown>, envelope.data.sha256))) {
    throw new BackupError('This file is damaged: its contents do not match its checksum, so it was changed or cut short after it was made.');
  }
  const unknownTable = Object.keys(envelope.data.records).find((t) => !(BACKUP_TABLES as string[]).includes(t));
  if (unknownTable) throw new BackupError(`This file holds records this version does not know ("${unknownTable}").`);
  const upgraded = upgradeRecords(envelope.data.records as Record<string, StoredRecord[]>, envelope.data.schemaVersion);
  const records = {} as CheckedBackup['records'];
  for (const table of BACKUP_TABLES) {
    const list = upgraded[table] ?? [];
    const checked: unknown[] = [];
    const def = RECORDS[table];
    const shape = envelope.data.shapes?.[table] ?? 1;
    if (shape > currentShape(def)) {
      throw new BackupError(
        `This file holds ${def.label.toLowerCase()} saved by a newer version of Audit Workbench (shape ${shape}; this version knows up to ${currentShape(def)}). Open it with that version or a later one.`,
      );
    }
    for (const [index, record] of list.entries()) {
      // Lenient, then strict: older shapes are brought up by the kind's own frozen steps, then checked whole.
      let upgraded: unknown = record;
      if (shape < currentShape(def)) {
        if (typeof record !== 'object' || record === null) throw new BackupError(`This file is damaged: ${def.label}, record ${index + 1} is not a record.`);
        for (const step of def.upgrades.slice(shape - 1)) upgraded = step.up(upgraded as StoredRecord);
      }
      const result = def.schema?.safeParse(upgraded);
      if (!result?.success) throw new BackupError(`This file is damaged: ${describeIssue(table, index, result?.error.issues ?? [])}.`);
      checked.push(result.data);
    }
    (records as Record<BackupTable, unknown[]>)[table] = checked;
    if ((envelope.data.counts[table] ?? 0) !== list.length) {
      throw new BackupError(
        `This file is damaged: it says it holds ${envelope.data.counts[table] ?? 0} ${RECORDS[table].label.toLowerCase()} but holds ${list.length}.`,
      );
    }
  }
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, records[t].length])) as Counts;
  return { createdAt: envelope.data.createdAt, schemaVersion: envelope.data.schemaVersion, envelope: parsed as Record<string, unknown>, counts, records };
}

/** Reads and checks a backup file's text, whole, writing nothing. Throws a BackupError saying what is wrong. */
export async function readBackup(text: string, passphrase?: string): Promise<CheckedBackup> {
  const { createdAt, schemaVersion, counts, records } = await readFile(text, BACKUP_FORMAT, 'a backup', passphrase);
  return { createdAt, schemaVersion, counts, records };
}

const CHUNK = 500;

/**
 * Replaces the whole workspace with a checked backup in one transaction, reporting progress: every table is cleared and
 * refilled, and the summaries rebuilt from the audits restored, or, if anything fails, nothing is changed. This
 * device's own settings (who is working here, when it was last backed up) are kept, and so are the key slots of a
 * protected workspace with the profiles of the people who hold them: the restored records are sealed with this
 * workspace's key, before the transaction opens.
 */
export async function restoreBackup(backup: CheckedBackup, now: string, onProgress?: RebuildProgress): Promise<void> {
  const d = db();
  const total = BACKUP_TABLES.reduce((n, t) => n + backup.records[t].length, 0) + backup.records.audits.length;
  let done = 0;
  onProgress?.(0, total);
  const unreadable: UnreadableRecord[] = [];
  const here: WorkspaceSettings = { ...DEFAULT_SETTINGS, ...((await d.settings.get('workspace')) ?? {}) };
  // Whoever is restoring stays working here, even if the backup was made before they joined, and everyone who can
  // unlock the workspace keeps their profile.
  const restorerId = unlockedPersonId() ?? here.currentPersonId;
  const holders = new Set([...(await keySlots(d)).map((s) => s.id), ...(restorerId ? [restorerId] : [])]);
  const ours = await openRows<Person>('people', await d.people.bulkGet([...holders]).then((rows) => rows.filter((r) => r !== undefined)));
  const people = [...backup.records.people, ...ours.filter((p) => !backup.records.people.some((b) => b.id === p.id))];
  const restorer = ours.find((p) => p.id === restorerId);
  const theirs = backup.records.settings[0] ?? DEFAULT_SETTINGS;
  // This device keeps its own revision secret: the one it makes revisions with (./revisions.ts), never the backup's.
  const { revisionSecret: _theirSecret, ...theirSettings } = theirs;
  const settings = {
    ...theirSettings,
    ...(here.revisionSecret ? { revisionSecret: here.revisionSecret } : {}),
    currentPersonId: restorer ? restorer.id : null,
    lastBackupAt: here.lastBackupAt ?? null,
    rev: here.rev + 1,
    updatedAt: now,
  };
  const sealed = new Map<string, unknown[]>();
  for (const table of BACKUP_TABLES) {
    if (table === 'settings') continue;
    const records = (table === 'people' ? people : backup.records[table]) as { id: string }[];
    sealed.set(table, isSealedTable(table) ? await sealRecords(table, records) : records);
  }
  const labels = await sealLabels(backup.records.audits);
  const tables = [...BACKUP_TABLES.map((t) => d.table(t)), d.summaryMonths, d.projections, d.keySlots];
  await d.transaction('rw', tables, async () => {
    await refuseStaleProtection(d);
    // Replacing the workspace would drop records saved here by a newer version, which this one cannot back up first.
    for (const table of BACKUP_TABLES) {
      const def = RECORDS[table];
      if (!def.sealed) continue;
      const newer = await d.table(table).where('shape').above(currentShape(def)).first();
      if (newer) refuseNewerShapes(def, [newer]);
    }
    // Every chunk is put without waiting for the one before, and a chunk's summaries are worked out once it is
    // written, while the browser writes the chunks after it: summarising overlaps writing. Any failure aborts the
    // whole transaction.
    const writes: Promise<unknown>[] = [];
    const put = (table: string, records: readonly unknown[], after?: (from: number, to: number) => void) => {
      for (let i = 0; i < records.length; i += CHUNK) {
        const chunk = records.slice(i, i + CHUNK);
        writes.push(
          d
            .table(table)
            .bulkPut(chunk)
            .then(() => {
              after?.(i, i + chunk.length);
              done += chunk.length;
              onProgress?.(done, total);
            }),
        );
      }
    };
    await Promise.all([...BACKUP_TABLES, 'summaryMonths'].map((t) => d.table(t).clear()));
    put('settings', [settings]);
    for (const table of BACKUP_TABLES) {
      if (table === 'settings' || table === 'audits') continue;
      put(table, sealed.get(table) ?? []);
    }
    const summaries: AuditSummary[] = [];
    put('audits', sealed.get('audits') ?? [], (from, to) => {
      const made = summariesOf(backup.records.audits.slice(from, to));
      unreadable.push(...made.unreadable);
      summaries.push(...made.summaries);
      done += to - from;
    });
    await Promise.all(writes);
    await d.summaryMonths.bulkPut(monthsOf(summaries, labels));
    await d.projections.put({ id: 'summaries', version: SUMMARY_PROJECTION_VERSION, rebuiltAt: now, unreadable });
  });
}
