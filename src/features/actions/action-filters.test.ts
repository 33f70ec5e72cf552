import { describe, expect, it } from 'vitest';
import { filterActions, supervisionRows, DEFAULT_ACTION_FILTERS } from './action-filters';
import type { ActionRecord } from '@/domain/actions';
import { actionRecord } from '@test/builders/action';

const action = (id: string, over: Partial<ActionRecord>): ActionRecord =>
  actionRecord({ id, createdAt: '', updatedAt: '', team: 'Pod 3', due: '2025-04-01', ...over });

const register = [
  action('overdue', { due: '2025-03-01' }),
  action('soon', { due: '2025-03-20', ownerName: 'Sam Patel' }),
  action('later', { due: '2025-06-01', level: 'service', practitioner: '' }),
  action('done', { status: 'completed', due: '2025-02-01' }),
  action('cancelled', { status: 'cancelled' }),
];
const ids = (f: Partial<typeof DEFAULT_ACTION_FILTERS>) =>
  filterActions(register, { ...DEFAULT_ACTION_FILTERS, ...f }, '2025-03-10', 'sam patel').map((a) => a.id);

describe('action register views (today passed in)', () => {
  it.each([
    ['open', ['overdue', 'soon', 'later']],
    ['mine', ['soon']],
    ['overdue', ['overdue']],
    ['due-soon', ['soon']],
    ['all', ['overdue', 'soon', 'later', 'done', 'cancelled']],
  ] as const)('%s', (view, expected) => {
    expect(ids({ view })).toEqual(expected);
  });

  it('filters by level and owner', () => {
    expect(ids({ level: 'service' })).toEqual(['later']);
    expect(ids({ owner: 'Jo Lee' })).toEqual(['overdue', 'later']);
  });

  it('the supervision list: the practitioner’s practice actions, not cancelled, soonest first', () => {
    expect(supervisionRows(register, 'Jo Lee').map((a) => a.id)).toEqual(['done', 'overdue', 'soon']);
  });
});
