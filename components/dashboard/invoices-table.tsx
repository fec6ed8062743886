'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { InvoiceListRow } from '@/db/queries/dashboard/list-invoices';
import type { ListTexts } from '@/components/tables/table-texts';
import { formatMoney } from '@/lib/billing/money';
import { fillTemplate } from '@/lib/i18n/fill-template';
import { dashboardIntlTag, formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

const column = serverTableColumns<InvoiceListRow>();

function invoiceColumns(timeZone: string, texts: ListTexts<'invoices'>) {
  const { columns: c, locale } = texts;
  const date = (iso: string | null) => formatDate(iso, timeZone, { locale });
  return column.columns([
    column.accessor('number', {
      header: c.number,
      cell: ({ getValue, row }) => (
        <span data-testid={dashboardTestIds.invoiceNumber}>
          <Link href={`/dashboard/invoices/${row.original.id}`}>{getValue() ?? <span className="muted">{texts.table.draft}</span>}</Link>
        </span>
      ),
    }),
    column.accessor('customerName', {
      header: c.customer,
      cell: ({ row: { original: r } }) => (
        <>
          {r.customerName}
          <div className="muted">{r.customerEmail}</div>
        </>
      ),
    }),
    column.accessor('createdAt', { header: c.created, cell: ({ getValue }) => date(getValue()) }),
    column.accessor('issuedAt', { header: c.issued, cell: ({ getValue }) => date(getValue()) }),
    column.accessor('dueAt', { header: c.due, cell: ({ getValue }) => date(getValue()) }),
    column.accessor('status', { header: c.status, cell: ({ getValue }) => <StatusBadge status={getValue()} label={texts.statuses[getValue()]} /> }),
    // The dunning steps taken so far on an unpaid invoice (reminders, suspension, warning).
    column.accessor('dunningStep', {
      header: c.dunning,
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => (r.status === 'open' && r.dunningStep !== null ? fillTemplate(texts.list.stepsDone, { count: r.dunningStep }) : '—'),
    }),
    column.accessor('totalMinor', {
      header: c.total,
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => formatMoney(r.totalMinor, r.currency, dashboardIntlTag(locale)),
    }),
  ]);
}

type ListProps = Omit<ServerTableProps<InvoiceListRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint' | 'texts'>;

/** One page of invoices, drafts included, sorted, searched and filtered on the server. */
export function InvoicesTable({ timeZone, texts, ...list }: ListProps & { timeZone: string; texts: ListTexts<'invoices'> }) {
  const columns = useMemo(() => invoiceColumns(timeZone, texts), [timeZone, texts]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.invoiceRow}
      texts={texts}
      noun={texts.list.noun}
      searchHint={texts.list.searchHint}
      emptyText={texts.list.empty}
    />
  );
}
