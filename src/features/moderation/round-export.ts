// A moderation round's results as CSV (one sampled audit a row: why it was sampled, the grades before and after, and
// everything the practice audit review recorded) and as JSON (the round and each review record).
import { REVIEW_RECORD_FIELDS, type Audit } from '@/domain/audit';
import { GRADE_LABELS } from '@/domain/grade';
import type { ModerationRound, SampleEntryReason } from '@/domain/moderation';
import { toCsv } from '@/lib/csv';

/** Why an audit is in the sample, as the round page and its export say it. */
export const REASONS: Record<SampleEntryReason, string> = {
  inadequate: 'Every Inadequate audit is presented',
  outstanding: 'Every Outstanding audit is presented',
  random: 'Drawn at random from Requires Improvement and Good',
  added: 'Added by the panel',
};

export function roundResultsCsv(round: ModerationRound, audits: readonly Audit[]): string {
  const byId = new Map(audits.map((a) => [a.id, a]));
  return toCsv(
    round.sample.map((s) => {
      const a = byId.get(s.auditId);
      const m = a?.moderation?.roundId === round.id ? a.moderation : null;
      return {
        Round: round.title,
        'Audit id': s.auditId,
        'Case reference': a?.details.caseReference ?? '',
        Team: a?.details.team ?? '',
        Auditor: a?.details.auditor ?? '',
        'Why it is in the sample': `${REASONS[s.reason]}${s.note ? `: ${s.note}` : ''}`,
        Reviewed: m ? 'Yes' : 'No',
        'Auditor’s grade': m ? GRADE_LABELS[m.auditorGrade] : '',
        'Moderated grade': m ? GRADE_LABELS[m.moderatedGrade] : '',
        'Grade changed': m ? (m.auditorGrade === m.moderatedGrade ? 'No' : 'Yes') : '',
        ...Object.fromEntries(REVIEW_RECORD_FIELDS.map((f) => [f.label, m ? f.value(m) : ''])),
      };
    }),
  );
}

export function roundResultsJson(round: ModerationRound, audits: readonly Audit[], exportedAt: string): string {
  const reviews = audits
    .filter((a) => a.moderation?.roundId === round.id)
    .map((a) => ({ auditId: a.id, caseReference: a.details.caseReference, moderation: a.moderation }));
  return JSON.stringify({ format: 'audit-workbench-moderation-round', exportedAt, round, reviews }, null, 2);
}
