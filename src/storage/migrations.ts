// Pure upgrade transforms between schema versions, by name (see ./schema.ts). Each one is exercised by a test in
// test/storage that opens the previous version, seeds it, reopens the current one and checks the records.
import type { Transaction } from 'dexie';

export const MIGRATIONS: Readonly<Record<string, (tx: Transaction) => Promise<void>>> = {};
