'use client';

import { useTable, type ColumnDef, type PaginationState, type SortingState, type Updater } from '@tanstack/react-table';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState, useTransition } from 'react';
import { dashboardTestIds } from '@/components/dashboard/test-ids';
import { fillTemplate } from '@/lib/i18n/fill-template';
import { formatListSort, LIST_PAGE_SIZES, listHref, type ListSort } from '@/lib/validations/list-query';
import styles from './data-table.module.css';
import { SortableHeaderRows } from './sortable-header-rows';
import { serverTableFeatures, type ServerTableFeatures } from './server-table-features';
import type { TableTexts } from './table-texts';

/** Where the list stands: its page number (for people) and the keyset cursors on either side. */
export type ServerTablePaging = { page: number; size: number; nextCursor: string | null; prevCursor: string | null };

/** A select above the table that narrows the list (a URL parameter of the list's query). */
export type ServerTableFilter = { name: string; label: string; options: { value: string; label: string }[] };

export type ServerTableProps<TRow extends object> = {
  /** Build them with `serverTableColumns<TRow>().columns([...])`, at module scope or memoised. */
  columns: ColumnDef<ServerTableFeatures, TRow, unknown>[];
  rows: TRow[];
  getRowId: (row: TRow) => string;
  /** `data-testid` of every body row. */
  rowTestId: string;
  /** What the rows are, for the counts and the empty text ("subscriptions"). */
  noun: string;
  emptyText?: string;
  /** The column ids the server can sort by (the others' headers are plain text). */
  sortable: readonly string[];
  sort: ListSort;
  q: string;
  /** What the search looks in, for its label ("name or e-mail"). */
  searchHint: string;
  paging: ServerTablePaging;
  filters?: ServerTableFilter[];
  filterValues?: Record<string, string>;
  /** The CSV download of this list (the same filters are added); absent when the viewer may not export. */
  exportPath?: string | null;
  /** The table's words in the staff member's language (`getTableTexts`, built by the page). */
  texts: TableTexts;
};

const SEARCH_DELAY_MS = 350;

function columnKey(column: { id?: string; accessorKey?: unknown }): string | undefined {
  return column.id ?? (typeof column.accessorKey === 'string' ? column.accessorKey : undefined);
}

function resolve<T>(updater: Updater<T>, old: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater;
}

/**
 * A list paged, sorted, searched and filtered on the server (TanStack Table v9 in manual mode).
 * Its state is the address bar (`lib/validations/list-query.ts`): a link, a reload or the back
 * button shows the same rows, and the server only ever sends one page.
 */
export function ServerTable<TRow extends object>({
  columns,
  rows,
  getRowId,
  rowTestId,
  noun,
  emptyText,
  sortable,
  sort,
  q,
  searchHint,
  paging,
  filters = [],
  filterValues = {},
  exportPath,
  texts,
}: ServerTableProps<TRow>) {
  const t = texts.table;
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [search, setSearch] = useState(q);
  const searchId = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const go = (changes: Record<string, string | null>) =>
    startTransition(() => router.push(`${pathname}${listHref(searchParams.toString(), changes)}`, { scroll: false }));

  const sortableColumns = useMemo(
    () => columns.map((column) => ({ ...column, enableSorting: sortable.includes(columnKey(column as { id?: string }) ?? '') })),
    [columns, sortable],
  );
  const sorting: SortingState = [{ id: sort.id, desc: sort.desc }];
  const pagination: PaginationState = { pageIndex: paging.page - 1, pageSize: paging.size };

  const table = useTable({
    features: serverTableFeatures,
    columns: sortableColumns,
    data: rows,
    getRowId: (row) => getRowId(row),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    pageCount: -1,
    state: { sorting, pagination, globalFilter: q },
    onSortingChange: (updater) => {
      const next = resolve(updater, sorting)[0];
      go({ sort: next ? formatListSort({ id: next.id, desc: next.desc }) : null });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      if (next.pageSize !== paging.size) go({ size: String(next.pageSize) });
      else if (next.pageIndex > pagination.pageIndex && paging.nextCursor)
        go({ after: paging.nextCursor, before: null, page: String(paging.page + 1) });
      else if (next.pageIndex < pagination.pageIndex && paging.prevCursor)
        go({ before: paging.prevCursor, after: null, page: String(Math.max(1, paging.page - 1)) });
    },
    onGlobalFilterChange: (updater) => go({ q: String(resolve(updater, q) ?? '') }),
  });

  const onSearch = (text: string) => {
    setSearch(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => table.setGlobalFilter(text.trim()), SEARCH_DELAY_MS);
  };

  const exportQuery = listHref(searchParams.toString(), { size: null });
  const first = rows.length === 0 ? 0 : (paging.page - 1) * paging.size + 1;

  return (
    <div aria-busy={pending}>
      <div className={`row ${styles.toolbar}`}>
        <div className="row">
          <label className="inline" htmlFor={searchId}>
            {t.search}
            <input
              id={searchId}
              type="search"
              value={search}
              onChange={(event) => onSearch(event.target.value)}
              placeholder={fillTemplate(t.searchPlaceholder, { hint: searchHint })}
              aria-label={fillTemplate(t.searchLabel, { noun, hint: searchHint })}
              data-testid={dashboardTestIds.tableFilter}
            />
          </label>
          {filters.map((filter) => (
            <label key={filter.name} className="inline">
              {filter.label}
              <select value={filterValues[filter.name] ?? ''} onChange={(event) => go({ [filter.name]: event.target.value || null })}>
                <option value="">{t.any}</option>
                {filter.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        {exportPath ? (
          <a className="button secondary" href={`${exportPath}${exportQuery}`} data-testid={dashboardTestIds.tableExport} download>
            {t.downloadCsv}
          </a>
        ) : null}
      </div>
      <table>
        <thead>
          <SortableHeaderRows groups={table.getHeaderGroups()} render={(header) => <table.FlexRender header={header} />} unsortedMark={'↕'} />
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-testid={rowTestId}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'num' : undefined}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={table.getAllLeafColumns().length} className="muted">
                {q || Object.keys(filterValues).length > 0 ? fillTemplate(t.noMatch, { noun }) : (emptyText ?? t.empty)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <nav className={`row ${styles.pager}`} aria-label={t.pages}>
        <label className="inline">
          {t.rows}
          <select value={paging.size} onChange={(event) => table.setPageSize(Number(event.target.value))}>
            {LIST_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="secondary"
          onClick={() => table.previousPage()}
          disabled={!paging.prevCursor || pending}
          data-testid={dashboardTestIds.tablePreviousPage}
        >
          {t.previous}
        </button>
        <span className="muted" data-testid={dashboardTestIds.tablePageInfo}>
          {rows.length > 0
            ? fillTemplate(t.pageRange, { page: paging.page, noun, first, last: first + rows.length - 1 })
            : fillTemplate(t.page, { page: paging.page })}
        </span>
        <button
          type="button"
          className="secondary"
          onClick={() => table.nextPage()}
          disabled={!paging.nextCursor || pending}
          data-testid={dashboardTestIds.tableNextPage}
        >
          {t.next}
        </button>
      </nav>
    </div>
  );
}
