'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { ListTexts } from '@/components/tables/table-texts';
import { fillTemplate } from '@/lib/i18n/fill-template';
import type { EngineLogRow } from '@/db/queries/dashboard/list-engine-log';
import { formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

const column = serverTableColumns<EngineLogRow>();

function engineLogColumns(timeZone: string, texts: ListTexts<'engineLog'>) {
  const { columns: c, locale } = texts;
  const time = (iso: string | null) => formatDate(iso, timeZone, { time: true, locale });
  return column.columns([
    column.accessor('appliedAt', { header: c.applied, cell: ({ getValue }) => time(getValue()) }),
    column.accessor('action', { header: c.step, cell: ({ row: { original: r } }) => fillTemplate(texts.list.term, { action: r.action, term: r.term }) }),
    column.accessor('dueAt', { header: c.due, cell: ({ getValue }) => time(getValue()) }),
    column.accessor('customerName', {
      header: c.customer,
      cell: ({ row: { original: r } }) => (
        <>
          <Link href={`/dashboard/customers/${r.customerId}`}>{r.customerName}</Link>
          <div className="muted">{r.customerEmail}</div>
        </>
      ),
    }),
    column.accessor((row) => `${row.productName} · ${row.planName}`, { id: 'plan', header: c.plan }),
    column.accessor('status', {
      header: c.status,
      cell: ({ getValue }) => {
        const status = getValue();
        return status ? <StatusBadge status={status} label={texts.statuses[status]} /> : '—';
      },
    }),
  ]);
}

type ListProps = Omit<ServerTableProps<EngineLogRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint' | 'texts'>;

/** One page of the billing engine's log: each step it applied, for whom, when due and when run. */
export function EngineLogTable({ timeZone, texts, ...list }: ListProps & { timeZone: string; texts: ListTexts<'engineLog'> }) {
  const columns = useMemo(() => engineLogColumns(timeZone, texts), [timeZone, texts]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.engineLogRow}
      texts={texts}
      noun={texts.list.noun}
      searchHint={texts.list.searchHint}
      emptyText={texts.list.empty}
    />
  );
}
