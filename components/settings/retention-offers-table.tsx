import type { RetentionOfferRow } from '@/db/queries/dashboard/list-retention-offers';
import { formatDate } from '@/components/dashboard/format-date';

const OUTCOME: Record<string, string> = { pause: 'Paused instead', coupon: 'Stayed with the coupon', stop: 'Stopped anyway' };

/** What customers who chose to stop were offered, and what they did (newest first). */
export function RetentionOffersTable({ rows, timeZone }: { rows: RetentionOfferRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="muted">No customer has chosen to stop with an offer shown yet.</p>;
  return (
    <table data-testid="retention-offers-table">
      <thead>
        <tr>
          <th>When</th>
          <th>Customer</th>
          <th>Offered</th>
          <th>Answer</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td>{formatDate(r.at, timeZone)}</td>
            <td>
              {r.customerName} <span className="muted">{r.customerEmail}</span>
            </td>
            <td>{r.offered.map((o) => (o === 'coupon' && r.couponCode ? `coupon ${r.couponCode}` : o)).join(', ')}</td>
            <td>
              {OUTCOME[r.outcome] ?? r.outcome}
              {r.outcome === 'stop' && r.stopReason ? <span className="muted"> ({r.stopReason.replace(/_/g, ' ')})</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
