// Pure upgrade transforms between schema versions, by name (see ./schema.ts). They touch source records only and are
// frozen: they never call today's code, so an upgrade does the same thing whatever the app becomes. Summaries are a
// projection, rebuilt from the audits when their version changes (./projections.ts), never migrated. Each transform is
// exercised by test/storage/migrations.test.ts, whose guard fails if one never ran.
import type { Transaction } from 'dexie';

/** Version 4: a moderation round records the programme its population was drawn from ('' for none) and whether it is blind. */
export function roundWithProgramme<T extends object>(round: T): T & { programmeId: string; blind: boolean } {
  const r = round as T & { programmeId?: string; blind?: boolean };
  return { ...round, programmeId: r.programmeId ?? '', blind: r.blind ?? false };
}

export const MIGRATIONS: Readonly<Record<string, (tx: Transaction) => Promise<void>>> = {
  'rounds-gain-programme': async (tx) => {
    await tx
      .table('moderationRounds')
      .toCollection()
      .modify((r: object) => {
        Object.assign(r, roundWithProgramme(r));
      });
  },
};
