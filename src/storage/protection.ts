// The workspace's protection: who can unlock it, whether it is unlocked now, and the sealing of records at rest.
// A protected workspace has one key slot per person (the data key wrapped under their passphrase; lib/crypto.ts).
// Unlocking as a person puts the data key in this module's memory, and only here; locking drops it. While a protected
// workspace is unlocked, every record is stored with only the fields its indexes need in the clear (ids, revisions,
// dates, statuses, codes: never free text, a case reference or a name) and the rest sealed with the data key, and read
// back by opening it. An unprotected workspace (one whose owner chose to work without a passphrase, or one made before
// protection) stores records as they are; protecting it seals every record in one transaction.
// WebCrypto cannot run inside an IndexedDB transaction (the transaction commits while it waits), so records are sealed
// before a transaction opens and opened after it closes.
import type { Table } from 'dexie';
import type { AuditLabels } from '@/domain/summary';
import { labelsOf } from '@/domain/summary';
import type { Audit } from '@/domain/audit';
import type { Person } from '@/domain/person';
import {
  fromBase64,
  ivOf,
  newDataKey,
  seal,
  sealText,
  unsealText,
  toBase64,
  unseal,
  unwrapDataKey,
  unwrapWorkspaceKeys,
  wrapDataKey,
  WrongPassphraseError,
  PBKDF2_ITERATIONS,
  type WrappedKey,
} from '@/lib/crypto';
import { db, type KeySlot, type SlotHolder, type SlotLabel, type StoredLabels, type WorkbenchDb } from './db';
import { DEFINITIONS, RECORDS, type SealedTable } from './records/registry';
import { openStored, refuseNewerShapes, shapeOfRow, storedForm, withoutShape } from './records/shapes';

export type { SealedTable };

/** A record as stored in a protected workspace: its clear fields, its shape version and the rest sealed. */
export type SealedRow = { id: string; shape?: number; sealed: Uint8Array } & Record<string, unknown>;

export type Protection = { state: 'unprotected' } | { state: 'locked' } | { state: 'unlocked'; personId: string };

let protection: Protection = { state: 'unprotected' };
let dataKey: CryptoKey | null = null;
/** The key revision ids are made with, derived from the data key (lib/crypto.ts unwrapWorkspaceKeys). */
let revisionKey: CryptoKey | null = null;
/**
 * Labels already opened, by audit id and the IV they were sealed with (a new IV for every change): lists read every
 * audit's labels again after each write, and most have not changed. Emptied when the workspace locks.
 */
const openedLabels = new Map<string, AuditLabels>();
const listeners = new Set<() => void>();

type Keys = { dataKey: CryptoKey; revisionKey: CryptoKey };

function set(next: Protection, keys: Keys | null) {
  protection = next;
  dataKey = keys?.dataKey ?? null;
  revisionKey = keys?.revisionKey ?? null;
  const key = dataKey;
  // What was opened goes with the key.
  if (!key) openedLabels.clear();
  for (const listener of listeners) listener();
}

export function currentProtection(): Protection {
  return protection;
}

export function onProtectionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export class LockedError extends Error {
  constructor() {
    super('The workspace is locked: unlock it with your passphrase to go on. Nothing typed has been lost.');
    this.name = 'LockedError';
  }
}

/** The data key, when records are to be sealed; null in an unprotected workspace; a LockedError while locked. */
function sealingKey(): CryptoKey | null {
  if (protection.state === 'unprotected') return null;
  if (!dataKey) throw new LockedError();
  return dataKey;
}

export class ProtectionChangedError extends Error {
  constructor() {
    super('This workspace was protected (or its protection changed) in another tab or window, so this page can no longer save. Reload the page.');
    this.name = 'ProtectionChangedError';
  }
}

/**
 * Refuses, in the caller's transaction, a write by a page that does not know the workspace is protected (it was
 * protected in another tab since this one opened): it would store records in the clear.
 */
export async function refuseStaleProtection(d: WorkbenchDb): Promise<void> {
  if ((await d.keySlots.count()) > 0 !== isProtected()) throw new ProtectionChangedError();
}

/** Reads, on opening, whether the workspace is protected: it is when anyone holds a key slot. It opens locked. */
export async function loadProtection(d: WorkbenchDb = db()): Promise<Protection> {
  const slots = await d.keySlots.count();
  set(slots > 0 ? { state: 'locked' } : { state: 'unprotected' }, null);
  return protection;
}

export function isProtected(): boolean {
  return protection.state !== 'unprotected';
}

