'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { OutboxListRow } from '@/db/queries/dashboard/list-outbox-emails';
import { formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

const column = serverTableColumns<OutboxListRow>();

function outboxColumns(timeZone: string) {
  return column.columns([
    column.accessor('createdAt', { header: 'Created', cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true }) }),
    column.accessor('toAddress', { header: 'To' }),
    column.accessor('subject', {
      header: 'Subject',
      cell: ({ row: { original: r } }) => <Link href={`/dashboard/outbox/${r.id}`}>{r.subject}</Link>,
    }),
    column.accessor('template', { header: 'Template', cell: ({ getValue }) => <code>{getValue()}</code> }),
    column.accessor('status', { header: 'Status', cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
    column.accessor('error', { header: 'Error', cell: ({ getValue }) => getValue() ?? <span className="muted">—</span> }),
  ]);
}

type ListProps = Omit<ServerTableProps<OutboxListRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint'>;

/** One page of the outbox, each message opening its detail page. */
export function OutboxTable({ timeZone, ...list }: ListProps & { timeZone: string }) {
  const columns = useMemo(() => outboxColumns(timeZone), [timeZone]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.outboxRow}
      noun="e-mails"
      searchHint="address, subject or template"
      emptyText="No e-mails yet."
    />
  );
}
