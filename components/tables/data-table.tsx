'use client';

import { useTable, type ColumnDef } from '@tanstack/react-table';
import { useId } from 'react';
import styles from './data-table.module.css';
import { SortableHeaderRows } from './sortable-header-rows';
import { dashboardTestIds } from '@/components/dashboard/test-ids';
import { dataTableFeatures, type DataTableFeatures } from './data-table-features';
import type { TableTexts } from './table-texts';
import { fillTemplate } from '@/lib/i18n/fill-template';

export type DataTableProps<TRow extends object> = {
  /** Build them with `dataTableColumns<TRow>().columns([...])`, at module scope or memoised. */
  columns: ColumnDef<DataTableFeatures, TRow, unknown>[];
  rows: TRow[];
  getRowId: (row: TRow) => string;
  /** `data-testid` of every body row. */
  rowTestId: string;
  /** What the rows are, for the filter's label and the counts ("subscriptions"). */
  noun: string;
  emptyText?: string;
  pageSize?: number;
  /** The table's words in the staff member's language (`getTableTexts`, built by the page). */
  texts: TableTexts;
};


/**
 * A client-side table over rows already loaded by the page (TanStack Table v9): sort by clicking
 * a header, one text filter across the columns, pages of `pageSize` rows. The rows keep the
 * order the query gave them until a header is clicked.
 */
export function DataTable<TRow extends object>({
  columns,
  rows,
  getRowId,
  rowTestId,
  noun,
  emptyText,
  pageSize = 25,
  texts,
}: DataTableProps<TRow>) {
  const filterId = useId();
  const t = texts.table;
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => getRowId(row),
    globalFilterFn: 'includesString',
    initialState: { pagination: { pageIndex: 0, pageSize } },
  });
  const filter = (table.state.globalFilter as string | undefined) ?? '';
  const { pageIndex } = table.state.pagination;
  const matching = table.getFilteredRowModel().rows.length;
  const pageRows = table.getRowModel().rows;

  return (
    <div>
      <div className={`row ${styles.toolbar}`}>
        <label className="inline" htmlFor={filterId}>
          {t.filter}
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(event) => table.setGlobalFilter(event.target.value)}
            placeholder={fillTemplate(t.filterPlaceholder, { noun })}
            data-testid={dashboardTestIds.tableFilter}
          />
        </label>
        <span className="muted">
          {matching === rows.length
            ? fillTemplate(t.count, { count: rows.length, noun })
            : fillTemplate(t.countOf, { matching, total: rows.length, noun })}
        </span>
      </div>
      <table>
        <thead>
          <SortableHeaderRows groups={table.getHeaderGroups()} render={(header) => <table.FlexRender header={header} />} />
        </thead>
        <tbody>
          {pageRows.map((row) => (
            <tr key={row.id} data-testid={rowTestId}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'num' : undefined}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {pageRows.length === 0 && (
            <tr>
              <td colSpan={table.getAllLeafColumns().length} className="muted">
                {rows.length === 0 ? (emptyText ?? t.empty) : fillTemplate(t.noMatchFilter, { noun, filter })}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {table.getPageCount() > 1 && (
        <nav className={`row ${styles.pager}`} aria-label={t.pages}>
          <button
            type="button"
            className="secondary"
            onClick={() => table.previousPage()}
            disabled={!table.getCanPreviousPage()}
            data-testid={dashboardTestIds.tablePreviousPage}
          >
            {t.previous}
          </button>
          <span className="muted" data-testid={dashboardTestIds.tablePageInfo}>
            {fillTemplate(t.pageOf, { page: pageIndex + 1, pages: table.getPageCount() })}
          </span>
          <button
            type="button"
            className="secondary"
            onClick={() => table.nextPage()}
            disabled={!table.getCanNextPage()}
            data-testid={dashboardTestIds.tableNextPage}
          >
            {t.next}
          </button>
        </nav>
      )}
    </div>
  );
}
