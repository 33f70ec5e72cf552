// Every address in the app, in one place: the route patterns the router matches (app.tsx), and the paths pages link
// and navigate to, made from those same patterns. Nothing else writes an address by hand.
import { generatePath } from 'react-router';

/** The route patterns, relative to the layout route. */
export const ROUTES = {
  profile: 'profile',
  settings: 'settings',
  actions: 'actions',
  newAction: 'actions/new',
  supervision: 'actions/supervision',
  action: 'actions/:actionId',
  rounds: 'moderation',
  newRound: 'moderation/new',
  statistics: 'moderation/statistics',
  round: 'moderation/:roundId',
  review: 'moderation/:roundId/reviews/:auditId',
  programmes: 'programme',
  newProgramme: 'programme/new',
  programme: 'programme/:programmeId',
  changeProgramme: 'programme/:programmeId/change',
  programmeEntry: 'programme/:programmeId/activities/:entryId',
  programmeSelection: 'programme/:programmeId/activities/:entryId/selection',
  reports: 'reports',
  boardReports: 'reports/board',
  boardReport: 'reports/board/:reportId',
  pooling: 'pooling',
  conflict: 'pooling/conflicts/:conflictId',
  audits: 'audits',
  newAudit: 'audits/new',
  audit: 'audits/:auditId',
  auditDetails: 'audits/:auditId/details',
  auditSection: 'audits/:auditId/sections/:sectionId',
  checkAnswers: 'audits/:auditId/check',
  partB: 'audits/:auditId/part-b',
  escalation: 'audits/:auditId/escalation',
  reopen: 'audits/:auditId/reopen',
  auditRecord: 'audits/:auditId/record',
  goodPractice: 'audits/:auditId/good-practice',
  voice: 'audits/:auditId/voice',
  follows: 'audits/:auditId/follows',
  disagreement: 'audits/:auditId/disagreement',
  goodPracticeList: 'good-practice',
} as const;

/** The pages of one audit below its task list. */
export type AuditPage =
  | ''
  | '/details'
  | '/check'
  | '/part-b'
  | '/escalation'
  | '/reopen'
  | '/record'
  | '/good-practice'
  | '/voice'
  | '/follows'
  | '/disagreement'
  | `/sections/${string}`;

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The address of a route, its parameters filled in. */
function at(route: keyof typeof ROUTES, params: Record<string, string> = {}): string {
  return generatePath(`/${ROUTES[route]}`, params);
}

export const paths = {
  home: '/',
  /** The profile page; `next` is where to go once someone is working. */
  profile: (next?: string) => withQuery(at('profile'), { next }),
  settings: at('settings'),
  audits: at('audits'),
  /** Start an audit, optionally as part of a programme activity. */
  /** Started from a programme activity, and from one of the case records selected for it. */
  /**
   * Starting an audit, for an activity and for one of the cases selected for it, by its place in the selection: the
   * address is kept in the browser's history, outside the workspace, so it never carries a case reference.
   */
  newAudit: (entryId?: string, selectedCase?: number) =>
    withQuery(at('newAudit'), { entry: entryId, case: selectedCase === undefined ? undefined : String(selectedCase + 1) }),
  audit: (auditId: string, page: AuditPage = '') => `${at('audit', { auditId })}${page}`,
  actions: (view?: string) => withQuery(at('actions'), { view }),
  /** Add an action, with its theme, practitioner and team filled in when it comes from a finding or a review. */
  newAction: (prefill: { theme?: string; practitioner?: string; team?: string } = {}) => withQuery(at('newAction'), prefill),
  supervision: at('supervision'),
  action: (actionId: string) => at('action', { actionId }),
  rounds: at('rounds'),
  newRound: at('newRound'),
  statistics: at('statistics'),
  round: (roundId: string) => at('round', { roundId }),
  review: (roundId: string, auditId: string) => at('review', { roundId, auditId }),
  programmes: at('programmes'),
  newProgramme: at('newProgramme'),
  programme: (programmeId: string) => at('programme', { programmeId }),
  changeProgramme: (programmeId: string) => at('changeProgramme', { programmeId }),
  programmeEntry: (programmeId: string, entryId: string) => at('programmeEntry', { programmeId, entryId }),
  boardReports: at('boardReports'),
  goodPracticeList: at('goodPracticeList'),
  boardReport: (reportId: string) => at('boardReport', { reportId }),
  programmeSelection: (programmeId: string, entryId: string) => at('programmeSelection', { programmeId, entryId }),
  pooling: at('pooling'),
  conflict: (conflictId: string) => at('conflict', { conflictId }),
  /** The overview report, with its filter in the address. */
  reports: (filter: Record<string, string | undefined> = {}) => withQuery(at('reports'), filter),
} as const;
