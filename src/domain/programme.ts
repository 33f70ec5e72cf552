// The annual auditing programme (seed 002, "Auditing Activity" › "Annual auditing programme"): "The annual schedule
// of auditing activity will routinely look at the quality of social work practice ... by measuring core areas of
// practice", set out month by month in "Our auditing timetable". The programme runs over the local authority's year,
// April to March. Each entry is one month's activity, with a focus area, an optional team and the number of audits
// planned; audits started as part of an entry are counted against it. Pure: ids and times are arguments.
import type { HistoryEntry } from './audit';
import type { Author } from './author';
import { formatMonth, type IsoDate } from './calendar/iso-date';
import { AUDIT_ACTIVITY_LABELS, type AuditActivity } from './template';
import { unwritten, type Versioned } from './revision';
import { describeCriteria, SELECTION_MAX, SelectionError, type CaseSelection } from './selection';

/** The core areas of practice the programme measures, in the seed's words and order. */
export const PRACTICE_AREAS = [
  "The child's Journey, including transitions through the service",
  'Specific risk factors',
  'Assessment, planning and review',
  'Engaging families',
  'Joint working',
  'Equalities and Social Graces',
  'Recording',
  'Management oversight and decision making',
  'Impact and outcomes',
  'Staff wellbeing and practice development',
  'Social work processes',
] as const;

/** "Our auditing timetable includes" (seed 002), April first; August is the summer break, so it has no activity. */
export const FRAMEWORK_TIMETABLE: readonly { month: number; activity: AuditActivity | null }[] = [
  { month: 4, activity: 'dip-sampling' },
  { month: 5, activity: 'practice-week' },
  { month: 6, activity: 'front-door' },
  { month: 7, activity: 'dip-sampling' },
  { month: 8, activity: null },
  { month: 9, activity: 'thematic' },
  { month: 10, activity: 'front-door' },
  { month: 11, activity: 'practice-week' },
  { month: 12, activity: 'dip-sampling' },
  { month: 1, activity: 'thematic' },
  { month: 2, activity: 'front-door' },
  { month: 3, activity: 'dip-sampling' },
];

export interface ProgrammeEntry {
  id: string;
  /** `YYYY-MM`, within the programme's year. */
  month: string;
  activity: AuditActivity;
  /** One of PRACTICE_AREAS, or '' when the month has no particular focus. */
  focus: string;
  /** '' for activity across the service. */
  team: string;
  /** Audits planned; 0 when no number is set. */
  planned: number;
  /** For thematic and front door audits: the case records purposefully selected, with the criteria (selection.ts). */
  selection?: CaseSelection | undefined;
}

export interface AuditProgramme extends Versioned {
  createdAt: string;
  title: string;
  /** The programme runs from April of this year to March of the next. */
  startYear: number;
  entries: ProgrammeEntry[];
  history: HistoryEntry[];
}

/** The twelve months of a programme year, `YYYY-MM`, April to March. */
export function programmeMonths(startYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((i + 3) % 12) + 1;
    return `${m >= 4 ? startYear : startYear + 1}-${String(m).padStart(2, '0')}`;
  });
}

/** The programme year a date falls in: April 2026 to March 2027 is 2026. */
export function programmeYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

export function programmeYearLabel(startYear: number): string {
  return `April ${startYear} to March ${startYear + 1}`;
}

/** "November 2026: Practice week, Recording, Pod 3". */
export function describeEntry(entry: ProgrammeEntry): string {
  return `${formatMonth(entry.month)}: ${AUDIT_ACTIVITY_LABELS[entry.activity]}${entry.focus ? `, ${entry.focus}` : ''}${entry.team ? `, ${entry.team}` : ''}`;
}

