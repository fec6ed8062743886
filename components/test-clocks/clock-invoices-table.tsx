'use client';

import { useMemo } from 'react';
import { formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { DataTable } from '@/components/tables/data-table';
import { dataTableColumns } from '@/components/tables/data-table-features';
import type { ClockInvoiceRow } from '@/db/queries/test-clocks/list-clock-invoices';
import { formatMoney } from '@/lib/billing/money';
import { testClockTestIds } from './test-ids';
import { intlLocales } from '@/lib/i18n/locales';
import type { ClockInvoicesTexts } from './clock-invoices-texts';

const column = dataTableColumns<ClockInvoiceRow>();

function invoiceColumns(timeZone: string, { locale, own, columns: c, statuses }: ClockInvoicesTexts) {
  return column.columns([
    column.accessor((row) => row.number ?? undefined, {
      id: 'number',
      header: c.number,
      sortUndefined: 'last',
      cell: ({ getValue }) => (
        <span data-testid={testClockTestIds.invoiceNumber}>{getValue() ?? <span className="muted">{own.draft}</span>}</span>
      ),
    }),
    column.accessor('customerName', { header: c.customer }),
    // The checkout's invoice bills no renewal term.
    column.accessor((row) => row.term ?? undefined, {
      id: 'term',
      header: c.term,
      sortUndefined: 'first',
      meta: { numeric: true },
      cell: ({ getValue }) => <span data-testid={testClockTestIds.invoiceTerm}>{getValue() ?? own.order}</span>,
    }),
    column.accessor('status', {
      header: c.status,
      cell: ({ getValue }) => (
        <span data-testid={testClockTestIds.invoiceStatus}>
          <StatusBadge status={getValue()} label={statuses[getValue()]} />
        </span>
      ),
    }),
    column.accessor('attempts', {
      header: c.payments,
      enableGlobalFilter: false,
      cell: ({ getValue }) => <span data-testid={testClockTestIds.invoiceAttempts}>{getValue()}</span>,
    }),
    column.accessor((row) => row.issuedAt ?? undefined, {
      id: 'issuedAt',
      header: c.issued,
      sortUndefined: 'last',
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue() ?? null, timeZone, { locale }),
    }),
    column.accessor((row) => row.dueAt ?? undefined, {
      id: 'dueAt',
      header: c.due,
      sortUndefined: 'last',
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue() ?? null, timeZone, { locale }),
    }),
    column.accessor('totalMinor', {
      header: c.total,
      meta: { numeric: true },
      enableGlobalFilter: false,
      cell: ({ row: { original: r } }) => (
        <span data-testid={testClockTestIds.invoiceTotal}>{formatMoney(r.totalMinor, r.currency, intlLocales[locale])}</span>
      ),
    }),
  ]);
}

/** The simulated customers' invoices, the newest issued first; dates in the shop's zone. */
/** `texts`: the table in the staff member's language (`clockInvoicesTexts`). */
export function ClockInvoicesTable({ rows, timeZone, texts }: { rows: ClockInvoiceRow[]; timeZone: string; texts: ClockInvoicesTexts }) {
  const columns = useMemo(() => invoiceColumns(timeZone, texts), [timeZone, texts]);
  return (
    <DataTable
      texts={texts}
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      rowTestId={testClockTestIds.invoiceRow}
      noun={texts.own.noun}
      emptyText={texts.own.empty}
    />
  );
}
