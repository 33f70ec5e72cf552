// Every address in the app, in one place: the route patterns the router matches (app.tsx) and the paths pages link
// and navigate to. Nothing else writes an address by hand.

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
  reports: 'reports',
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
} as const;

/** The pages of one audit below its task list. */
export type AuditPage = '' | '/details' | '/check' | '/part-b' | '/escalation' | '/reopen' | '/record' | `/sections/${string}`;

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const paths = {
  home: '/',
  /** The profile page; `next` is where to go once someone is working. */
  profile: (next?: string) => withQuery('/profile', { next }),
  settings: '/settings',
  audits: '/audits',
  /** Start an audit, optionally as part of a programme activity. */
  newAudit: (entryId?: string) => withQuery('/audits/new', { entry: entryId }),
  audit: (id: string, page: AuditPage = '') => `/audits/${id}${page}`,
  actions: (view?: string) => withQuery('/actions', { view }),
  /** Add an action, with its theme, practitioner and team filled in when it comes from a finding or a review. */
  newAction: (prefill: { theme?: string; practitioner?: string; team?: string } = {}) => withQuery('/actions/new', prefill),
  supervision: '/actions/supervision',
  action: (id: string) => `/actions/${id}`,
  rounds: '/moderation',
  newRound: '/moderation/new',
  statistics: '/moderation/statistics',
  round: (id: string) => `/moderation/${id}`,
  review: (roundId: string, auditId: string) => `/moderation/${roundId}/reviews/${auditId}`,
  programmes: '/programme',
  newProgramme: '/programme/new',
  programme: (id: string) => `/programme/${id}`,
  changeProgramme: (id: string) => `/programme/${id}/change`,
  programmeEntry: (programmeId: string, entryId: string) => `/programme/${programmeId}/activities/${entryId}`,
  /** The overview report, with its filter in the address. */
  reports: (filter: Record<string, string | undefined> = {}) => withQuery('/reports', filter),
} as const;
