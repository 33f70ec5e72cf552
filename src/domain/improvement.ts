// Improvement over time (issue 11, point 12). Seed 002, "Findings, accountability and impact": action plans "must be
// regularly reviewed, and evidence impact and outcomes"; "Learning from audits is then tested through subsequent
// audits". A later audit of the same case, or of the same practitioner's work, links to the earlier one: the change
// of grade, and whether the later audit confirms the impact of the earlier audit's actions, come from that link.
import type { ActionRecord } from './actions';
import { withHistory, type Audit, type AuditStatus } from './audit';
import type { Author } from './author';
import type { FollowBasis, FollowsLink } from './follows-link';
import type { IsoDate } from './calendar/iso-date';
import { gradeRank, isGrade, type Grade } from './grade';

export const FOLLOW_BASIS_LABELS: Record<FollowBasis, string> = {
  case: 'The same case, audited again',
  practitioner: 'The same practitioner’s work, in another case',
};

export class ImprovementError extends Error {}

/** What the link needs to know of an audit: its id, status, date, grades and what it follows. */
export interface FollowFacts {
  id: string;
  status: AuditStatus;
  auditDate: IsoDate;
  overallGrade: Grade | 'none';
  moderatedGrade: Grade | 'none';
  followsAuditId: string;
  followsBasis: FollowBasis | '';
}

/** Where the audit a summary follows is kept: its id and the month it is dated in. */
export function earlierMonth(s: { followsAuditId: string; followsAuditDate: string }): string {
  return s.followsAuditDate.slice(0, 7);
}

/** The audit's grade as it stands: the moderation panel's where the panel changed or confirmed it, else the auditor's. */
export function standingGrade(a: Pick<FollowFacts, 'overallGrade' | 'moderatedGrade'>): Grade | null {
  if (isGrade(a.moderatedGrade)) return a.moderatedGrade;
  return isGrade(a.overallGrade) ? a.overallGrade : null;
}

export type GradeChange = 'improved' | 'same' | 'declined' | 'not-graded';
export const GRADE_CHANGE_LABELS: Record<GradeChange, string> = {
  improved: 'Improved',
  same: 'The same',
  declined: 'Declined',
  'not-graded': 'Not graded yet',
};

export function gradeChange(earlier: Grade | null, later: Grade | null): GradeChange {
  if (!earlier || !later) return 'not-graded';
  const d = gradeRank(earlier) - gradeRank(later);
  return d > 0 ? 'improved' : d < 0 ? 'declined' : 'same';
}

/**
 * Whether a later audit confirms the impact of the earlier one's actions: it has been submitted (its grade is the
 * auditor's finished judgement), and the grade improved, or held at Good or better.
 */
export function confirmsImpact(earlier: Grade | null, later: Grade | null, laterStatus: AuditStatus): boolean {
  if (laterStatus === 'draft' || !later) return false;
  const change = gradeChange(earlier, later);
  return change === 'improved' || (change === 'same' && gradeRank(later) <= gradeRank('good'));
}

/** A later audit that follows an earlier one, and what it shows. */
export interface FollowUp {
  earlierAuditId: string;
  laterAuditId: string;
  laterAuditDate: IsoDate;
  laterStatus: AuditStatus;
  basis: FollowBasis;
  earlierGrade: Grade | null;
  laterGrade: Grade | null;
  change: GradeChange;
  confirms: boolean;
}

/** Every link between a later audit and the earlier one it follows, both in the workspace, by the earlier audit's id. */
export function followUps(audits: readonly FollowFacts[]): Map<string, FollowUp[]> {
  const byId = new Map(audits.map((a) => [a.id, a]));
  const out = new Map<string, FollowUp[]>();
  for (const later of audits) {
    const earlier = later.followsAuditId ? byId.get(later.followsAuditId) : undefined;
    if (!earlier || !later.followsBasis) continue;
    // A draft's grade may still change (an audit reopened, say): no grade to compare with until it is submitted again.
    const earlierGrade = earlier.status === 'draft' ? null : standingGrade(earlier);
    const laterGrade = standingGrade(later);
    const list = out.get(earlier.id) ?? [];
    list.push({
      earlierAuditId: earlier.id,
      laterAuditId: later.id,
      laterAuditDate: later.auditDate,
      laterStatus: later.status,
      basis: later.followsBasis,
      earlierGrade,
      laterGrade,
      change: gradeChange(earlierGrade, laterGrade),
      confirms: confirmsImpact(earlierGrade, laterGrade, later.status),
    });
    out.set(earlier.id, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.laterAuditDate < b.laterAuditDate ? -1 : a.laterAuditDate > b.laterAuditDate ? 1 : 0));
  return out;
}

/**
 * The later audit that confirms an action's impact: the action is completed, and an audit that follows one of the
 * audits it was raised from, dated on or after the completion, confirms it (the earliest such). Null otherwise.
 */
export function impactConfirmedBy(action: Pick<ActionRecord, 'status' | 'completion' | 'auditIds'>, links: ReadonlyMap<string, FollowUp[]>): FollowUp | null {
  if (action.status !== 'completed' || !action.completion) return null;
  const completed = action.completion.date;
  const found = action.auditIds
    .flatMap((id) => links.get(id) ?? [])
    .filter((f) => f.confirms && f.laterAuditDate >= completed)
    .sort((a, b) => (a.laterAuditDate < b.laterAuditDate ? -1 : a.laterAuditDate > b.laterAuditDate ? 1 : 0));
  return found[0] ?? null;
}

