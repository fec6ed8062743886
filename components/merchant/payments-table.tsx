'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { PaymentListRow } from '@/db/queries/dashboard/list-payments-page';
import { formatMoney } from '@/lib/billing/money';
import { merchantPaymentTestIds } from './test-ids';

const column = serverTableColumns<PaymentListRow>();

function paymentColumns(timeZone: string) {
  return column.columns([
    column.accessor('settledAt', { header: 'Settled', cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true }) }),
    column.accessor('customerName', {
      header: 'Customer',
      cell: ({ row: { original: r } }) => (
        <>
          {r.customerName}
          <div className="muted">{r.customerEmail}</div>
        </>
      ),
    }),
    column.accessor('invoiceNumber', {
      header: 'Invoice',
      cell: ({ row: { original: r } }) => (r.invoiceId && r.invoiceNumber ? <Link href={`/dashboard/invoices/${r.invoiceId}`}>{r.invoiceNumber}</Link> : '—'),
    }),
    column.accessor('method', { header: 'Method' }),
    column.accessor('source', { header: 'Source' }),
    column.accessor('reference', {
      header: 'Reference',
      cell: ({ row: { original: r } }) => r.reference ?? r.providerPaymentId ?? '—',
    }),
    column.accessor('status', {
      header: 'Status',
      cell: ({ row: { original: r } }) => (
        <>
          <StatusBadge status={r.status} />
          {r.failureReason && <div className="field-error">{r.failureReason}</div>}
        </>
      ),
    }),
    column.accessor('amountMinor', {
      header: 'Amount',
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => formatMoney(r.amountMinor, r.currency),
    }),
  ]);
}

type ListProps = Omit<ServerTableProps<PaymentListRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint'>;

/** One page of the report's payments, searched and paged on the server. */
export function PaymentsTable({ timeZone, ...list }: ListProps & { timeZone: string }) {
  const columns = useMemo(() => paymentColumns(timeZone), [timeZone]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={merchantPaymentTestIds.paymentRow}
      noun="payments"
      searchHint="reference, invoice number, name or e-mail"
      emptyText="No payments match these filters."
    />
  );
}
