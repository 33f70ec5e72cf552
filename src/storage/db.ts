// The only code that opens the database. Dexie is imported here and in the other src/storage modules only.
import { Dexie, type EntityTable } from 'dexie';
import type { Audit } from '@/domain/audit';
import type { AuditSummary } from '@/domain/summary';
import type { Person } from '@/domain/person';
import type { ActionRecord } from '@/domain/actions';
import type { ModerationRound } from '@/domain/moderation';
import type { AuditProgramme } from '@/domain/programme';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { MIGRATIONS } from './migrations';

export interface WorkspaceSettings {
  id: 'workspace';
  rev: number;
  updatedAt: string;
  currentPersonId: string | null;
  timescalePolicyId: string;
}

export class WorkbenchDb extends Dexie {
  audits!: EntityTable<Audit, 'id'>;
  summaries!: EntityTable<AuditSummary, 'id'>;
  people!: EntityTable<Person, 'id'>;
  settings!: EntityTable<WorkspaceSettings, 'id'>;
  actions!: EntityTable<ActionRecord, 'id'>;
  moderationRounds!: EntityTable<ModerationRound, 'id'>;
  programmes!: EntityTable<AuditProgramme, 'id'>;

  constructor(name = 'audit-workbench') {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      const step = this.version(v.version).stores(v.stores);
      if (v.upgrade) {
        const upgrade = MIGRATIONS[v.upgrade];
        if (!upgrade) throw new Error(`Schema version ${v.version} names an upgrade "${v.upgrade}" that does not exist`);
        step.upgrade(upgrade);
      }
    }
    // Another tab opened a newer version of the app: close so its upgrade can run, and let this tab reload.
    this.on('versionchange', () => {
      this.close();
      return false;
    });
  }
}

export class NewerDatabaseError extends Error {
  constructor(found: number) {
    super(`This workspace was saved by a newer version of Audit Workbench (schema ${found}; this version knows up to ${CURRENT_SCHEMA_VERSION}). Open it with the newer version.`);
    this.name = 'NewerDatabaseError';
  }
}

/** Opens the database, refusing one whose schema is newer than this app's migrations know. */
export async function openDatabase(d: WorkbenchDb = db()): Promise<WorkbenchDb> {
  await d.open();
  // Dexie stores version N as IndexedDB version N × 10.
  const found = Math.floor(d.backendDB().version / 10);
  if (found > CURRENT_SCHEMA_VERSION) {
    d.close();
    throw new NewerDatabaseError(found);
  }
  return d;
}

let instance: WorkbenchDb | null = null;

export function db(): WorkbenchDb {
  instance ??= new WorkbenchDb();
  return instance;
}

/** For tests: use a fresh database of the given name. */
export function selectDatabase(name: string): WorkbenchDb {
  instance?.close();
  instance = new WorkbenchDb(name);
  return instance;
}