/** Whether the case references or practitioner names are the same, ignoring case and spacing. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}

/** An earlier audit the audit could follow, and on which basis. */
export interface EarlierCandidate<S> {
  summary: S;
  basis: FollowBasis;
}

/**
 * The audits an audit could follow: submitted, of the same case (first) or the same practitioner, dated on or before
 * it, not itself, and not one that already follows it (directly or through others), newest first.
 */
export function earlierCandidates<
  S extends { id: string; status: AuditStatus; auditDate: IsoDate; caseReference: string; practitioner: string; followsAuditId: string },
>(audit: { id: string; details: { caseReference: string; practitioner: string; auditDate: IsoDate } }, summaries: readonly S[]): EarlierCandidate<S>[] {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const followsThis = (s: S) => {
    const seen = new Set<string>();
    for (let at: S | undefined = s; at && !seen.has(at.id); at = byId.get(at.followsAuditId)) {
      if (at.followsAuditId === audit.id) return true;
      seen.add(at.id);
    }
    return false;
  };
  return summaries
    .filter((s) => s.id !== audit.id && s.status !== 'draft' && s.auditDate <= audit.details.auditDate && !followsThis(s))
    .flatMap((s): EarlierCandidate<S>[] =>
      sameName(s.caseReference, audit.details.caseReference)
        ? [{ summary: s, basis: 'case' }]
        : sameName(s.practitioner, audit.details.practitioner)
          ? [{ summary: s, basis: 'practitioner' }]
          : [],
    )
    .sort((a, b) =>
      a.basis !== b.basis ? (a.basis === 'case' ? -1 : 1) : a.summary.auditDate > b.summary.auditDate ? -1 : a.summary.auditDate < b.summary.auditDate ? 1 : 0,
    );
}

/**
 * Links the audit to the earlier one it follows (or changes the link); the earlier audit is never changed. At any
 * stage, like flagging good practice: the link changes nothing the audit found, and a later audit is often linked
 * once it is complete.
 */
export function followEarlierAudit(audit: Audit, earlier: { id: string; auditDate: IsoDate }, basis: FollowBasis, by: Author, now: string): Audit {
  if (earlier.id === audit.id) throw new ImprovementError('An audit cannot follow itself');
  if (earlier.auditDate > audit.details.auditDate) throw new ImprovementError('The earlier audit must be dated on or before this one');
  const follows: FollowsLink = { auditId: earlier.id, auditDate: earlier.auditDate, basis, by, at: now };
  return withHistory(
    { ...audit, follows },
    { at: now, by, kind: 'edited', detail: `Linked to the earlier audit it follows (${FOLLOW_BASIS_LABELS[basis].toLowerCase()})` },
  );
}

export function unfollowEarlierAudit(audit: Audit, by: Author, now: string): Audit {
  if (!audit.follows) return audit;
  return withHistory({ ...audit, follows: null }, { at: now, by, kind: 'edited', detail: 'The link to an earlier audit removed' });
}

export interface ImprovementFigures {
  /** Submitted audits in the report that follow an earlier audit in the workspace (a draft's grade may still change). */
  linked: number;
  improved: number;
  same: number;
  declined: number;
  notGraded: number;
  /** Of the linked audits submitted, those that confirm the earlier audit's impact. */
  confirming: number;
  /** Each pair, earlier grade to later grade, as "Requires improvement → Good". */
  moves: { from: Grade; to: Grade; count: number }[];
}

/**
 * Improvement over time among the report's submitted audits: each that follows an earlier audit, by how its grade
 * changed. Drafts are left out, as from every grade figure: their judgements may still change.
 */
export function improvementFigures(reportAuditIds: ReadonlySet<string>, links: ReadonlyMap<string, FollowUp[]>): ImprovementFigures {
  const f: ImprovementFigures = { linked: 0, improved: 0, same: 0, declined: 0, notGraded: 0, confirming: 0, moves: [] };
  const moves = new Map<string, { from: Grade; to: Grade; count: number }>();
  for (const list of links.values())
    for (const l of list) {
      if (!reportAuditIds.has(l.laterAuditId) || l.laterStatus === 'draft') continue;
      f.linked += 1;
      if (l.change === 'improved') f.improved += 1;
      else if (l.change === 'same') f.same += 1;
      else if (l.change === 'declined') f.declined += 1;
      else f.notGraded += 1;
      if (l.confirms) f.confirming += 1;
      if (l.earlierGrade && l.laterGrade) {
        const key = `${l.earlierGrade}>${l.laterGrade}`;
        const m = moves.get(key) ?? { from: l.earlierGrade, to: l.laterGrade, count: 0 };
        m.count += 1;
        moves.set(key, m);
      }
    }
  f.moves = [...moves.values()].sort((a, b) => gradeRank(a.from) - gradeRank(b.from) || gradeRank(a.to) - gradeRank(b.to));
  return f;
}
