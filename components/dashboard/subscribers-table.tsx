'use client';

import { useMemo } from 'react';
import { DataTable } from '@/components/tables/data-table';
import { dataTableColumns } from '@/components/tables/data-table-features';
import type { SubscriberRow } from '@/db/queries/dashboard/list-subscribers';
import { formatMoney } from '@/lib/billing/money';
import { formatDate } from './format-date';
import { formatInterval } from './format-interval';
import { StatusBadge } from './status-badge';
import { StopSubscriptionButton } from './stop-subscription-button';
import { CustomerCanStopButton } from './customer-can-stop-button';
import { CustomerCanPauseButton } from './customer-can-pause-button';
import { StaffPauseButton } from './staff-pause-button';
import { dashboardTestIds } from './test-ids';
import { StopReasonNote } from './stop-reason-note';

const column = dataTableColumns<SubscriberRow>();

function subscriberColumns(timeZone: string, canStop: boolean, maxPauseTerms: number) {
  return column.columns([
    column.accessor('customerName', { header: 'Customer' }),
    // Plain text, not a mailto link: the e2e suite finds a subscriber by this cell.
    column.accessor('customerEmail', {
      header: 'E-mail',
      cell: ({ getValue }) => <span data-testid={dashboardTestIds.subscriberEmail}>{getValue()}</span>,
    }),
    column.accessor((row) => `${row.productName} · ${row.planName}`, { id: 'plan', header: 'Product / plan' }),
    column.accessor('status', {
      header: 'Status',
      cell: ({ row: { original: r } }) => (
        <>
          <StatusBadge status={r.status} />
          <StopReasonNote stopsAt={r.stopsAt} ended={r.status === 'ended'} reason={r.stopReason} note={r.stopReasonNote} timeZone={timeZone} />
          {r.pausing && (
            <div className="muted" data-testid="subscriber-pause">
              {r.status === 'paused' ? 'Paused' : 'Pauses at term end'}
              {r.pauseResumesAt ? `, resumes ${formatDate(r.pauseResumesAt, timeZone)}` : ', until resumed'}
            </div>
          )}
        </>
      ),
    }),
    column.accessor('quantity', { header: 'Qty', meta: { numeric: true } }),
    column.accessor('termPriceMinor', {
      header: 'Price per term',
      meta: { numeric: true },
      enableGlobalFilter: false,
      cell: ({ row: { original: r } }) => (
        <>
          {formatMoney(r.termPriceMinor, r.currency)} / {formatInterval(r.intervalUnit, r.intervalCount)}
          {r.quantity > 1 && <div className="muted">{formatMoney(r.unitPriceMinor, r.currency)} each</div>}
        </>
      ),
    }),
    column.accessor('currentPeriodEnd', {
      header: 'Next term',
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue(), timeZone),
    }),
    column.accessor('startedAt', {
      header: 'Started',
      enableGlobalFilter: false,
      cell: ({ getValue }) => formatDate(getValue(), timeZone),
    }),
    // Only for a role that may stop subscriptions; the action refuses the others anyway.
    column.display({
      id: 'actions',
      header: '',
      cell: ({ row: { original: r } }) =>
        canStop && r.status !== 'ended' ? (
          <>
            <StopSubscriptionButton subscriptionId={r.id} currency={r.currency} />
            <CustomerCanStopButton customerId={r.customerId} canStop={r.customerCanStop} />
            <StaffPauseButton subscriptionId={r.id} pausing={r.pausing} maxTerms={maxPauseTerms} />
            <CustomerCanPauseButton customerId={r.customerId} canPause={r.customerCanPause} />
          </>
        ) : null,
    }),
  ]);
}

/** All subscriptions, sortable, filterable and paged; dates in the shop's time zone. */
export function SubscribersTable({
  rows,
  timeZone,
  canStop,
  maxPauseTerms = 12,
}: {
  rows: SubscriberRow[];
  timeZone: string;
  canStop: boolean;
  /** The longest pause the shop allows (staff pause within it too). */
  maxPauseTerms?: number;
}) {
  const columns = useMemo(() => subscriberColumns(timeZone, canStop, maxPauseTerms), [timeZone, canStop, maxPauseTerms]);
  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.subscriberRow}
      noun="subscriptions"
      emptyText="No subscriptions yet."
    />
  );
}
