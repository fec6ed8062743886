'use client';

import { useMemo } from 'react';
import { formatDate } from '@/components/dashboard/format-date';
import { DataTable } from '@/components/tables/data-table';
import { dataTableColumns } from '@/components/tables/data-table-features';
import type { ClockBillingActionRow } from '@/db/queries/test-clocks/list-clock-billing-actions';
import { testClockTestIds } from './test-ids';
import type { TableTexts } from '@/components/tables/table-texts';

const column = dataTableColumns<ClockBillingActionRow>();

function logColumns(timeZone: string) {
  return column.columns([
    column.accessor('dueAt', {
      header: 'Due',
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true }),
    }),
    column.accessor('term', { header: 'Term', meta: { numeric: true } }),
    column.accessor('action', {
      header: 'Action',
      cell: ({ getValue }) => <code data-testid={testClockTestIds.logAction}>{getValue()}</code>,
    }),
    column.accessor('customerName', { header: 'Customer' }),
  ]);
}

/** The engine's log (one row per subscription, term and action applied), newest first. */
/** `texts`: the table's chrome in the staff member's language (`getTableTexts`). */
export function ClockEngineLogTable({ rows, timeZone, texts }: { rows: ClockBillingActionRow[]; timeZone: string; texts: TableTexts }) {
  const columns = useMemo(() => logColumns(timeZone), [timeZone]);
  return (
    <DataTable
      texts={texts}
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      rowTestId={testClockTestIds.logRow}
      noun="actions"
      emptyText="The engine has done nothing on this clock yet."
    />
  );
}
