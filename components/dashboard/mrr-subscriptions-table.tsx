import Link from 'next/link';
import type { MrrSubscriptionRow } from '@/db/queries/dashboard/list-mrr-subscriptions';
import { formatMoney } from '@/lib/billing/money';
import { formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

/** The subscriptions behind one figure: who (a link to the customer), what, its status now, and the amount it adds to the figure. */
export function MrrSubscriptionsTable({ rows, currency, timeZone, withDate }: { rows: MrrSubscriptionRow[]; currency: string; timeZone: string; withDate: boolean }) {
  if (rows.length === 0) return <p className="muted">No subscriptions.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Customer</th>
          <th>Product and plan</th>
          <th>Status now</th>
          {withDate ? <th>Date</th> : null}
          <th className="num">{withDate ? 'MRR change' : 'MRR'}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.subscriptionId}|${row.occurredAt?.toISOString() ?? ''}`} data-testid={dashboardTestIds.mrrSubscriptionRow}>
            <td>
              <Link href={`/dashboard/customers/${row.customerId}`}>{row.customerName}</Link>
            </td>
            <td>
              {row.productName} · {row.planName}
            </td>
            <td>
              <StatusBadge status={row.status} />
            </td>
            {withDate ? <td>{formatDate(row.occurredAt?.toISOString() ?? null, timeZone, { time: true })}</td> : null}
            <td className="num">{formatMoney(row.amountMinor, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
