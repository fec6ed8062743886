'use client';

import { useMemo } from 'react';
import { formatDate } from '@/components/dashboard/format-date';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { ListTexts } from '@/components/tables/table-texts';
import { Money } from '@/components/ui/money';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { AbandonedCheckoutRow } from '@/db/queries/dashboard/list-abandoned-checkouts';
import { AbandonedPaymentActions } from './abandoned-payment-actions';
import { merchantPaymentTestIds } from './test-ids';

const column = serverTableColumns<AbandonedCheckoutRow>();

function abandonedColumns(timeZone: string, canSettle: boolean, texts: ListTexts<'abandoned'>) {
  const { columns: c, locale } = texts;
  return column.columns([
    column.accessor('createdAt', { header: c.started, cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true, locale }) }),
    column.accessor('customerName', {
      header: c.customer,
      cell: ({ row: { original: r } }) => (
        <>
          {r.customerName}
          <div className="muted">{r.customerEmail}</div>
        </>
      ),
    }),
    column.accessor('method', {
      header: c.method,
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
      header: c.order,
      cell: ({ row: { original: r } }) => (
        <>
          {r.orderId.slice(0, 8)}
          {r.attempt > 1 && <div className="muted">{fillTemplate(texts.list.attempt, { attempt: r.attempt })}</div>}
        </>
      ),
    }),
    column.accessor('amountMinor', { header: c.amount, cell: ({ row: { original: r } }) => <Money minor={r.amountMinor} currency={r.currency} locale={locale} /> }),
    // Only for a role that may settle payments; the actions refuse the others anyway.
    column.display({ id: 'actions', header: '', cell: ({ row: { original: r } }) => (canSettle ? <AbandonedPaymentActions paymentId={r.id} texts={texts.list} /> : null) }),
  ]);
}

type ListProps = Omit<ServerTableProps<AbandonedCheckoutRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint' | 'texts'>;

/** One page of the abandoned checkouts, with "paid after all" / "not paid" for staff who may settle. */
export function AbandonedCheckoutsTable({ timeZone, canSettle, texts, ...list }: ListProps & { timeZone: string; canSettle: boolean; texts: ListTexts<'abandoned'> }) {
  const columns = useMemo(() => abandonedColumns(timeZone, canSettle, texts), [timeZone, canSettle, texts]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={merchantPaymentTestIds.abandonedRow}
      texts={texts}
      noun={texts.list.noun}
      searchHint={texts.list.searchHint}
      emptyText={texts.list.empty}
    />
  );
}
