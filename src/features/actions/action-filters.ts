// The action register's views and filters, over the register in memory.
import { isDueSoon, isOpen, isOverdue, type ActionRecord } from '@/domain/actions';
import type { IsoDate } from '@/domain/calendar/iso-date';

export const ACTION_VIEWS = {
  open: 'All open actions',
  mine: 'My actions',
  overdue: 'Overdue',
  'due-soon': 'Due in the next two weeks',
  all: 'Every action, open or closed',
} as const;
export type ActionView = keyof typeof ACTION_VIEWS;

export interface ActionFilters {
  view: ActionView;
  owner: string;
  team: string;
  level: string;
  theme: string;
}

export const DEFAULT_ACTION_FILTERS: ActionFilters = { view: 'open', owner: '', team: '', level: '', theme: '' };

/** The filter in words, for an export's file name: the view, then each filter set. */
export function actionFilterParts(f: ActionFilters, today: IsoDate): string[] {
  return [ACTION_VIEWS[f.view], f.owner, f.team, f.level, f.theme, today].filter(Boolean);
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function filterActions(actions: readonly ActionRecord[], f: ActionFilters, today: IsoDate, me: string): ActionRecord[] {
  return actions.filter((a) => {
    const inView =
      f.view === 'all' ||
      (f.view === 'open' && isOpen(a)) ||
      (f.view === 'mine' && isOpen(a) && same(a.ownerName, me)) ||
      (f.view === 'overdue' && isOverdue(a, today)) ||
      (f.view === 'due-soon' && isDueSoon(a, today));
    return (
      inView &&
      (!f.owner || a.ownerName === f.owner) &&
      (!f.team || a.team === f.team) &&
      (!f.level || a.level === f.level) &&
      (!f.theme || a.theme === f.theme)
    );
  });
}

export function distinctValues(actions: readonly ActionRecord[], key: 'ownerName' | 'team' | 'theme' | 'practitioner'): string[] {
  return [...new Set(actions.map((a) => a[key]).filter((v) => v.trim() !== ''))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** Rows of the "for supervision" list as CSV: one practitioner's practice actions. */
export function supervisionRows(actions: readonly ActionRecord[], practitioner: string) {
  return actions
    .filter((a) => a.level === 'practice' && a.practitioner === practitioner && a.status !== 'cancelled')
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
