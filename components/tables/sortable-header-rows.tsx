import type { ReactNode } from 'react';
import styles from './data-table.module.css';

type SortDirection = 'asc' | 'desc';

const SORT_ARROWS: Record<SortDirection, string> = { asc: '▲', desc: '▼' };
const ARIA_SORT: Record<SortDirection, 'ascending' | 'descending'> = { asc: 'ascending', desc: 'descending' };

/** What a header row needs of a TanStack header, whatever features its table has. */
type SortableHeader = {
  id: string;
  isPlaceholder: boolean;
  column: {
    columnDef: { meta?: { numeric?: boolean } };
    getIsSorted: () => false | SortDirection;
    getCanSort: () => boolean;
    getToggleSortingHandler: () => ((event: unknown) => void) | undefined;
  };
};

/**
 * The header rows of a dashboard table: a button that toggles the sort on each column that can
 * be sorted (with `aria-sort` for screen readers), plain text on the others. Shared by the
 * client-side and the server-paged table so both look and read the same.
 */
export function SortableHeaderRows<THeader extends SortableHeader>({
  groups,
  render,
  unsortedMark = '',
}: {
  groups: { id: string; headers: THeader[] }[];
  /** The header's content (`<table.FlexRender header={header} />`). */
  render: (header: THeader) => ReactNode;
  /** What a sortable but unsorted column shows beside its name ('↕' where sorting is on the server). */
  unsortedMark?: string;
}) {
  return groups.map((group) => (
    <tr key={group.id}>
      {group.headers.map((header) => {
        const sorted = header.column.getIsSorted();
        const content = header.isPlaceholder ? null : render(header);
        return (
          <th
            key={header.id}
            className={header.column.columnDef.meta?.numeric ? 'num' : undefined}
            aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
          >
            {!header.isPlaceholder && header.column.getCanSort() ? (
              <button type="button" className={styles.sortButton} onClick={header.column.getToggleSortingHandler()}>
                {content}
                <span aria-hidden="true">{sorted ? SORT_ARROWS[sorted] : unsortedMark}</span>
              </button>
            ) : (
              content
            )}
          </th>
        );
      })}
    </tr>
  ));
}
