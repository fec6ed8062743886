'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { SubscriberRow } from '@/db/queries/dashboard/list-subscribers';
import { formatMoney } from '@/lib/billing/money';
import { formatDate } from './format-date';
import { formatInterval } from './format-interval';
import { StatusBadge } from './status-badge';
import { StopSubscriptionButton } from './stop-subscription-button';
import { setCustomerCanPauseAction } from '@/lib/actions/subscriptions/set-customer-can-pause-action';
import { setCustomerCanStopAction } from '@/lib/actions/subscriptions/set-customer-can-stop-action';
import { CustomerSwitchButton } from './customer-switch-button';
import { StaffPauseButton } from './staff-pause-button';
import { dashboardTestIds } from './test-ids';
import { StopReasonNote } from './stop-reason-note';

const column = serverTableColumns<SubscriberRow>();

function subscriberColumns(timeZone: string, canStop: boolean, maxPauseTerms: number) {
  return column.columns([
    column.accessor('customerName', {
      header: 'Customer',
      cell: ({ row: { original: r } }) => (
        <Link href={`/dashboard/customers/${r.customerId}`} data-testid="subscriber-customer-link">
          {r.customerName}
        </Link>
      ),
    }),
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
      cell: ({ row: { original: r } }) => (
        <>
          {formatMoney(r.termPriceMinor, r.currency)} / {formatInterval(r.intervalUnit, r.intervalCount)}
          {r.quantity > 1 && <div className="muted">{formatMoney(r.unitPriceMinor, r.currency)} each</div>}
        </>
      ),
    }),
    column.accessor('currentPeriodEnd', {
      header: 'Next term',
      cell: ({ getValue }) => formatDate(getValue(), timeZone),
    }),
    column.accessor('startedAt', {
      header: 'Started',
      cell: ({ getValue }) => formatDate(getValue(), timeZone),
    }),
    // Commitment end, last instalment or a stop at the term's end, whichever comes first.
    column.accessor('endsAt', {
      header: 'Ends',
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
            <CustomerSwitchButton action={setCustomerCanStopAction} customerId={r.customerId} field="canStop" allowed={r.customerCanStop} what="self-service stop" testId="customer-can-stop" />
            <StaffPauseButton subscriptionId={r.id} pausing={r.pausing} maxTerms={maxPauseTerms} />
            <CustomerSwitchButton action={setCustomerCanPauseAction} customerId={r.customerId} field="canPause" allowed={r.customerCanPause} what="self-service pause" testId="customer-can-pause" />
          </>
        ) : null,
    }),
  ]);
}

type ListProps = Omit<ServerTableProps<SubscriberRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint'>;

/** One page of subscriptions, sorted, searched and filtered on the server; dates in the shop's time zone. */
export function SubscribersTable({
  timeZone,
  canStop,
  maxPauseTerms = 12,
  ...list
}: ListProps & {
  timeZone: string;
  canStop: boolean;
  /** The longest pause the shop allows (staff pause within it too). */
  maxPauseTerms?: number;
}) {
  const columns = useMemo(() => subscriberColumns(timeZone, canStop, maxPauseTerms), [timeZone, canStop, maxPauseTerms]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.subscriberRow}
      noun="subscriptions"
      searchHint="name or e-mail"
      emptyText="No subscriptions yet."
    />
  );
}
