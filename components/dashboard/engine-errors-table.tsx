'use client';

import { useMemo } from 'react';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { ListTexts } from '@/components/tables/table-texts';
import type { EngineErrorRow } from '@/db/queries/dashboard/list-engine-errors';
import { formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

const column = serverTableColumns<EngineErrorRow>();

function engineErrorColumns(timeZone: string, texts: ListTexts<'engineErrors'>) {
  const { columns: c, locale } = texts;
  return column.columns([
    column.accessor('at', { header: c.when, cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true, locale }) }),
    column.accessor('customerName', {
      header: c.customer,
      cell: ({ row: { original: r } }) => (
        <>
          {r.customerName}
          <div className="muted">{r.customerEmail}</div>
        </>
      ),
    }),
    column.accessor((row) => `${row.productName} · ${row.planName}`, { id: 'plan', header: c.plan }),
    column.accessor('status', { header: c.status, cell: ({ getValue }) => <StatusBadge status={getValue()} label={texts.statuses[getValue()]} /> }),
    column.accessor('nextAction', { header: c.nextStep, cell: ({ getValue }) => getValue() ?? '—' }),
    column.accessor('error', { header: c.error, cell: ({ getValue }) => <span style={{ color: 'var(--danger)' }}>{getValue()}</span> }),
  ]);
}

type ListProps = Omit<ServerTableProps<EngineErrorRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint' | 'texts'>;

/** One page of the subscriptions the billing engine could not move on. */
export function EngineErrorsTable({ timeZone, texts, ...list }: ListProps & { timeZone: string; texts: ListTexts<'engineErrors'> }) {
  const columns = useMemo(() => engineErrorColumns(timeZone, texts), [timeZone, texts]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.engineErrorRow}
      texts={texts}
      noun={texts.list.noun}
      searchHint={texts.list.searchHint}
      emptyText={texts.list.empty}
    />
  );
}
