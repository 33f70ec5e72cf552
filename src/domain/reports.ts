// The audit overview report (seed 002, "Findings, accountability and impact": "Findings from audit activity are
// collated into an audit overview report to inform learning and drive improvements"): grades, the areas of practice
// that are strengths and those to develop, timescale compliance, moderation results, learning and the actions that
// follow. Computed from the compact summaries (and the action register), never from every full audit; the learning
// recorded at moderation comes from the few moderated audits. The chart data is made here; the page only draws it.
import { impactConfirmedBy, improvementFigures, type FollowUp, type ImprovementFigures } from './improvement';
import { gradeAgreement, type GradeAgreement } from './agreement';
import type { Audit, AuditStatus } from './audit';
import { isOverdue, type ActionLevel, type ActionRecord, type ActionStatus } from './actions';
import type { IsoDate } from './calendar/iso-date';
import { gradeRank, isGrade, type ComplianceJudgement, type Grade } from './grade';
import { decodeAreaJudgements, judgedAreas, type AuditSummary } from './summary';
import { matchesAuditFilter, type AuditFilter } from './audit-filter';
import type { AuditTemplate } from './template';

export type GradeCounts = Record<Grade, number>;
export type ComplianceCounts = Record<ComplianceJudgement, number>;

const noGrades = (): GradeCounts => ({ outstanding: 0, good: 0, 'requires-improvement': 0, inadequate: 0 });
const noCompliance = (): ComplianceCounts => ({ met: 0, 'partly-met': 0, 'not-met': 0 });
const total = (c: Record<string, number>) => Object.values(c).reduce((n, x) => n + x, 0);
/** Share of the graded that are Good or Outstanding, 0 to 1; null when none is graded. */
export function goodOrBetter(c: GradeCounts): number | null {
  const n = total(c);
  return n === 0 ? null : (c.outstanding + c.good) / n;
}

export interface AreaRow {
  sectionId: string;
  title: string;
  grades: GradeCounts;
  compliance: ComplianceCounts;
  /** Share judged well (Good or better, or met), 0 to 1; null when the area was never judged. */
  wellJudged: number | null;
  judged: number;
}

export interface MonthRow {
  /** `YYYY-MM` */
  month: string;
  audits: number;
  grades: GradeCounts;
}

export interface OverviewReport {
  audits: number;
  /** The audits the report is about, for the actions that follow from them. */
  auditIds: ReadonlySet<string>;
  /** The submitted audits the panel moderated, whose review records hold the learning. */
  moderatedIds: string[];
  byStatus: Record<AuditStatus, number>;
  /** Audits past Part A with an overall judgement: the ones the grade figures count. */
  graded: number;
  /** The auditors' overall judgements. */
  overall: GradeCounts;
  /** The overall judgements once moderation is taken into account: the panel's grade where an audit was moderated. */
  afterModeration: GradeCounts;
  escalations: { raised: number; open: number };
  /** Part B: accepted, disagreed, and of those disagreed, how many the QA lead has not yet responded to. */
  partB: { accepted: number; disagreed: number; disagreedOpen: number };
  areas: AreaRow[];
  /**
   * Up to three strengths (judged well in at least two audits of three), best first, and up to three areas to develop
   * (the rest), weakest first; no area is both.
   */
  strengths: AreaRow[];
  development: AreaRow[];
  timescales: { audits: number; met: number; missed: number; auditsAllMet: number };
  moderation: { agreement: GradeAgreement; confirmed: number; changed: number; changes: { id: string; from: Grade; to: Grade }[] };
  byMonth: MonthRow[];
}

const THEME_COUNT = 3;
/** An area is a strength when judged well (Good or better, or met) in at least two audits of three; otherwise one to develop. */
export const STRENGTH_SHARE = 2 / 3;

