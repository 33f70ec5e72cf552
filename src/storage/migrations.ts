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

/** Version 4 defaults, for a summary that could not be made again from an audit (its audit is missing or unreadable). */
export function summaryWithReportFields<T extends object>(summary: T): T & { programmeId: string; programmeEntryId: string; areaJudgements: string; timescalesMet: number; timescalesMissed: number } {
  const s = summary as T & { programmeId?: string; programmeEntryId?: string; areaJudgements?: string; timescalesMet?: number; timescalesMissed?: number };
  return { ...summary, programmeId: s.programmeId ?? '', programmeEntryId: s.programmeEntryId ?? '', areaJudgements: s.areaJudgements ?? '', timescalesMet: s.timescalesMet ?? 0, timescalesMissed: s.timescalesMissed ?? 0 };
}

function summaryAgain(audit: Audit): object | null {
  try {
    return summarizeAudit(getAuditTemplate(audit.templateId, audit.templateVersion), audit, getTimescalePolicy(audit.policyId, audit.policyVersion));
  } catch {
    // An audit this version cannot read keeps its old summary, given the new fields' defaults below.
    return null;
  }
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
  // Audits are read one at a time (a summary is small; a full audit is not), and the summaries put in one go.
  'summaries-rebuilt-for-reports': async (tx) => {
    const rebuilt: object[] = [];
    await tx.table('audits').each((a: Audit) => {
      const s = summaryAgain(a);
      if (s) rebuilt.push(s);
    });
    await tx.table('summaries').bulkPut(rebuilt);
    await tx
      .table('summaries')
      .toCollection()
      .modify((s: object) => {
        Object.assign(s, summaryWithReportFields(s));
      });
    await tx
      .table('moderationRounds')
      .toCollection()
      .modify((r: object) => {
        Object.assign(r, roundWithProgramme(r));
      });
  },
};
