// Pure upgrade transforms between schema versions, by name (see ./schema.ts). Each one is exercised by a test in
// test/storage/migrations.test.ts that opens the previous version, seeds it, reopens the current one and checks.
import type { Transaction } from 'dexie';
import type { Audit } from '@/domain/audit';
import { summarizeAudit } from '@/domain/summary';
import { getAuditTemplate, getTimescalePolicy } from '@/templates/registry';

/**
 * Version 3: every audit summary gains the moderated grade, the auditor's grade as moderated ('none' until
 * moderated) and the round it came from.
 */
export function summaryWithModeration<T extends object>(summary: T): T & { moderatedGrade: string; moderationAuditorGrade: string; moderationRoundId: string } {
  const s = summary as T & { moderatedGrade?: string; moderationAuditorGrade?: string; moderationRoundId?: string };
  return { ...summary, moderatedGrade: s.moderatedGrade ?? 'none', moderationAuditorGrade: s.moderationAuditorGrade ?? 'none', moderationRoundId: s.moderationRoundId ?? '' };
}

/** Version 4: a moderation round records the programme its population was drawn from ('' for none) and whether it is blind. */
export function roundWithProgramme<T extends object>(round: T): T & { programmeId: string; blind: boolean } {
  const r = round as T & { programmeId?: string; blind?: boolean };
  return { ...round, programmeId: r.programmeId ?? '', blind: r.blind ?? false };
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
  // Summaries gain each area's judgement, the timescale figures and the programme, which only the full audit holds:
  // each is made again from its audit, by the template and policy version the audit was made with.
  'summaries-rebuilt-for-reports': async (tx) => {
    const audits: Audit[] = await tx.table('audits').toArray();
    await tx.table('summaries').bulkPut(audits.map((a) => summarizeAudit(getAuditTemplate(a.templateId, a.templateVersion), a, getTimescalePolicy(a.policyId, a.policyVersion))));
    await tx
      .table('moderationRounds')
      .toCollection()
      .modify((r: object) => {
        Object.assign(r, roundWithProgramme(r));
      });
  },
};
