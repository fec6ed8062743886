import { columnFilteringFeature, createColumnHelper, globalFilteringFeature, metaHelper, rowPaginationFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { DataTableColumnMeta } from './data-table-features';

/**
 * The TanStack Table v9 features of a server-paged list: sorting, the search and the pages are
 * state only (manual), the server does the work, so no client row models are registered.
 */
export const serverTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type ServerTableFeatures = typeof serverTableFeatures;

/** A column helper typed for `ServerTable`: `serverTableColumns<Row>().accessor(...)`. */
export function serverTableColumns<TRow extends object>() {
  return createColumnHelper<ServerTableFeatures, TRow>();
}
