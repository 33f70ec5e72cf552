// The database schema as named, ordered versions. A shipped version's stores are never edited: a change is a new
// version with a pure upgrade transform (in ./migrations.ts) and a test that opens the old version, seeds it and
// reopens it. Versions 3 and 4 once had upgrades that wrote summaries; those were retired when summaries became a
// projection (schema 5), and only version 4's upgrade of moderation rounds, a source record, remains.
// Summaries are a projection of the audits, not source records: no upgrade writes them; when the projection's
// version changes they are rebuilt from the audits on open (./projections.ts).
// Indexes hold no free text: case references, names and comments are read from the compact summaries in memory, so
// they can later be encrypted at rest. Since version 8 the summaries are kept a month to a record (./projections.ts),
// found by the month as primary key, so they need no index.

export interface SchemaVersion {
  version: number;
  name: string;
  stores: Record<string, string | null>;
  /** The name of the upgrade in ./migrations.ts that brings records from the previous version, if any. */
  upgrade?: string;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    name: 'audits, their summaries, people and workspace settings',
    stores: {
      audits: 'id',
      summaries: 'id, status, overallGrade, auditDate, caseType, activity, escalation, updatedAt, [status+auditDate]',
      people: 'id',
      settings: 'id',
    },
  },
  {
    version: 2,
    name: 'the action register',
    stores: {
      actions: 'id, status, due, level, [status+due]',
    },
  },
  {
    version: 3,
    name: 'moderation rounds; summaries carry the moderated grade',
    stores: {
      moderationRounds: 'id, periodFrom',
    },
  },
  {
    version: 4,
    name: 'the annual auditing programme; summaries carry area judgements, timescale figures and the programme',
    stores: {
      programmes: 'id, startYear',
      summaries: 'id, status, overallGrade, auditDate, caseType, activity, escalation, updatedAt, [status+auditDate], programmeId',
    },
    upgrade: 'rounds-gain-programme',
  },
  {
    version: 5,
    name: 'summaries become a projection with its own version; actions found by the audits they come from',
    stores: {
      actions: 'id, status, due, level, [status+due], *auditIds',
      projections: 'id',
    },
  },
  {
    version: 6,
    name: 'revisions as CouchDB keeps them: "<n>-<hash>" with the ids of the revisions before',
    stores: {},
    upgrade: 'revisions-as-couchdb-keeps-them',
  },
  {
    version: 7,
    name: 'audit packs: conflicts kept until a person resolves them, and where each imported record came from',
    stores: {
      conflicts: 'id',
      provenance: 'id',
    },
  },
  {
    version: 8,
    name: 'summaries kept a month to a record, without names (the labels beside them): a restore writes a few dozen, a report reads its months',
    stores: {
      summaries: null,
      summaryMonths: 'id',
    },
  },
  {
    version: 9,
    name: 'board reports and Brief Overview reports, drafts and issued',
    stores: {
      reports: 'id, status',
    },
  },
  {
    version: 10,
    name: "key slots: the data key wrapped under each person's passphrase; records sealed at rest once protected",
    stores: {
      keySlots: 'id',
    },
  },
  {
    version: 11,
    name: 'deletions under the retention period, recorded without the content deleted',
    stores: {
      deletions: 'id, at',
    },
  },
  {
    version: 12,
    name: 'rows keep the shape version they were written in; key slots name no one; the branches that lost a conflict end in tombstones',
    stores: {
      audits: 'id, shape',
      actions: 'id, status, due, level, [status+due], *auditIds, shape',
      moderationRounds: 'id, periodFrom, shape',
      programmes: 'id, startYear, shape',
      people: 'id, shape',
      conflicts: 'id, recordId, shape',
      provenance: 'id, shape',
      reports: 'id, status, shape',
      deletions: 'id, at, shape',
      slotLabels: 'id',
      tombstones: 'id, recordId',
    },
    upgrade: 'slots-without-names',
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;
