'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { DataTable } from '@/components/tables/data-table';
import { dataTableColumns } from '@/components/tables/data-table-features';
import type { InvoiceListRow } from '@/db/queries/dashboard/list-invoices';
import { formatMoney } from '@/lib/billing/money';
import { formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

const column = dataTableColumns<InvoiceListRow>();

function invoiceColumns(timeZone: string) {
  return column.columns([
    // Drafts have no number: undefined sorts them last either way, and "draft" is what shows.
    column.accessor((row) => row.number ?? undefined, {
      id: 'number',
      header: 'Number',
      sortUndefined: 'last',
      cell: ({ getValue, row }) => (
        <span data-testid={dashboardTestIds.invoiceNumber}>
          <Link href={`/dashboard/invoices/${row.original.id}`}>{getValue() ?? <span className="muted">draft</span>}</Link>
        </span>
      ),
    }),
    column.accessor('customerName', { header: 'Customer' }),
    column.accessor((row) => row.issuedAt ?? undefined, {
      id: 'issuedAt',
      header: 'Issued',
      sortUndefined: 'last',
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue() ?? null, timeZone),
    }),
    column.accessor('status', { header: 'Status', cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
    column.accessor('totalMinor', {
      header: 'Total',
      meta: { numeric: true },
      enableGlobalFilter: false,
      cell: ({ row: { original: r } }) => formatMoney(r.totalMinor, r.currency),
    }),
  ]);
}

/** All invoices, drafts included, sortable, filterable and paged. */
export function InvoicesTable({ rows, timeZone }: { rows: InvoiceListRow[]; timeZone: string }) {
  const columns = useMemo(() => invoiceColumns(timeZone), [timeZone]);
  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.invoiceRow}
      noun="invoices"
      emptyText="No invoices yet."
    />
  );
}
