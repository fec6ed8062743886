'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { InvoiceListRow } from '@/db/queries/dashboard/list-invoices';
import { formatMoney } from '@/lib/billing/money';
import { formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

const column = serverTableColumns<InvoiceListRow>();

function invoiceColumns(timeZone: string) {
  return column.columns([
    column.accessor('number', {
      header: 'Number',
      cell: ({ getValue, row }) => (
        <span data-testid={dashboardTestIds.invoiceNumber}>
          <Link href={`/dashboard/invoices/${row.original.id}`}>{getValue() ?? <span className="muted">draft</span>}</Link>
        </span>
      ),
    }),
    column.accessor('customerName', {
      header: 'Customer',
      cell: ({ row: { original: r } }) => (
        <>
          {r.customerName}
          <div className="muted">{r.customerEmail}</div>
        </>
      ),
    }),
    column.accessor('createdAt', { header: 'Created', cell: ({ getValue }) => formatDate(getValue(), timeZone) }),
    column.accessor('issuedAt', { header: 'Issued', cell: ({ getValue }) => formatDate(getValue(), timeZone) }),
    column.accessor('dueAt', { header: 'Due', cell: ({ getValue }) => formatDate(getValue(), timeZone) }),
    column.accessor('status', { header: 'Status', cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
    // The dunning steps taken so far on an unpaid invoice (reminders, suspension, warning).
    column.accessor('dunningStep', {
      header: 'Dunning',
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => (r.status === 'open' && r.dunningStep !== null ? `${r.dunningStep} done` : '—'),
    }),
    column.accessor('totalMinor', {
      header: 'Total',
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => formatMoney(r.totalMinor, r.currency),
    }),
  ]);
}

type ListProps = Omit<ServerTableProps<InvoiceListRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint'>;

/** One page of invoices, drafts included, sorted, searched and filtered on the server. */
export function InvoicesTable({ timeZone, ...list }: ListProps & { timeZone: string }) {
  const columns = useMemo(() => invoiceColumns(timeZone), [timeZone]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.invoiceRow}
      noun="invoices"
      searchHint="number, payment reference, name or e-mail"
      emptyText="No invoices yet."
    />
  );
}
