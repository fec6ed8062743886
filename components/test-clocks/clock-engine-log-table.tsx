'use client';

import { useMemo } from 'react';
import { formatDate } from '@/components/dashboard/format-date';
import { DataTable } from '@/components/tables/data-table';
import { dataTableColumns } from '@/components/tables/data-table-features';
import type { ClockBillingActionRow } from '@/db/queries/test-clocks/list-clock-billing-actions';
import { testClockTestIds } from './test-ids';

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
export function ClockEngineLogTable({ rows, timeZone }: { rows: ClockBillingActionRow[]; timeZone: string }) {
  const columns = useMemo(() => logColumns(timeZone), [timeZone]);
  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      rowTestId={testClockTestIds.logRow}
      noun="actions"
      emptyText="The engine has done nothing on this clock yet."
    />
  );
}
