'use client';

import { useMemo } from 'react';
import { formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { DataTable } from '@/components/tables/data-table';
import { dataTableColumns } from '@/components/tables/data-table-features';
import type { ClockInvoiceRow } from '@/db/queries/test-clocks/list-clock-invoices';
import { formatMoney } from '@/lib/billing/money';
import { testClockTestIds } from './test-ids';
import type { TableTexts } from '@/components/tables/table-texts';

const column = dataTableColumns<ClockInvoiceRow>();

function invoiceColumns(timeZone: string) {
  return column.columns([
    column.accessor((row) => row.number ?? undefined, {
      id: 'number',
      header: 'Number',
      sortUndefined: 'last',
      cell: ({ getValue }) => (
        <span data-testid={testClockTestIds.invoiceNumber}>{getValue() ?? <span className="muted">draft</span>}</span>
      ),
    }),
    column.accessor('customerName', { header: 'Customer' }),
    // The checkout's invoice bills no renewal term.
    column.accessor((row) => row.term ?? undefined, {
      id: 'term',
      header: 'Term',
      sortUndefined: 'first',
      meta: { numeric: true },
      cell: ({ getValue }) => <span data-testid={testClockTestIds.invoiceTerm}>{getValue() ?? 'order'}</span>,
    }),
    column.accessor('status', {
      header: 'Status',
      cell: ({ getValue }) => (
        <span data-testid={testClockTestIds.invoiceStatus}>
          <StatusBadge status={getValue()} />
        </span>
      ),
    }),
    column.accessor('attempts', {
      header: 'Payments',
      enableGlobalFilter: false,
      cell: ({ getValue }) => <span data-testid={testClockTestIds.invoiceAttempts}>{getValue()}</span>,
    }),
    column.accessor((row) => row.issuedAt ?? undefined, {
      id: 'issuedAt',
      header: 'Issued',
      sortUndefined: 'last',
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue() ?? null, timeZone),
    }),
    column.accessor((row) => row.dueAt ?? undefined, {
      id: 'dueAt',
      header: 'Due',
      sortUndefined: 'last',
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue() ?? null, timeZone),
    }),
    column.accessor('totalMinor', {
      header: 'Total',
      meta: { numeric: true },
      enableGlobalFilter: false,
      cell: ({ row: { original: r } }) => (
        <span data-testid={testClockTestIds.invoiceTotal}>{formatMoney(r.totalMinor, r.currency)}</span>
      ),
    }),
  ]);
}

/** The simulated customers' invoices, the newest issued first; dates in the shop's zone. */
/** `texts`: the table's chrome in the staff member's language (`getTableTexts`). */
export function ClockInvoicesTable({ rows, timeZone, texts }: { rows: ClockInvoiceRow[]; timeZone: string; texts: TableTexts }) {
  const columns = useMemo(() => invoiceColumns(timeZone), [timeZone]);
  return (
    <DataTable
      texts={texts}
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      rowTestId={testClockTestIds.invoiceRow}
      noun="invoices"
      emptyText="No invoices yet."
    />
  );
}
