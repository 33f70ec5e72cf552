import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createColumnHelper, DataTable } from './data-table';

interface Row {
  id: string;
  name: string;
  due: string;
}
const column = createColumnHelper<Row>();
const columns = column.columns([column.accessor('name', { header: 'Name', sortFn: 'text' }), column.accessor('due', { header: 'Due', sortFn: 'basic' })]);
const rows: Row[] = [
  { id: '1', name: 'Beta', due: '2025-03-02' },
  { id: '2', name: 'Alpha', due: '2025-03-03' },
  { id: '3', name: 'Gamma', due: '2025-03-01' },
];

// jsdom has no layout: give the scroll container a size so the virtualiser renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const names = () =>
  within(screen.getByRole('table', { name: 'Things' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent);

describe('the data table', () => {
  it('sorts by a column from a button in its header, says so with aria-sort and a live message', async () => {
    const user = userEvent.setup();
    render(<DataTable caption="Things" data={rows} columns={columns} getRowId={(r) => r.id} initialSorting={[{ id: 'due', desc: false }]} />);
    expect(names()).toEqual(['Gamma', 'Beta', 'Alpha']);
    expect(screen.getByRole('columnheader', { name: /Due/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(names()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Due/ })).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByText('Sorted by Name, ascending')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(names()).toEqual(['Gamma', 'Beta', 'Alpha']);
  });

  it('says when there is nothing to show', () => {
    render(<DataTable caption="Things" data={[]} columns={columns} getRowId={(r) => r.id} empty="No things yet." />);
    expect(screen.getByText('No things yet.')).toBeInTheDocument();
  });
});
