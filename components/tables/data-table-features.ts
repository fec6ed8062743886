import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';

export type DataTableColumnMeta = {
  /** Right-aligned tabular figures (globals.css `td.num`). */
  numeric?: boolean;
};

/**
 * The TanStack Table v9 features of every dashboard table: click-to-sort headers, one text filter
 * over all columns, pages. Kept at module scope: a new features object each render would rebuild
 * the table.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString },
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

/** A column helper typed for `DataTable`: `dataTableColumns<Row>().accessor(...)`. */
export function dataTableColumns<TRow extends object>() {
  return createColumnHelper<DataTableFeatures, TRow>();
}
