import { formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import type { ClockSubscriptionRow } from '@/db/queries/test-clocks/list-clock-subscriptions';
import { testClockTestIds } from './test-ids';

/** The clock's subscriptions with the engine's cursor: what comes next, and when. */
export function ClockSubscriptionsTable({ rows, timeZone }: { rows: ClockSubscriptionRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="muted">No simulated subscribers yet.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Customer</th>
          <th>Product / plan</th>
          <th>Status</th>
          <th className="num">Term</th>
          <th>Current period</th>
          <th>Next action</th>
          <th>Last error</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((sub) => (
          <tr key={sub.id} data-testid={testClockTestIds.subscriptionRow}>
            <td>
              {sub.customerName}
              <div className="muted">{sub.customerEmail}</div>
            </td>
            <td>
              {sub.productName} · {sub.planName}
              {sub.quantity > 1 && <span className="muted"> × {sub.quantity}</span>}
            </td>
            <td data-testid={testClockTestIds.subscriptionStatus}>
              <StatusBadge status={sub.status} />
            </td>
            <td className="num" data-testid={testClockTestIds.subscriptionTerm}>
              {sub.currentTerm}
            </td>
            <td>
              {formatDate(sub.currentPeriodStart, timeZone)} – {formatDate(sub.currentPeriodEnd, timeZone)}
            </td>
            <td data-testid={testClockTestIds.subscriptionNextAction}>
              {sub.nextAction ? (
                <>
                  <code>{sub.nextAction}</code> (term {sub.nextActionTerm})
                  <div className="muted">{formatDate(sub.nextActionAt, timeZone, { time: true })}</div>
                </>
              ) : (
                <span className="muted">none</span>
              )}
            </td>
            <td data-testid={testClockTestIds.subscriptionLastError}>
              {sub.lastError ? (
                <span style={{ color: 'var(--danger)' }}>
                  {sub.lastError}
                  <div className="muted">{formatDate(sub.lastErrorAt, timeZone, { time: true })}</div>
                </span>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
