'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { dashboardIntlTag, formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { PaymentListRow } from '@/db/queries/dashboard/list-payments-page';
import type { ListTexts } from '@/components/tables/table-texts';
import { formatMoney } from '@/lib/billing/money';
import { fillTemplate } from '@/lib/i18n/fill-template';
import { merchantPaymentTestIds } from './test-ids';

const column = serverTableColumns<PaymentListRow>();

function paymentColumns(timeZone: string, texts: ListTexts<'payments'>) {
  const { columns: c, locale } = texts;
  return column.columns([
    column.accessor('settledAt', { header: c.settled, cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true, locale }) }),
    column.accessor('customerName', {
      header: c.customer,
      cell: ({ row: { original: r } }) => (
        <>
          {r.customerName}
          <div className="muted">{r.customerEmail}</div>
        </>
      ),
    }),
    column.accessor('invoiceNumber', {
      header: c.invoice,
      cell: ({ row: { original: r } }) => (r.invoiceId && r.invoiceNumber ? <Link href={`/dashboard/invoices/${r.invoiceId}`}>{r.invoiceNumber}</Link> : '—'),
    }),
    column.accessor('method', { header: c.method }),
    column.accessor('source', { header: c.source }),
    column.accessor('reference', {
      header: c.reference,
      cell: ({ row: { original: r } }) => r.reference ?? r.providerPaymentId ?? '—',
    }),
    column.accessor('status', {
      header: c.status,
      cell: ({ row: { original: r } }) => (
        <>
          <StatusBadge status={r.status} label={texts.statuses[r.status]} />
          {r.reversedAt && <div className="muted">{fillTemplate(texts.list.reversed, { date: formatDate(r.reversedAt, timeZone, { locale }) })}</div>}
          {r.failureReason && <div className="field-error">{r.failureReason}</div>}
          {r.chargebackFeeMinor ? (
            <div className="muted">{fillTemplate(texts.list.chargebackFee, { fee: formatMoney(r.chargebackFeeMinor, r.currency, dashboardIntlTag(locale)) })}</div>
          ) : null}
        </>
      ),
    }),
    column.accessor('amountMinor', {
      header: c.amount,
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => formatMoney(r.amountMinor, r.currency, dashboardIntlTag(locale)),
    }),
  ]);
}

type ListProps = Omit<ServerTableProps<PaymentListRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint' | 'texts'>;

/** One page of the report's payments, searched and paged on the server. */
export function PaymentsTable({ timeZone, texts, ...list }: ListProps & { timeZone: string; texts: ListTexts<'payments'> }) {
  const columns = useMemo(() => paymentColumns(timeZone, texts), [timeZone, texts]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={merchantPaymentTestIds.paymentRow}
      texts={texts}
      noun={texts.list.noun}
      searchHint={texts.list.searchHint}
      emptyText={texts.list.empty}
    />
  );
}
