'use client';

import { useMemo } from 'react';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { EngineErrorRow } from '@/db/queries/dashboard/list-engine-errors';
import { formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

const column = serverTableColumns<EngineErrorRow>();

function engineErrorColumns(timeZone: string) {
  return column.columns([
    column.accessor('at', { header: 'When', cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true }) }),
    column.accessor('customerName', {
      header: 'Customer',
      cell: ({ row: { original: r } }) => (
        <>
          {r.customerName}
          <div className="muted">{r.customerEmail}</div>
        </>
      ),
    }),
    column.accessor((row) => `${row.productName} · ${row.planName}`, { id: 'plan', header: 'Product / plan' }),
    column.accessor('status', { header: 'Status', cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
    column.accessor('nextAction', { header: 'Next step', cell: ({ getValue }) => getValue() ?? '—' }),
    column.accessor('error', { header: 'Error', cell: ({ getValue }) => <span style={{ color: 'var(--danger)' }}>{getValue()}</span> }),
  ]);
}

type ListProps = Omit<ServerTableProps<EngineErrorRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint'>;

/** One page of the subscriptions the billing engine could not move on. */
export function EngineErrorsTable({ timeZone, ...list }: ListProps & { timeZone: string }) {
  const columns = useMemo(() => engineErrorColumns(timeZone), [timeZone]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.engineErrorRow}
      noun="subscriptions"
      searchHint="name, e-mail or error"
      emptyText="None: the engine ran cleanly for every subscription."
    />
  );
}
