'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { ServerTable, type ServerTableProps } from '@/components/tables/server-table';
import { serverTableColumns } from '@/components/tables/server-table-features';
import type { SubscriberRow } from '@/db/queries/dashboard/list-subscribers';
import { formatMoney } from '@/lib/billing/money';
import { fillTemplate } from '@/lib/i18n/fill-template';
import { dashboardIntlTag, formatDate } from './format-date';
import { formatInterval } from './format-interval';
import { StatusBadge } from './status-badge';
import { StopSubscriptionButton } from './stop-subscription-button';
import { setCustomerCanPauseAction } from '@/lib/actions/subscriptions/set-customer-can-pause-action';
import { setCustomerCanStopAction } from '@/lib/actions/subscriptions/set-customer-can-stop-action';
import { CustomerSwitchButton } from './customer-switch-button';
import { StaffPauseButton } from './staff-pause-button';
import { dashboardTestIds } from './test-ids';
import { StopReasonNote } from './stop-reason-note';
import type { SubscriberListTexts } from './subscriber-list-texts';

const column = serverTableColumns<SubscriberRow>();

function subscriberColumns(timeZone: string, canStop: boolean, maxPauseTerms: number, texts: SubscriberListTexts) {
  const { columns: c, list: l, locale } = texts;
  const date = (iso: string | null) => formatDate(iso, timeZone, { locale });
  const money = (minor: number, currency: string) => formatMoney(minor, currency, dashboardIntlTag(locale));
  return column.columns([
    column.accessor('customerName', {
      header: c.customer,
      cell: ({ row: { original: r } }) => (
        <Link href={`/dashboard/customers/${r.customerId}`} data-testid="subscriber-customer-link">
          {r.customerName}
        </Link>
      ),
    }),
    // Plain text, not a mailto link: the e2e suite finds a subscriber by this cell.
    column.accessor('customerEmail', {
      header: c.email,
      cell: ({ getValue }) => <span data-testid={dashboardTestIds.subscriberEmail}>{getValue()}</span>,
    }),
    column.accessor((row) => `${row.productName} · ${row.planName}`, { id: 'plan', header: c.plan }),
    column.accessor('status', {
      header: c.status,
      cell: ({ row: { original: r } }) => (
        <>
          <StatusBadge status={r.status} label={texts.statuses[r.status]} />
          <StopReasonNote stopsAt={r.stopsAt} ended={r.status === 'ended'} reason={r.stopReason} note={r.stopReasonNote} timeZone={timeZone} locale={locale} texts={texts} />
          {r.pausing && (
            <div className="muted" data-testid="subscriber-pause">
              {r.status === 'paused' ? l.paused : l.pausesAtTermEnd}
              {r.pauseResumesAt ? fillTemplate(l.resumes, { date: date(r.pauseResumesAt) }) : l.untilResumed}
            </div>
          )}
        </>
      ),
    }),
    column.accessor('quantity', { header: c.quantity, meta: { numeric: true } }),
    column.accessor('termPriceMinor', {
      header: c.price,
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => (
        <>
          {money(r.termPriceMinor, r.currency)} / {formatInterval(r.intervalUnit, r.intervalCount, texts.table)}
          {r.quantity > 1 && <div className="muted">{fillTemplate(l.each, { amount: money(r.unitPriceMinor, r.currency) })}</div>}
        </>
      ),
    }),
    column.accessor('currentPeriodEnd', {
      header: c.nextTerm,
      cell: ({ getValue }) => date(getValue()),
    }),
    column.accessor('startedAt', {
      header: c.started,
      cell: ({ getValue }) => date(getValue()),
    }),
    // Commitment end, last instalment or a stop at the term's end, whichever comes first.
    column.accessor('endsAt', {
      header: c.ends,
      cell: ({ getValue }) => date(getValue()),
    }),
    // Only for a role that may stop subscriptions; the action refuses the others anyway.
    column.display({
      id: 'actions',
      header: '',
      cell: ({ row: { original: r } }) =>
        canStop && r.status !== 'ended' ? (
          <>
            <StopSubscriptionButton subscriptionId={r.id} currency={r.currency} label={texts.row.stopNow} confirm={texts.row.stopConfirm} />
            <CustomerSwitchButton
              action={setCustomerCanStopAction}
              customerId={r.customerId}
              field="canStop"
              allowed={r.customerCanStop}
              label={r.customerCanStop ? texts.row.forbidStop : texts.row.allowStop}
              testId="customer-can-stop"
            />
            <StaffPauseButton subscriptionId={r.id} pausing={r.pausing} maxTerms={maxPauseTerms} texts={texts.row} />
            <CustomerSwitchButton
              action={setCustomerCanPauseAction}
              customerId={r.customerId}
              field="canPause"
              allowed={r.customerCanPause}
              label={r.customerCanPause ? texts.row.forbidPause : texts.row.allowPause}
              testId="customer-can-pause"
            />
          </>
        ) : null,
    }),
  ]);
}

type ListProps = Omit<ServerTableProps<SubscriberRow>, 'columns' | 'getRowId' | 'rowTestId' | 'noun' | 'searchHint' | 'texts'>;

/** One page of subscriptions, sorted, searched and filtered on the server; dates in the shop's time zone. */
export function SubscribersTable({
  timeZone,
  canStop,
  maxPauseTerms = 12,
  texts,
  ...list
}: ListProps & {
  timeZone: string;
  texts: SubscriberListTexts;
  canStop: boolean;
  /** The longest pause the shop allows (staff pause within it too). */
  maxPauseTerms?: number;
}) {
  const columns = useMemo(() => subscriberColumns(timeZone, canStop, maxPauseTerms, texts), [timeZone, canStop, maxPauseTerms, texts]);
  return (
    <ServerTable
      {...list}
      columns={columns}
      getRowId={(row) => row.id}
      rowTestId={dashboardTestIds.subscriberRow}
      texts={texts}
      noun={texts.list.noun}
      searchHint={texts.list.searchHint}
      emptyText={texts.list.empty}
    />
  );
}
