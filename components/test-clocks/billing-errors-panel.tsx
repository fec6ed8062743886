import Link from 'next/link';
import { formatDate } from '@/components/dashboard/format-date';
import type { BillingErrorRow } from '@/db/queries/dashboard/list-billing-errors';
import { testClockTestIds } from './test-ids';

/**
 * Subscriptions the billing engine could not move on, on the overview. Errors from simulated
 * customers are marked with their test clock, so they are not mistaken for a real customer's.
 */
export function BillingErrorsPanel({ rows, timeZone }: { rows: BillingErrorRow[]; timeZone: string }) {
  return (
    <section className="panel" aria-label="Billing errors" data-testid={testClockTestIds.billingErrors}>
      <h2 style={{ marginTop: 0 }}>Billing errors</h2>
      {rows.length === 0 ? (
        <p className="muted" style={{ margin: 0 }}>
          None: the engine ran cleanly for every subscription.
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Customer</th>
              <th>Product / plan</th>
              <th>Error</th>
              <th>When</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.subscriptionId} data-testid={testClockTestIds.billingErrorRow}>
                <td>
                  {row.customerName}
                  {row.testClockId && (
                    <div className="muted">
                      simulated on <Link href={`/dashboard/test-clocks/${row.testClockId}`}>{row.testClockName}</Link>
                    </div>
                  )}
                </td>
                <td>
                  {row.productName} · {row.planName}
                </td>
                <td data-testid={testClockTestIds.billingErrorMessage} style={{ color: 'var(--danger)' }}>
                  {row.error}
                </td>
                <td>{formatDate(row.at, timeZone, { time: true })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