/** The protected workspace's revision key; null in an unprotected workspace (./revisions.ts); a LockedError while locked. */
export function workspaceRevisionKey(): CryptoKey | null {
  if (protection.state === 'unprotected') return null;
  if (!revisionKey) throw new LockedError();
  return revisionKey;
}

/**
 * The record as it is stored, with the shape version this build writes: sealed but for its clear fields in a
 * protected workspace, as it is otherwise.
 */
export async function sealRecord<T extends { id: string }>(table: SealedTable, record: T): Promise<T | SealedRow> {
  const key = sealingKey();
  return key ? sealRecordWith(key, table, record) : (storedForm(RECORDS[table], record) as T);
}

/**
 * What a sealed value is bound to besides its key: the table, the record's id and, for rows that carry a shape
 * version, that version and the revision in the clear, so that a sealed copy cannot be moved to another record, put
 * back under another revision, or read as another shape unnoticed. Rows sealed before shapes were kept are bound to
 * the table and id.
 */
function sealedContext(table: string, row: { id: string; rev?: unknown; shape?: unknown }): string {
  return typeof row.shape === 'number' ? `${table}:${row.id}:${typeof row.rev === 'string' ? row.rev : ''}:${row.shape}` : `${table}:${row.id}`;
}

async function sealRecordWith<T extends { id: string }>(key: CryptoKey, table: SealedTable, record: T): Promise<SealedRow> {
  const def = RECORDS[table];
  const clear: Record<string, unknown> = {};
  for (const field of def.sealed.clear) if (field in record) clear[field] = (record as Record<string, unknown>)[field];
  const { shape } = storedForm(def, { id: record.id });
  const row = { ...clear, id: record.id, shape };
  return { ...row, sealed: await seal(key, sealedContext(table, row), withoutShape(record)) };
}

export function sealRecords<T extends { id: string }>(table: SealedTable, records: readonly T[]): Promise<(T | SealedRow)[]> {
  return Promise.all(records.map((r) => sealRecord(table, r)));
}

/** Bytes, whichever realm made them (a structured clone may come back with another realm's Uint8Array). */
const isBytes = (value: unknown): value is Uint8Array => ArrayBuffer.isView(value);

const isSealed = (row: unknown): row is SealedRow => typeof row === 'object' && row !== null && isBytes((row as { sealed?: unknown }).sealed);

/**
 * A stored row as the record it holds, in the current shape: opened (a row stored in the clear, before the workspace
 * was protected, is read as it is), then upgraded by its kind's frozen steps and checked. A row of a newer shape than
 * this build knows is returned as it is and marked read-only (./records/shapes.ts).
 */
export async function openRow<T>(table: SealedTable, row: unknown): Promise<T> {
  const shape = shapeOfRow(row);
  if (!isSealed(row)) return openClear<T>(table, row);
  if (!dataKey) throw new LockedError();
  return openStored<T>(RECORDS[table], await unseal<{ id: string }>(dataKey, sealedContext(table, row), row.sealed), shape);
}

/** A row stored in the clear as its record: no promise a row, for lists of thousands. */
const openClear = <T>(table: SealedTable, row: unknown): T => openStored<T>(RECORDS[table], withoutShape(row as { id: string }), shapeOfRow(row));

export async function openRows<T>(table: SealedTable, rows: readonly unknown[]): Promise<T[]> {
  if (!rows.some(isSealed)) return rows.map((r) => openClear<T>(table, r));
  return Promise.all(rows.map((r) => openRow<T>(table, r)));
}

/** Like openRows, keeping `undefined` for ids that were not found (bulkGet's answer). */
export async function openFound<T>(table: SealedTable, rows: readonly unknown[]): Promise<(T | undefined)[]> {
  if (!rows.some(isSealed)) return rows.map((r) => (r === undefined ? undefined : openClear<T>(table, r)));
  return Promise.all(rows.map((r) => (r === undefined ? undefined : openRow<T>(table, r))));
}

export async function sealLabels(audits: readonly Audit[]): Promise<Map<string, StoredLabels>> {
  const key = sealingKey();
  const out = new Map<string, StoredLabels>();
  await Promise.all(
    audits.map(async (a) => {
      out.set(a.id, key ? await seal(key, `labels:${a.id}`, labelsOf(a)) : labelsOf(a));
    }),
  );
  return out;
}

export async function openLabels(id: string, stored: StoredLabels | undefined): Promise<AuditLabels | undefined> {
  if (!isBytes(stored)) return stored;
  if (!dataKey) throw new LockedError();
  const key = `${id}:${ivOf(stored)}`;
  const known = openedLabels.get(key);
  if (known) return known;
  const labels = await unseal<AuditLabels>(dataKey, `labels:${id}`, stored);
  openedLabels.set(key, labels);
  return labels;
}

