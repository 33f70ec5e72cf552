// Pure upgrade transforms between schema versions, by name (see ./schema.ts). Each one is exercised by a test in
// test/storage/migrations.test.ts that opens the previous version, seeds it, reopens the current one and checks.
import type { Transaction } from 'dexie';

/**
 * Version 3: every audit summary gains the moderated grade, the auditor's grade as moderated ('none' until
 * moderated) and the round it came from.
 */
export function summaryWithModeration<T extends object>(summary: T): T & { moderatedGrade: string; moderationAuditorGrade: string; moderationRoundId: string } {
  const s = summary as T & { moderatedGrade?: string; moderationAuditorGrade?: string; moderationRoundId?: string };
  return { ...summary, moderatedGrade: s.moderatedGrade ?? 'none', moderationAuditorGrade: s.moderationAuditorGrade ?? 'none', moderationRoundId: s.moderationRoundId ?? '' };
}

export const MIGRATIONS: Readonly<Record<string, (tx: Transaction) => Promise<void>>> = {
  'summaries-gain-moderation': async (tx) => {
    await tx
      .table('summaries')
      .toCollection()
      .modify((s: object) => {
        Object.assign(s, summaryWithModeration(s));
      });
  },
};
