'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { ListTexts } from '@/components/tables/table-texts';
import type { OutboxListRow } from '@/db/queries/dashboard/list-outbox-emails';
import { formatDate } from './format-date';
import { OutboxLinks } from './outbox-links';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

const column = serverTableColumns<OutboxListRow>();

function outboxColumns(timeZone: string, texts: ListTexts<'outbox'>) {
  const { columns: c, locale } = texts;
  return column.columns([
    column.accessor('createdAt', { header: c.created, cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true, locale }) }),
    column.accessor('toAddress', { header: c.to }),
    column.accessor('subject', {
      header: c.subject,
      cell: ({ row: { original: r } }) => <Link href={`/dashboard/outbox/${r.id}`}>{r.subject}</Link>,
    }),
    column.accessor('template', { header: c.template, cell: ({ getValue }) => <code>{getValue()}</code> }),
    column.accessor('status', { header: c.status, cell: ({ getValue }) => <StatusBadge status={getValue()} label={texts.statuses[getValue()]} /> }),
    column.accessor('error', { header: c.error, cell: ({ getValue }) => getValue() ?? <span className="muted">—</span> }),
    column.display({
      id: 'links',
      header: c.links,
      cell: ({ row: { original: r } }) => <OutboxLinks links={r.links} texts={texts.list} timeZone={timeZone} locale={locale} />,
    }),
  ]);
}

type ListProps = Omit<ServerTableProps<OutboxListRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint' | 'texts'>;

/** One page of the outbox, each message opening its detail page. */
export function OutboxTable({ timeZone, texts, ...list }: ListProps & { timeZone: string; texts: ListTexts<'outbox'> }) {
  const columns = useMemo(() => outboxColumns(timeZone, texts), [timeZone, texts]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.outboxRow}
      texts={texts}
      noun={texts.list.noun}
      searchHint={texts.list.searchHint}
      emptyText={texts.list.empty}
    />
  );
}
