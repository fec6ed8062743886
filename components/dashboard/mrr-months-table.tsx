import Link from 'next/link';
import type { MrrMonth } from '@/db/queries/dashboard/get-mrr-months';
import type { MrrFigure } from '@/db/queries/dashboard/list-mrr-subscriptions';
import { formatMoney } from '@/lib/billing/money';
import { formatRateBp } from '@/lib/billing/metrics/rates';
import { dashboardTestIds } from './test-ids';

const MOVEMENT_COLUMNS = [
  ['new', 'New'],
  ['expansion', 'Expansion'],
  ['contraction', 'Contraction'],
  ['churn', 'Churn'],
  ['reactivation', 'Reactivation'],
] as const;

/** Where the list of the subscriptions behind one figure is. */
export function figureHref(currency: string, month: string, figure: MrrFigure): string {
  return `/dashboard/metrics/subscriptions?${new URLSearchParams({ currency, month, figure })}`;
}

/** One currency's months: MRR at start and end, each kind of movement, subscribers and churn rates; figures link to their subscriptions. */
export function MrrMonthsTable({ currency, months }: { currency: string; months: MrrMonth[] }) {
  const money = (minor: number) => formatMoney(minor, currency);
  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid={dashboardTestIds.mrrMonthsTable}>
        <thead>
          <tr>
            <th>Month</th>
            <th className="num">MRR at start</th>
            {MOVEMENT_COLUMNS.map(([, label]) => (
              <th key={label} className="num">
                {label}
              </th>
            ))}
            <th className="num">MRR at end</th>
            <th className="num">Subscribers</th>
            <th className="num">Customer churn</th>
            <th className="num">Gross revenue churn</th>
            <th className="num">Net revenue churn</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month} data-testid={dashboardTestIds.mrrMonthRow}>
              <td>{m.month}</td>
              <td className="num">{money(m.openingMinor)}</td>
              {MOVEMENT_COLUMNS.map(([kind]) => (
                <td key={kind} className="num">
                  {m.movementCounts[kind] === 0 ? (
                    <span className="muted">{money(0)}</span>
                  ) : (
                    <Link href={figureHref(currency, m.month, kind)} title={`${m.movementCounts[kind]} subscription changes`}>
                      {money(m.movements[kind])}
                    </Link>
                  )}
                </td>
              ))}
              <td className="num">
                <Link href={figureHref(currency, m.month, 'mrr')}>{money(m.closingMinor)}</Link>
              </td>
              <td className="num">{m.subscribersAtEnd}</td>
              <td className="num" title={`${m.churnedCustomers} of ${m.subscribersAtStart}`}>
                {m.churnedCustomers > 0 ? <Link href={figureHref(currency, m.month, 'churn')}>{formatRateBp(m.customerChurnBp)}</Link> : formatRateBp(m.customerChurnBp)}
              </td>
              <td className="num">{formatRateBp(m.grossRevenueChurnBp)}</td>
              <td className="num">{formatRateBp(m.netRevenueChurnBp)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
