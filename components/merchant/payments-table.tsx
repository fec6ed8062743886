'use client';

import { useMemo } from 'react';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { formatDate } from '@/components/dashboard/format-date';
import { DataTable } from '@/components/tables/data-table';
import { dataTableColumns } from '@/components/tables/data-table-features';
import { formatMoney } from '@/lib/billing/money';
import type { PaymentsReportRow } from '@/lib/services/payments/payments-report';
import { merchantPaymentTestIds } from './test-ids';

const column = dataTableColumns<PaymentsReportRow>();

function paymentColumns(timeZone: string) {
  return column.columns([
    column.accessor('settledAt', {
      header: 'Settled',
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true }),
    }),
    column.accessor('customerName', { header: 'Customer' }),
    column.accessor((row) => row.invoiceNumber ?? undefined, { id: 'invoice', header: 'Invoice', sortUndefined: 'last', cell: ({ getValue }) => getValue() ?? '—' }),
    column.accessor('method', { header: 'Method' }),
    column.accessor('source', { header: 'Source' }),
    column.accessor('status', { header: 'Status', cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
    column.accessor('amountMinor', {
      header: 'Amount',
      meta: { numeric: true },
      enableGlobalFilter: false,
      cell: ({ row: { original: r } }) => formatMoney(r.amountMinor, r.currency),
    }),
  ]);
}

/** The payments of the report, sortable, filterable and paged. */
export function PaymentsTable({ rows, timeZone }: { rows: PaymentsReportRow[]; timeZone: string }) {
  const columns = useMemo(() => paymentColumns(timeZone), [timeZone]);
  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      rowTestId={merchantPaymentTestIds.paymentRow}
      noun="payments"
      emptyText="No payments match these filters."
    />
  );
}
