// The board report (seed 002, "Findings, accountability and impact": "Findings from audit activity are collated into an
// audit overview report to inform learning and drive improvements", presented to the Quality Assurance and Practice
// Development Board), and the "Brief Overview report" of a thematic audit's findings: the head of QA's words beside
// the figures. Drafts change as they are written; issuing freezes the figures into the report, so a later audit never
// changes an issued report. Practitioners, auditors and children are not named unless the author chooses to.
import type { ImprovementFigures } from './improvement';
import type { HistoryEntry } from './audit';
import type { Author } from './author';
import type { AuditFilter } from './audit-filter';
import type { Grade } from './grade';
import { goodOrBetter, type ActionFigures, type LearningRow, type OverviewReport } from './reports';
import { unwritten, type Versioned } from './revision';

export const REPORT_SECTIONS = [
  { id: 'keyFindings', title: 'Key findings' },
  { id: 'workingWell', title: 'What is working well' },
  { id: 'toImprove', title: 'What needs to improve' },
  { id: 'learning', title: 'Learning' },
  { id: 'recommendations', title: 'Recommendations' },
  { id: 'actionsAgreed', title: 'Actions agreed' },
] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number]['id'];
export const REPORT_TEXT_LIMIT = 20_000;

export type ReportKind = 'board' | 'brief-overview';
export const REPORT_KIND_LABELS: Record<ReportKind, string> = { board: 'Board report', 'brief-overview': 'Brief Overview report' };

/** The figures as they stood when the report was issued: counts and shares only, and labels as the author chose. */
export interface FrozenFigures {
  audits: number;
  graded: number;
  overall: Record<Grade, number>;
  afterModeration: Record<Grade, number>;
  goodOrBetter: number | null;
  goodOrBetterAfterModeration: number | null;
  partB: { accepted: number; disagreed: number; disagreedOpen?: number | undefined };
  escalations: { raised: number; open: number };
  timescales: { audits: number; met: number; missed: number; auditsAllMet: number };
  areas: { title: string; wellJudged: number | null; judged: number }[];
  strengths: string[];
  development: string[];
  moderation: { moderated: number; confirmed: number; changed: number; weightedKappa: number | null; changes: { audit: string; from: Grade; to: Grade }[] };
  byMonth: { month: string; audits: number; overall: Record<Grade, number> }[];
  actions: { total: number; overdue: number; completedWithImpact: number; confirmedByLaterAudit: number };
  /** Audits that follow an earlier audit, and how the grade changed (absent in reports issued before it was counted). */
  improvement?: ImprovementFigures | undefined;
  learning: { audit: string; strengths: string; individual: string; team: string; organisation: string; followUp: string }[];
}

export interface BoardReport extends Versioned {
  createdAt: string;
  createdBy: Author;
  kind: ReportKind;
  title: string;
  /** The audits it is about; a Brief Overview report is about one thematic activity of a programme. */
  filter: AuditFilter;
  text: Record<ReportSectionId, string>;
  /** Whether case references and the names of practitioners, auditors and children may appear. */
  namePeople: boolean;
  status: 'draft' | 'issued';
  issued: { at: string; by: Author; figures: FrozenFigures } | null;
  history: HistoryEntry[];
}

export class ReportError extends Error {}

const EMPTY_TEXT = Object.fromEntries(REPORT_SECTIONS.map((s) => [s.id, ''])) as Record<ReportSectionId, string>;

export function newBoardReport(id: string, input: { kind: ReportKind; title: string; filter: AuditFilter }, by: Author, now: string): BoardReport {
  return {
    ...unwritten(id, now),
    createdAt: now,
    createdBy: by,
    kind: input.kind,
    title: input.title.trim(),
    filter: input.filter,
    text: { ...EMPTY_TEXT },
    namePeople: false,
    status: 'draft',
    issued: null,
    history: [{ at: now, by, kind: 'created', detail: `${REPORT_KIND_LABELS[input.kind]} started` }],
  };
}

