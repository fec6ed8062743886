'use client';

import { useMemo } from 'react';
import { formatDate } from '@/components/dashboard/format-date';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import { Money } from '@/components/ui/money';
import type { AbandonedCheckoutRow } from '@/db/queries/dashboard/list-abandoned-checkouts';
import { AbandonedPaymentActions } from './abandoned-payment-actions';
import { merchantPaymentTestIds } from './test-ids';

const column = serverTableColumns<AbandonedCheckoutRow>();

function abandonedColumns(timeZone: string, canSettle: boolean) {
  return column.columns([
    column.accessor('createdAt', { header: 'Started', cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true }) }),
    column.accessor('customerName', {
      header: 'Customer',
      cell: ({ row: { original: r } }) => (
        <>
          {r.customerName}
          <div className="muted">{r.customerEmail}</div>
        </>
      ),
    }),
    column.accessor('method', {
      header: 'Method',
      cell: ({ row: { original: r } }) => (
        <>
          {r.method.replaceAll('_', ' ')}
          <div className="muted">
            {r.provider} {r.providerPaymentId ?? ''}
          </div>
        </>
      ),
    }),
    column.accessor('orderId', {
      header: 'Order',
      cell: ({ row: { original: r } }) => (
        <>
          {r.orderId.slice(0, 8)}
          {r.attempt > 1 && <div className="muted">attempt {r.attempt}</div>}
        </>
      ),
    }),
    column.accessor('amountMinor', { header: 'Amount', cell: ({ row: { original: r } }) => <Money minor={r.amountMinor} currency={r.currency} /> }),
    // Only for a role that may settle payments; the actions refuse the others anyway.
    column.display({ id: 'actions', header: '', cell: ({ row: { original: r } }) => (canSettle ? <AbandonedPaymentActions paymentId={r.id} /> : null) }),
  ]);
}

type ListProps = Omit<ServerTableProps<AbandonedCheckoutRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint'>;

/** One page of the abandoned checkouts, with "paid after all" / "not paid" for staff who may settle. */
export function AbandonedCheckoutsTable({ timeZone, canSettle, ...list }: ListProps & { timeZone: string; canSettle: boolean }) {
  const columns = useMemo(() => abandonedColumns(timeZone, canSettle), [timeZone, canSettle]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={merchantPaymentTestIds.abandonedRow}
      noun="checkouts"
      searchHint="name, e-mail or provider reference"
      emptyText="No abandoned checkouts."
    />
  );
}