/** A value of this device's own, such as a draft kept while a tab closes, sealed when protected; as JSON otherwise. */
export async function sealValue(context: string, value: unknown): Promise<string> {
  const key = sealingKey();
  if (!key) return JSON.stringify(value);
  return `sealed:${toBase64(await seal(key, context, value))}`;
}

export async function openValue<T>(context: string, text: string): Promise<T> {
  if (!text.startsWith('sealed:')) return JSON.parse(text) as T;
  if (!dataKey) throw new LockedError();
  return unseal<T>(dataKey, context, fromBase64(text.slice('sealed:'.length)));
}

/** Text sealed with the workspace key (a backup of it); null in an unprotected workspace. */
export async function sealWithWorkspaceKey(context: string, text: string): Promise<Uint8Array | null> {
  const key = sealingKey();
  return key ? sealText(key, context, text) : null;
}

/** Text opened with the workspace key in memory; null when there is none, or it is not the key that sealed it. */
export async function openWithWorkspaceKey(context: string, sealed: Uint8Array): Promise<string | null> {
  if (!dataKey) return null;
  try {
    return await unsealText(dataKey, context, sealed);
  } catch {
    return null;
  }
}

// Key slots ---------------------------------------------------------------------------------------------------------

/** Who can unlock the workspace: each slot with the name and designation the lock screen shows for it. */
export async function keySlots(d: WorkbenchDb = db()): Promise<SlotHolder[]> {
  const [slots, labels] = await Promise.all([d.keySlots.toArray(), d.slotLabels.toArray()]);
  const byId = new Map(labels.map((l) => [l.id, l]));
  return slots.map((slot) => ({ ...slot, name: byId.get(slot.id)?.name ?? 'Someone', designation: byId.get(slot.id)?.designation ?? '' }));
}

/** A slot carries no name or designation: the lock screen's label for it is kept apart, on this device only. */
function slotFor(person: Person, wrapped: WrappedKey, now: string): { slot: KeySlot; label: SlotLabel } {
  return { slot: { id: person.id, createdAt: now, ...wrapped }, label: { id: person.id, name: person.name, designation: person.designation } };
}

/** Every table whose records are sealed, as Dexie tables. */
function sealedTables(d: WorkbenchDb): Table[] {
  return DEFINITIONS.filter((def) => def.sealed).map((def) => d.table(def.table));
}

/**
 * Protects the workspace, unlocked as `person` (written with their slot if they are new): a new data key is made and
 * wrapped under their passphrase, and every record stored so far is sealed with it, all in one transaction. Summaries'
 * labels are sealed too. Refused if the workspace is already protected.
 */
export async function protectWorkspace(person: Person, passphrase: string, now: string, iterations = PBKDF2_ITERATIONS, d: WorkbenchDb = db()): Promise<void> {
  if (isProtected()) throw new Error('This workspace is already protected.');
  const key = await newDataKey();
  const { slot, label } = slotFor(person, await wrapDataKey(key, passphrase, iterations), now);
  const keys = await unwrapWorkspaceKeys(slot, passphrase);
  const usable = keys.dataKey;
  // Read everything as it is now, then seal it with the new key, before the transaction that writes it. The workspace
  // is said to be protected (and unlocked) only once that is written.
  const tables = sealedTables(d);
  const stored = await Promise.all(tables.map((t) => t.toArray()));
  // A row of a newer shape than this build knows would have to be rewritten to be sealed: refused, so that nothing is
  // left in the clear and nothing is rewritten in a shape this build does not know.
  tables.forEach((t, i) => refuseNewerShapes(RECORDS[t.name as SealedTable], stored[i] ?? []));
  const rows = await Promise.all(tables.map((t, i) => openRows<{ id: string }>(t.name as SealedTable, stored[i] ?? [])));
  const months = await d.summaryMonths.toArray();
  const sealAll = (table: SealedTable, records: readonly { id: string }[]) => Promise.all(records.map((r) => sealRecordWith(usable, table, r)));
  const sealed = await Promise.all(tables.map((t, i) => sealAll(t.name as SealedTable, (rows[i] ?? []) as { id: string }[])));
  const people = (await d.people.get(person.id)) ? [] : [await sealRecordWith(usable, 'people', person)];
  const sealedMonths = await Promise.all(
    months.map(async (m) => ({
      ...m,
      labels: Object.fromEntries(
        await Promise.all(Object.entries(m.labels).map(async ([id, l]) => [id, isBytes(l) ? l : await seal(usable, `labels:${id}`, l)] as const)),
      ),
    })),
  );
  await d.transaction('rw', [...tables, d.summaryMonths, d.keySlots, d.slotLabels, d.settings], async () => {
    if ((await d.keySlots.count()) > 0) throw new Error('This workspace was protected meanwhile, in another tab or window.');
    for (const [i, t] of tables.entries()) await t.bulkPut(sealed[i] ?? []);
    await d.people.bulkPut(people as unknown as Person[]);
    await d.summaryMonths.bulkPut(sealedMonths);
    await d.keySlots.put(slot);
    await d.slotLabels.put(label);
    // Revisions from now on are made with the workspace key; the secret the unprotected workspace made them with goes.
    await d.settings.toCollection().modify((settings: { revisionSecret?: string }) => {
      delete settings.revisionSecret;
    });
  });
  set({ state: 'unlocked', personId: person.id }, keys);
}