export function overviewReport(
  summaries: readonly AuditSummary[],
  filter: AuditFilter,
  templateOf: (id: string, version: number) => AuditTemplate,
): OverviewReport {
  const rows = summaries.filter((s) => matchesAuditFilter(s, filter));
  const moderatedIds: string[] = [];
  const byStatus: Record<AuditStatus, number> = { draft: 0, 'with-csw': 0, complete: 0 };
  const overall = noGrades();
  const afterModeration = noGrades();
  const areas = new Map<string, AreaRow>();
  const months = new Map<string, MonthRow>();
  const timescales = { audits: 0, met: 0, missed: 0, auditsAllMet: 0 };
  const escalations = { raised: 0, open: 0 };
  const partB = { accepted: 0, disagreed: 0, disagreedOpen: 0 };
  const pairs: { auditor: Grade; moderated: Grade }[] = [];
  const changes: OverviewReport['moderation']['changes'] = [];
  const decoded = new Map<string, AuditTemplate>();

  for (const s of rows) {
    byStatus[s.status] += 1;
    if (s.escalation !== 'none') escalations.raised += 1;
    if (s.escalation === 'open') escalations.open += 1;
    if (s.acknowledgement !== 'none') partB[s.acknowledgement] += 1;
    if (s.disagreementOpen) partB.disagreedOpen += 1;
    if (s.status === 'draft') continue;
    // Figures below count submitted audits only: a draft's judgements may still change.
    if (isGrade(s.overallGrade)) {
      overall[s.overallGrade] += 1;
      afterModeration[isGrade(s.moderatedGrade) ? s.moderatedGrade : s.overallGrade] += 1;
      const month = s.auditDate.slice(0, 7);
      const m = months.get(month) ?? { month, audits: 0, grades: noGrades() };
      m.audits += 1;
      m.grades[s.overallGrade] += 1;
      months.set(month, m);
    }
    if (isGrade(s.moderatedGrade)) moderatedIds.push(s.id);
    if (isGrade(s.moderatedGrade) && isGrade(s.moderationAuditorGrade)) {
      pairs.push({ auditor: s.moderationAuditorGrade, moderated: s.moderatedGrade });
      if (s.moderatedGrade !== s.moderationAuditorGrade) changes.push({ id: s.id, from: s.moderationAuditorGrade, to: s.moderatedGrade });
    }
    if (s.timescalesMet + s.timescalesMissed > 0) {
      timescales.audits += 1;
      timescales.met += s.timescalesMet;
      timescales.missed += s.timescalesMissed;
      if (s.timescalesMissed === 0) timescales.auditsAllMet += 1;
    }
    const key = `${s.templateId}@${s.templateVersion}`;
    let template = decoded.get(key);
    if (!template) {
      template = templateOf(s.templateId, s.templateVersion);
      decoded.set(key, template);
      for (const section of judgedAreas(template)) {
        if (!areas.has(section.id))
          areas.set(section.id, { sectionId: section.id, title: section.title, grades: noGrades(), compliance: noCompliance(), wellJudged: null, judged: 0 });
      }
    }
    for (const [sectionId, j] of decodeAreaJudgements(template, s.areaJudgements)) {
      const row = areas.get(sectionId);
      if (!row) continue;
      row.judged += 1;
      if (isGrade(j)) row.grades[j] += 1;
      else row.compliance[j] += 1;
    }
  }

  const areaRows = [...areas.values()].map((a) => ({
    ...a,
    wellJudged: a.judged === 0 ? null : (a.grades.outstanding + a.grades.good + a.compliance.met) / a.judged,
  }));
  const judged = areaRows.filter((a): a is AreaRow & { wellJudged: number } => a.wellJudged !== null);
  const strengths = judged
    .filter((a) => a.wellJudged >= STRENGTH_SHARE)
    .sort((a, b) => b.wellJudged - a.wellJudged)
    .slice(0, THEME_COUNT);
  const development = judged
    .filter((a) => a.wellJudged < STRENGTH_SHARE)
    .sort((a, b) => a.wellJudged - b.wellJudged)
    .slice(0, THEME_COUNT);
  const agreement = gradeAgreement(pairs);
  return {
    audits: rows.length,
    auditIds: new Set(rows.map((s) => s.id)),
    moderatedIds,
    byStatus,
    graded: total(overall),
    overall,
    afterModeration,
    escalations,
    partB,
    areas: areaRows,
    strengths,
    development,
    timescales,
    moderation: {
      agreement,
      confirmed: agreement.n - changes.length,
      changed: changes.length,
      changes: changes.sort((a, b) => gradeRank(b.to) - gradeRank(a.to)),
    },
    byMonth: [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
  };
}

export interface ActionFigures {
  total: number;
  byLevel: Record<ActionLevel, Record<ActionStatus, number>>;
  overdue: number;
  completedWithImpact: number;
  /** Completed actions whose impact a later audit confirms, through its link to the audit they came from. */
  confirmedByLaterAudit: number;
  themes: { theme: string; count: number }[];
}

/**
 * The actions that follow from the report's audits (raised from any of them), and the service and strategic actions
 * set in the period (by the local date they were made) that came from no single audit.
 */
export function actionFigures(
  actions: readonly ActionRecord[],
  auditIds: ReadonlySet<string>,
  filter: AuditFilter,
  today: IsoDate,
  localDateOf: (instant: string) => IsoDate,
  links: ReadonlyMap<string, FollowUp[]>,
): ActionFigures {
  const counts = (): Record<ActionStatus, number> => ({ open: 0, 'in-progress': 0, completed: 0, cancelled: 0 });
  const byLevel: Record<ActionLevel, Record<ActionStatus, number>> = { practice: counts(), service: counts(), strategic: counts() };
  const themes = new Map<string, number>();
  let n = 0;
  let overdue = 0;
  let completedWithImpact = 0;
  let confirmedByLaterAudit = 0;
  for (const a of actions) {
    const fromAudit = a.auditIds.some((id) => auditIds.has(id));
    // Actions from no audit belong to no programme or activity: they count only in a report not limited to one.
    const created = localDateOf(a.createdAt);
    const setInPeriod =
      a.auditIds.length === 0 &&
      a.level !== 'practice' &&
      !filter.programmeId &&
      !filter.activity &&
      created >= filter.from &&
      created <= filter.to &&
      (!filter.team || a.team === filter.team);
    if (!fromAudit && !setInPeriod) continue;
    n += 1;
    byLevel[a.level][a.status] += 1;
    if (isOverdue(a, today)) overdue += 1;
    if (a.status === 'completed' && a.completion?.impact.trim()) completedWithImpact += 1;
    if (impactConfirmedBy(a, links)) confirmedByLaterAudit += 1;
    const theme = a.theme.trim();
    if (theme) themes.set(theme, (themes.get(theme) ?? 0) + 1);
  }
  return {
    total: n,
    byLevel,
    overdue,
    completedWithImpact,
    confirmedByLaterAudit,
    themes: [...themes].map(([theme, count]) => ({ theme, count })).sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme)),
  };
}