/** A change to a draft's words or its choice about names. An issued report is not changed. */
export function editReport(
  report: BoardReport,
  change: { text?: Partial<Record<ReportSectionId, string>>; namePeople?: boolean; title?: string },
): BoardReport {
  if (report.status === 'issued') throw new ReportError('This report has been issued: its words and figures are kept as they were');
  return {
    ...report,
    title: change.title?.trim() || report.title,
    text: { ...report.text, ...change.text },
    namePeople: change.namePeople ?? report.namePeople,
  };
}

/**
 * The report's figures as they are now, labelled as the author chose: with case references when people may be named,
 * otherwise an audit is "an audit in <team>".
 */
export function reportFigures(
  r: OverviewReport,
  actions: ActionFigures,
  improvement: ImprovementFigures,
  learning: readonly LearningRow[],
  caseReferenceOf: (auditId: string) => string | undefined,
  teamOf: (auditId: string) => string | undefined,
  namePeople: boolean,
): FrozenFigures {
  const label = (id: string) => (namePeople ? (caseReferenceOf(id) ?? 'An audit') : `An audit in ${teamOf(id) ?? 'a team'}`);
  return {
    audits: r.audits,
    graded: r.graded,
    overall: { ...r.overall },
    afterModeration: { ...r.afterModeration },
    goodOrBetter: goodOrBetter(r.overall),
    goodOrBetterAfterModeration: goodOrBetter(r.afterModeration),
    partB: { ...r.partB },
    escalations: { ...r.escalations },
    timescales: { ...r.timescales },
    areas: r.areas.map((a) => ({ title: a.title, wellJudged: a.wellJudged, judged: a.judged })),
    strengths: r.strengths.map((a) => a.title),
    development: r.development.map((a) => a.title),
    moderation: {
      moderated: r.moderation.agreement.n,
      confirmed: r.moderation.confirmed,
      changed: r.moderation.changed,
      weightedKappa: r.moderation.agreement.weightedKappa,
      changes: r.moderation.changes.map((c) => ({ audit: label(c.id), from: c.from, to: c.to })),
    },
    byMonth: r.byMonth.map((m) => ({ month: m.month, audits: m.audits, overall: { ...m.grades } })),
    actions: {
      total: actions.total,
      overdue: actions.overdue,
      completedWithImpact: actions.completedWithImpact,
      confirmedByLaterAudit: actions.confirmedByLaterAudit,
    },
    improvement: { ...improvement, moves: improvement.moves.map((m) => ({ ...m })) },
    learning: learning.map((l) => ({
      audit: namePeople ? `${l.caseReference} (${l.team})` : `An audit in ${l.team}`,
      strengths: l.strengths,
      individual: l.learningIndividual,
      team: l.learningTeam,
      organisation: l.learningOrganisation,
      followUp: l.followUp,
    })),
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The known names and case references (three characters or more) that the texts mention, as whole words, any case. */
export function namesIn(texts: readonly string[], known: readonly string[]): string[] {
  const all = texts.join('\n');
  return [...new Set(known.map((k) => k.trim()).filter((k) => k.length >= 3))].filter((k) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escape(k)}($|[^\\p{L}\\p{N}])`, 'iu').test(all),
  );
}

/**
 * Issues the report with its figures frozen. Refused without key findings, and, unless the author chose to name
 * people, while its words name any practitioner, auditor, CSW or case of the audits it is about.
 */
export function issueReport(report: BoardReport, figures: FrozenFigures, knownNames: readonly string[], by: Author, now: string): BoardReport {
  if (report.status === 'issued') throw new ReportError('This report has already been issued');
  if (!report.text.keyFindings.trim()) throw new ReportError('Write the key findings before issuing the report');
  if (!report.namePeople) {
    const named = namesIn(Object.values(report.text), knownNames);
    if (named.length)
      throw new ReportError(`The report names ${named.join(', ')}: take ${named.length === 1 ? 'it' : 'them'} out, or choose to name people in this report`);
  }
  return {
    ...report,
    status: 'issued',
    issued: { at: now, by, figures },
    history: [...report.history, { at: now, by, kind: 'submitted', detail: `${REPORT_KIND_LABELS[report.kind]} issued with the figures as they stood` }],
  };
}
