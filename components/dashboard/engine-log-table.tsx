'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { EngineLogRow } from '@/db/queries/dashboard/list-engine-log';
import { formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

const column = serverTableColumns<EngineLogRow>();

function engineLogColumns(timeZone: string) {
  return column.columns([
    column.accessor('appliedAt', { header: 'Applied', cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true }) }),
    column.accessor('action', { header: 'Step', cell: ({ row: { original: r } }) => `${r.action} · term ${r.term}` }),
    column.accessor('dueAt', { header: 'Due', cell: ({ getValue }) => formatDate(getValue(), timeZone, { time: true }) }),
    column.accessor('customerName', {
      header: 'Customer',
      cell: ({ row: { original: r } }) => (
        <>
          <Link href={`/dashboard/customers/${r.customerId}`}>{r.customerName}</Link>
          <div className="muted">{r.customerEmail}</div>
        </>
      ),
    }),
    column.accessor((row) => `${row.productName} · ${row.planName}`, { id: 'plan', header: 'Product / plan' }),
    column.accessor('status', { header: 'Subscription now', cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  ]);
}

type ListProps = Omit<ServerTableProps<EngineLogRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint'>;

/** One page of the billing engine's log: each step it applied, for whom, when due and when run. */
export function EngineLogTable({ timeZone, ...list }: ListProps & { timeZone: string }) {
  const columns = useMemo(() => engineLogColumns(timeZone), [timeZone]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.engineLogRow}
      noun="steps"
      searchHint="customer name or e-mail"
      emptyText="The engine has not applied any step yet."
    />
  );
}
