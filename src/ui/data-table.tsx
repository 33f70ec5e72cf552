// The app's one table: TanStack Table (features registered once, here), sortable columns with a <button> in each
// <th aria-sort>, a live region that says how the table is sorted, and rows virtualised so that 10,000 rows stay
// smooth. Filtering is done by the page on its data before the table sees it.
import { useRef, useState, type ReactNode } from 'react';
import {
  createSortedRowModel,
  createTableHook,
  FlexRender,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
});
const { useAppTable, createAppColumnHelper } = createTableHook({ features });

export { createAppColumnHelper as createColumnHelper };
type Features = typeof features;

type Columns<T extends RowData> = Parameters<typeof useAppTable<T>>[0]['columns'];

interface DataTableProps<T extends RowData> {
  caption: ReactNode;
  data: T[];
  columns: Columns<T>;
  getRowId: (row: T) => string;
  initialSorting?: SortingState;
  /** Rows are this tall, near enough, for the virtualiser to place them before measuring. */
  rowHeight?: number;
  empty?: ReactNode;
}

const SORT_NAMES = { asc: 'ascending', desc: 'descending' } as const;

export function DataTable<T extends RowData>({ caption, data, columns, getRowId, initialSorting = [], rowHeight = 52, empty }: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const table = useAppTable<T>({
    data,
    columns,
    getRowId: (row) => getRowId(row),
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  // react-hooks 7 flags useVirtualizer as an incompatible library; it is used as its documentation shows.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const headers = table.getHeaderGroups();
  const columnCount = headers[0]?.headers.length ?? 1;
  const sorted = sorting[0];
  const sortedColumn = sorted ? table.getColumn(sorted.id) : undefined;
  const sortedLabel = sortedColumn && typeof sortedColumn.columnDef.header === 'string' ? sortedColumn.columnDef.header : sorted?.id;

  return (
    <>
      <div className="app-table-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={typeof caption === 'string' ? caption : 'Table'}>
        <table className="govuk-table govuk-!-margin-bottom-0" aria-rowcount={rows.length + 1}>
          <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
          <thead className="govuk-table__head">
            {headers.map((group) => (
              <tr className="govuk-table__row" key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const column = header.column;
                  const dir = column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="govuk-table__header"
                      aria-sort={column.getCanSort() ? (dir ? SORT_NAMES[dir] : 'none') : undefined}
                    >
                      {column.getCanSort() ? (
                        <button type="button" className="govuk-link app-sort-button" onClick={column.getToggleSortingHandler()}>
                          <FlexRender<Features, T> header={header} />
                          <span aria-hidden="true">{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ' ⇅'}</span>
                        </button>
                      ) : (
                        <FlexRender<Features, T> header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="govuk-table__body">
            {before > 0 && (
              <tr aria-hidden="true">
                <td style={{ height: before, padding: 0, border: 0 }} colSpan={columnCount} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <tr className="govuk-table__row" key={row.id} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className="govuk-table__cell">
                      <FlexRender<Features, T> cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {after > 0 && (
              <tr aria-hidden="true">
                <td style={{ height: after, padding: 0, border: 0 }} colSpan={columnCount} />
              </tr>
            )}
          </tbody>
        </table>
        {rows.length === 0 && <p className="govuk-body govuk-!-margin-top-3">{empty ?? 'Nothing to show.'}</p>}
      </div>
      <p className="govuk-visually-hidden" aria-live="polite">
        {sorted ? `Sorted by ${sortedLabel ?? sorted.id}, ${sorted.desc ? 'descending' : 'ascending'}` : ''}
      </p>
    </>
  );
}
