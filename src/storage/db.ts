// The database and its tables; ./open.ts opens it. Dexie is imported here and in the other src/storage modules only.
import { Dexie, type EntityTable } from 'dexie';
import type { Audit } from '@/domain/audit';
import type { AuditLabels, AuditSummary } from '@/domain/summary';
import type { Person } from '@/domain/person';
import type { ActionRecord } from '@/domain/actions';
import type { ModerationRound } from '@/domain/moderation';
import type { AuditProgramme } from '@/domain/programme';
import type { BoardReport } from '@/domain/board-report';
import type { DeletionRecord } from '@/domain/retention';
import type { WrappedKey } from '@/lib/crypto';
import { SCHEMA_VERSIONS } from './schema';
import { MIGRATIONS, ROWS_MADE } from './migrations';
import type { StoredRecord } from './records/define';
import type { StoredTombstone } from './records/tombstones';
import { reportWorkspaceEvent } from './workspace-events';

export interface WorkspaceSettings {
  id: 'workspace';
  rev: number;
  updatedAt: string;
  currentPersonId: string | null;
  timescalePolicyId: string;
  /** When the workspace was last backed up on this device (absent or null: never). */
  lastBackupAt?: string | null | undefined;
  /** Remind when there is no backup for this many days (0: never remind). */
  backupReminderDays?: number | undefined;
  /** Lock a protected workspace after this many minutes without use. */
  lockAfterMinutes?: number | undefined;
  /** An unprotected workspace's secret that revision ids are made with (./revisions.ts); none once protected. */
  revisionSecret?: string | undefined;
}

/** An audit this version of the app cannot summarise, for example one made with a template it does not have. */
export interface UnreadableRecord {
  id: string;
  /** Why, in words that name no case or person (the list shows the audit's case reference from the audit). */
  message: string;
}

/** The state of a projection (a read model rebuilt from the source records): the code version that built it. */
export interface ProjectionState {
  id: 'summaries';
  version: number;
  rebuiltAt: string;
  unreadable: UnreadableRecord[];
}

/** An audit's labels (its case reference and the names on it) as a summary month stores them: sealed when protected. */
export type StoredLabels = AuditLabels | Uint8Array;

/** The summaries of the audits dated in one month, by audit id, and their labels (the case reference and names). */
export interface SummaryMonth {
  /** YYYY-MM. */
  id: string;
  summaries: Record<string, AuditSummary>;
  labels: Record<string, StoredLabels>;
}

/**
 * A person's key slot: the workspace's data key wrapped under their passphrase (./protection.ts). It holds nothing
 * about anyone: not their name, not their designation (the lock screen's label for it is a SlotLabel).
 */
export interface KeySlot extends WrappedKey {
  /** The person's id. */
  id: string;
  createdAt: string;
}

/** What the lock screen shows for a slot, so a person can choose theirs: kept on this device only. */
export interface SlotLabel {
  /** The person's id, as their slot's. */
  id: string;
  name: string;
  designation: string;
}

/** A slot with its label, as the lock screen and the profile page list them. */
export type SlotHolder = KeySlot & Omit<SlotLabel, 'id'>;

/** A record changed on both sides, found when importing an audit pack: both versions kept until a person chooses. */
export interface ConflictRecord {
  /** `<table>:<record id>`: one conflict a record at a time. */
  id: string;
  table: 'audits' | 'actions';
  recordId: string;
  ours: Audit | ActionRecord;
  theirs: Audit | ActionRecord;
  /** Where theirs came from: the pack and who made it. */
  from: string;
  importedAt: string;
}

/** Where an imported record came from, each time one of its versions was brought in. */
export interface ProvenanceRecord {
  /** `<table>:<record id>`. */
  id: string;
  entries: { from: string; at: string; rev: string; outcome: string }[];
}

export class WorkbenchDb extends Dexie {
  audits!: EntityTable<Audit, 'id'>;
  summaryMonths!: EntityTable<SummaryMonth, 'id'>;
  people!: EntityTable<Person, 'id'>;
  settings!: EntityTable<WorkspaceSettings, 'id'>;
  actions!: EntityTable<ActionRecord, 'id'>;
  moderationRounds!: EntityTable<ModerationRound, 'id'>;
  programmes!: EntityTable<AuditProgramme, 'id'>;
  projections!: EntityTable<ProjectionState, 'id'>;
  conflicts!: EntityTable<ConflictRecord, 'id'>;
  provenance!: EntityTable<ProvenanceRecord, 'id'>;
  reports!: EntityTable<BoardReport, 'id'>;
  keySlots!: EntityTable<KeySlot, 'id'>;
  slotLabels!: EntityTable<SlotLabel, 'id'>;
  tombstones!: EntityTable<StoredTombstone, 'id'>;
  deletions!: EntityTable<DeletionRecord, 'id'>;

  constructor(name = 'audit-workbench') {
    // Dexie's query cache for live queries is off: it copied every result it kept, which cost an overview of 50,000
    // audits more time than reading them. Live queries still run again after every write that touches what they read.
    super(name, { cache: 'disabled' });
    for (const v of SCHEMA_VERSIONS) {
      const step = this.version(v.version).stores(v.stores);
      if (v.upgrade) {
        const upgrade = MIGRATIONS[v.upgrade];
        if (!upgrade) throw new Error(`Schema version ${v.version} names an upgrade "${v.upgrade}" that does not exist`);
        const made = ROWS_MADE[v.upgrade];
        step.upgrade(async (tx) => {
          if (made) await tx.table(made.to).bulkPut((await tx.table(made.from).toArray()).map(made.make));
          for (const [table, transform] of Object.entries(upgrade)) {
            await tx
              .table(table)
              .toCollection()
              .modify((record: StoredRecord, ref: { value: StoredRecord }) => {
                ref.value = transform(record);
              });
          }
        });
      }
    }
    // Another tab opened a newer version of the app: close so its upgrade can run, stop writing, and say so.
    this.on('versionchange', () => {
      this.close();
      reportWorkspaceEvent('updated-elsewhere');
      return false;
    });
    // This tab's upgrade waits for an older tab to close: say which.
    this.on('blocked', () => reportWorkspaceEvent('upgrade-blocked'));
  }
}

/** The example workspace is a database of its own, so that its made-up records never mix with real ones. */
export const EXAMPLE_DATABASE = 'audit-workbench-example';
const CHOICE = 'audit-workbench:workspace';

/** Whether this browser is working in the example workspace (a choice kept on the device, read on opening). */
export function inExampleWorkspace(): boolean {
  return typeof localStorage !== 'undefined' && localStorage.getItem(CHOICE) === 'example';
}

/** Chooses the workspace the app opens next time it starts: the example, or the real one. */
export function chooseWorkspace(example: boolean): void {
  if (example) localStorage.setItem(CHOICE, 'example');
  else localStorage.removeItem(CHOICE);
}

let instance: WorkbenchDb | null = null;

export function db(): WorkbenchDb {
  instance ??= new WorkbenchDb(inExampleWorkspace() ? EXAMPLE_DATABASE : undefined);
  return instance;
}

/** For tests: use a fresh database of the given name. */
export function selectDatabase(name: string): WorkbenchDb {
  instance?.close();
  instance = new WorkbenchDb(name);
  return instance;
}