export interface LearningRow {
  auditId: string;
  caseReference: string;
  team: string;
  strengths: string;
  learningIndividual: string;
  learningTeam: string;
  learningOrganisation: string;
  followUp: string;
}

/** The learning the panel recorded at practice audit reviews, for the report's "Learning" section. */
export function moderationLearning(audits: readonly Audit[]): LearningRow[] {
  return audits
    .filter((a) => a.moderation)
    .map((a) => ({
      auditId: a.id,
      caseReference: a.details.caseReference,
      team: a.details.team,
      strengths: a.moderation?.strengths.trim() ?? '',
      learningIndividual: a.moderation?.learningIndividual.trim() ?? '',
      learningTeam: a.moderation?.learningTeam.trim() ?? '',
      learningOrganisation: a.moderation?.learningOrganisation.trim() ?? '',
      followUp: a.moderation?.followUp.trim() ?? '',
    }))
    .filter((r) => r.strengths || r.learningIndividual || r.learningTeam || r.learningOrganisation || r.followUp)
    .sort((a, b) => a.caseReference.localeCompare(b.caseReference));
}

/** The overview's figures for a period and filter, composed in one place for the overview page, board reports and exports. */
export interface OverviewComposition {
  report: OverviewReport;
  actions: ActionFigures;
  improvement: ImprovementFigures;
  learning: LearningRow[];
}

/**
 * Composes the overview from its report (overviewReport) and what it is read with: the action register, the links of
 * later audits to earlier ones, and the moderated audits the report names (report.moderatedIds), in full.
 */
export function composeOverview(
  report: OverviewReport,
  input: {
    actions: readonly ActionRecord[];
    filter: AuditFilter;
    links: ReadonlyMap<string, FollowUp[]>;
    moderated: readonly Audit[];
    today: IsoDate;
    localDateOf: (instant: string) => IsoDate;
  },
): OverviewComposition {
  return {
    report,
    actions: actionFigures(input.actions, report.auditIds, input.filter, input.today, input.localDateOf, input.links),
    improvement: improvementFigures(report.auditIds, input.links),
    learning: moderationLearning(input.moderated),
  };
}
