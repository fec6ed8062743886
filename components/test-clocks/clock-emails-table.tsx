'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { DataTable } from '@/components/tables/data-table';
import { dataTableColumns } from '@/components/tables/data-table-features';
import type { ClockEmailRow } from '@/db/queries/test-clocks/list-clock-emails';
import { testClockTestIds } from './test-ids';
import type { TableTexts } from '@/components/tables/table-texts';

const column = dataTableColumns<ClockEmailRow>();

function emailColumns(timeZone: string) {
  return column.columns([
    column.accessor('template', {
      header: 'Template',
      cell: ({ getValue }) => <code data-testid={testClockTestIds.emailTemplate}>{getValue()}</code>,
    }),
    column.accessor('subject', {
      header: 'Subject',
      cell: ({ row: { original: e } }) => (
        <Link href={`/dashboard/outbox/${e.id}`} data-testid={testClockTestIds.emailLink}>
          {e.subject}
        </Link>
      ),
    }),
    column.accessor('customerName', { header: 'To' }),
    column.accessor('status', { header: 'Status', cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
    // The real time the message was stored, not the clock's: the whole advance shares it.
    column.accessor('createdAt', {
      header: 'Created',
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true }),
    }),
  ]);
}

/** The messages sent to the simulated customers, each opening its outbox page. */
/** `texts`: the table's chrome in the staff member's language (`getTableTexts`). */
export function ClockEmailsTable({ rows, timeZone, texts }: { rows: ClockEmailRow[]; timeZone: string; texts: TableTexts }) {
  const columns = useMemo(() => emailColumns(timeZone), [timeZone]);
  return (
    <DataTable
      texts={texts}
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      rowTestId={testClockTestIds.emailRow}
      noun="e-mails"
      emptyText="No e-mails yet."
    />
  );
}