/**
 * Unlocks as the person whose slot it is: their passphrase unwraps the data key. A wrong passphrase throws a
 * WrongPassphraseError and changes nothing. `prepare` runs with the key before the workspace is said to be unlocked.
 */
export async function unlock(personId: string, passphrase: string, d: WorkbenchDb = db(), prepare?: () => Promise<void>): Promise<void> {
  const slot = await d.keySlots.get(personId);
  if (!slot) throw new WrongPassphraseError();
  const keys = await unwrapWorkspaceKeys(slot, passphrase);
  // The keys can be used by `prepare` (rebuilding summaries, opening kept drafts) before anyone is told it is unlocked.
  dataKey = keys.dataKey;
  revisionKey = keys.revisionKey;
  try {
    await prepare?.();
  } catch (e) {
    dataKey = null;
    revisionKey = null;
    throw e;
  }
  set({ state: 'unlocked', personId }, keys);
}

/** Drops the data key from memory: nothing can be read or written until someone unlocks again. */
export function lock(): void {
  if (protection.state === 'unlocked') set({ state: 'locked' }, null);
}

/** Who has unlocked the workspace, if it is protected and unlocked. */
export function unlockedPersonId(): string | null {
  return protection.state === 'unlocked' ? protection.personId : null;
}

function requireUnlocked(): string {
  if (protection.state !== 'unlocked') throw new LockedError();
  return protection.personId;
}

/**
 * Gives a person a slot of their own (someone new, written with it, or someone already in the workspace), wrapping
 * the data key under their passphrase. Only someone unlocked can, and they confirm it with their own passphrase.
 */
export async function addKeySlot(
  person: Person,
  theirPassphrase: string,
  yourPassphrase: string,
  now: string,
  iterations = PBKDF2_ITERATIONS,
  d: WorkbenchDb = db(),
): Promise<void> {
  const me = requireUnlocked();
  const mine = await d.keySlots.get(me);
  if (!mine) throw new LockedError();
  const key = await unwrapDataKey(mine, yourPassphrase, true);
  const { slot, label } = slotFor(person, await wrapDataKey(key, theirPassphrase, iterations), now);
  const row = await sealRecord('people', person);
  await d.transaction('rw', d.keySlots, d.slotLabels, d.people, async () => {
    if (await d.keySlots.get(person.id)) throw new Error(`${person.name} can already unlock this workspace.`);
    if (!(await d.people.get(person.id))) await d.people.put(row as Person);
    await d.keySlots.put(slot);
    await d.slotLabels.put(label);
  });
}

/** The unlocked person's new passphrase: their slot is wrapped again; no record is encrypted again. */
export async function changePassphrase(current: string, next: string, now: string, iterations = PBKDF2_ITERATIONS, d: WorkbenchDb = db()): Promise<void> {
  const me = requireUnlocked();
  const mine = await d.keySlots.get(me);
  if (!mine) throw new LockedError();
  const key = await unwrapDataKey(mine, current, true);
  const wrapped = await wrapDataKey(key, next, iterations);
  await d.keySlots.put({ ...mine, ...wrapped, createdAt: now });
}

export class SlotRemovalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SlotRemovalError';
  }
}

/** Removes a person's slot: they can no longer unlock. Not your own, and never the last. */
export async function removeKeySlot(personId: string, d: WorkbenchDb = db()): Promise<void> {
  const me = requireUnlocked();
  if (personId === me) throw new SlotRemovalError('You cannot remove your own passphrase: ask someone else who can unlock the workspace.');
  await d.transaction('rw', d.keySlots, d.slotLabels, async () => {
    if ((await d.keySlots.count()) <= 1) throw new SlotRemovalError('The last person who can unlock the workspace cannot be removed.');
    await d.keySlots.delete(personId);
    await d.slotLabels.delete(personId);
  });
}