/** Orders entries by month, keeping the order they were added within a month. */
export function sortEntries(entries: readonly ProgrammeEntry[]): ProgrammeEntry[] {
  return [...entries].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

export function newProgramme(
  input: { id: string; title: string; startYear: number; fromTimetable: boolean },
  newEntryId: () => string,
  now: string,
  by: Author,
): AuditProgramme {
  const months = programmeMonths(input.startYear);
  const entries: ProgrammeEntry[] = input.fromTimetable
    ? FRAMEWORK_TIMETABLE.flatMap((t, i) =>
        t.activity
          ? // No number planned: "up to 30" (seed 002) is a cap for front door and thematic audits, not a target.
            [{ id: newEntryId(), month: months[i] ?? '', activity: t.activity, focus: '', team: '', planned: 0 }]
          : [],
      )
    : [];
  return {
    ...unwritten(input.id, now),
    title: input.title,
    startYear: input.startYear,
    entries,
    history: [
      {
        at: now,
        by,
        kind: 'created',
        detail: input.fromTimetable
          ? `Programme ${programmeYearLabel(input.startYear)} set up from the framework's auditing timetable`
          : `Programme ${programmeYearLabel(input.startYear)} set up`,
      },
    ],
  };
}

export class ProgrammeError extends Error {}

function withChange(programme: AuditProgramme, entries: ProgrammeEntry[], detail: string, by: Author, now: string): AuditProgramme {
  return { ...programme, updatedAt: now, entries: sortEntries(entries), history: [...programme.history, { at: now, by, kind: 'edited', detail }] };
}

function checkMonth(programme: AuditProgramme, month: string) {
  if (!programmeMonths(programme.startYear).includes(month))
    throw new ProgrammeError(`${month} is not in the programme year ${programmeYearLabel(programme.startYear)}`);
}

export function activityFixedMessage(auditsCounted: number): string {
  return `The activity cannot change: ${auditsCounted} audit${auditsCounted === 1 ? ' is' : 's are'} already part of it`;
}

/** Another activity of the programme with the same month, kind, focus and team, if any: two would be indistinguishable. */
export function sameEntry(programme: AuditProgramme, entry: ProgrammeEntry): ProgrammeEntry | undefined {
  const key = (e: ProgrammeEntry) => [e.month, e.activity, e.focus, e.team.trim().toLowerCase()].join('|');
  return programme.entries.find((e) => e.id !== entry.id && key(e) === key(entry));
}

/** Whether another programme already has this name (names tell programmes apart in every drop-down). */
export function titleTaken(programmes: readonly Pick<AuditProgramme, 'id' | 'title'>[], title: string, exceptId = ''): boolean {
  const t = title.trim().toLowerCase();
  return programmes.some((p) => p.id !== exceptId && p.title.trim().toLowerCase() === t);
}

export function renameProgramme(programme: AuditProgramme, title: string, by: Author, now: string): AuditProgramme {
  return {
    ...programme,
    title: title.trim(),
    updatedAt: now,
    history: [...programme.history, { at: now, by, kind: 'edited', detail: `Renamed from “${programme.title}” to “${title.trim()}”` }],
  };
}

/** Whether a date falls in the programme's year, April to March. */
export function inProgrammeYear(programme: Pick<AuditProgramme, 'startYear'>, date: IsoDate): boolean {
  return programmeYearOf(date) === programme.startYear;
}

function checkDistinct(programme: AuditProgramme, entry: ProgrammeEntry) {
  if (sameEntry(programme, entry)) throw new ProgrammeError(`There is already ${describeEntry(entry)} in the programme`);
}

/**
 * Front door and thematic audits select "up to 30" case records (seed 002, "Early Help and Front Door Audits", "Thematic
 * Audits"): the number planned is the number intended, and 30 the most it may be. The message, or null when it is fine.
 */
export function plannedProblem(activity: AuditActivity, planned: number): string | null {
  return SELECTED_ACTIVITIES.includes(activity) && planned > SELECTION_MAX
    ? `${AUDIT_ACTIVITY_LABELS[activity]}s purposefully select up to ${SELECTION_MAX} case records: plan ${SELECTION_MAX} or fewer`
    : null;
}

function checkPlanned(entry: ProgrammeEntry) {
  const problem = plannedProblem(entry.activity, entry.planned);
  if (problem) throw new ProgrammeError(problem);
}

export function addEntry(programme: AuditProgramme, entry: ProgrammeEntry, describe: string, by: Author, now: string): AuditProgramme {
  checkMonth(programme, entry.month);
  checkDistinct(programme, entry);
  checkPlanned(entry);
  return withChange(programme, [...programme.entries, entry], `Added: ${describe}`, by, now);
}

/** Changes an activity. Its kind cannot change once audits are counted against it: they were audits of that kind. */
export function changeEntry(
  programme: AuditProgramme,
  entry: ProgrammeEntry,
  auditsCounted: number,
  describe: string,
  by: Author,
  now: string,
): AuditProgramme {
  checkMonth(programme, entry.month);
  const before = programme.entries.find((e) => e.id === entry.id);
  if (!before) throw new ProgrammeError('No such activity in this programme');
  if (auditsCounted > 0 && before.activity !== entry.activity) throw new ProgrammeError(activityFixedMessage(auditsCounted));
  checkDistinct(programme, entry);
  checkPlanned(entry);
  return withChange(
    programme,
    programme.entries.map((e) => (e.id === entry.id ? entry : e)),
    `Changed: ${describe}`,
    by,
    now,
  );
}

/**
 * Takes an activity out of the programme. Writing it is refused while audits count towards the activity (the write
 * module checks in the same transaction as the write), so none is left pointing at nothing.
 */
export function removeEntry(programme: AuditProgramme, entryId: string, describe: string, by: Author, now: string): AuditProgramme {
  return withChange(
    programme,
    programme.entries.filter((e) => e.id !== entryId),
    `Removed: ${describe}`,
    by,
    now,
  );
}

/** Activities whose audits are chosen by purposeful selection of case records (seed 002). */
export const SELECTED_ACTIVITIES: readonly AuditActivity[] = ['thematic', 'front-door'];

/** Records the case records purposefully selected for a thematic or front door activity, replacing any before. */
export function recordSelection(programme: AuditProgramme, entryId: string, selection: CaseSelection, by: Author, now: string): AuditProgramme {
  const entry = programme.entries.find((e) => e.id === entryId);
  if (!entry) throw new ProgrammeError('No such activity in this programme');
  if (!SELECTED_ACTIVITIES.includes(entry.activity)) throw new SelectionError('Case records are selected only for thematic and front door audits');
  return withChange(
    programme,
    // The number selected is the number intended, unless a number was planned already.
    programme.entries.map((e) => (e.id === entryId ? { ...e, selection, planned: e.planned || selection.cases.length } : e)),
    `${describeEntry(entry)}: ${selection.cases.length} case records selected from ${selection.listed} (${describeCriteria(selection.criteria)})`,
    by,
    now,
  );
}

/** The activities a change takes out of a programme (all of them when the programme is deleted). */
export function entriesTakenOut(before: AuditProgramme | undefined, after: AuditProgramme | null): Set<string> {
  const kept = new Set(after?.entries.map((e) => e.id));
  return new Set(before?.entries.filter((e) => !kept.has(e.id)).map((e) => e.id));
}

/**
 * An activity, or a programme, that audits count towards cannot be taken out: the audits would be left pointing at
 * nothing. `counted` is how many audits count towards what is taken out.
 */
export function refuseRemovingCounted(counted: number, what: 'that activity' | 'the programme'): void {
  if (counted > 0) throw new ProgrammeError(`${counted} audit${counted === 1 ? ' counts' : 's count'} towards ${what}, so it cannot be removed`);
}

export type EntryState = 'planned' | 'under-way' | 'done' | 'behind' | 'not-done';
export const ENTRY_STATE_LABELS: Record<EntryState, string> = {
  planned: 'Planned',
  'under-way': 'Under way',
  done: 'Done',
  behind: 'Behind plan',
  'not-done': 'Not done',
};

export interface EntryProgress {
  entry: ProgrammeEntry;
  started: number;
  completed: number;
  state: EntryState;
}

/** What progress needs of an audit summary. */
export interface ProgrammeAudit {
  programmeEntryId: string;
  status: string;
}

/**
 * Progress of each activity given today: a month still to come is planned; the current month is under way; a past
 * month is done when its completed audits reach the number planned (or any were completed, if none was planned),
 * behind plan when some but too few were completed, and not done when none was.
 */
export function programmeProgress(programme: AuditProgramme, audits: readonly ProgrammeAudit[], today: IsoDate): EntryProgress[] {
  const counts = new Map<string, { started: number; completed: number }>();
  for (const a of audits) {
    if (!a.programmeEntryId) continue;
    const c = counts.get(a.programmeEntryId) ?? { started: 0, completed: 0 };
    c.started += 1;
    if (a.status === 'complete') c.completed += 1;
    counts.set(a.programmeEntryId, c);
  }
  const thisMonth = today.slice(0, 7);
  return sortEntries(programme.entries).map((entry) => {
    const { started, completed } = counts.get(entry.id) ?? { started: 0, completed: 0 };
    let state: EntryState;
    if (entry.month > thisMonth) state = 'planned';
    else if (entry.month === thisMonth) state = entry.planned > 0 && completed >= entry.planned ? 'done' : 'under-way';
    else if (entry.planned > 0) state = completed >= entry.planned ? 'done' : completed > 0 ? 'behind' : 'not-done';
    else state = completed > 0 ? 'done' : 'not-done';
    return { entry, started, completed, state };
  });
}

/** Audits planned and completed in each month of the programme year, April first: the programme's chart. */
export function progressByMonth(startYear: number, progress: readonly EntryProgress[]): { month: string; planned: number; completed: number }[] {
  return programmeMonths(startYear).map((month) => {
    const rows = progress.filter((p) => p.entry.month === month);
    return { month, planned: rows.reduce((n, r) => n + r.entry.planned, 0), completed: rows.reduce((n, r) => n + r.completed, 0) };
  });
}
