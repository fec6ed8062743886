import Link from 'next/link';
import { formatDate } from '@/components/dashboard/format-date';
import type { EventDeliveryError } from '@/db/queries/dashboard/list-billing-errors';
import { testClockTestIds } from './test-ids';

function SubjectCell({ row }: { row: EventDeliveryError }) {
  if (!row.subjectId) return <>—</>;
  const label = `${row.subjectType ?? 'subject'} ${row.subjectId.slice(0, 8)}`;
  return row.subjectType === 'invoice' ? <Link href={`/dashboard/invoices/${row.subjectId}`}>{label}</Link> : <code>{label}</code>;
}

/**
 * Domain events not delivered yet after a failed attempt: what they were about, why the last
 * attempt failed, and when the next one is due (they are retried with backoff until delivered).
 */
export function EventDeliveryErrorsTable({ rows, timeZone }: { rows: EventDeliveryError[]; timeZone: string }) {
  return (
    <>
      <h3>Events not delivered yet</h3>
      <table>
        <thead>
          <tr>
            <th>Event</th>
            <th>About</th>
            <th>Error</th>
            <th>Last attempt</th>
            <th>Next attempt</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.eventId} data-testid={testClockTestIds.billingEventErrorRow}>
              <td>
                <code>{row.eventName}</code>
              </td>
              <td>
                <SubjectCell row={row} />
              </td>
              <td data-testid={testClockTestIds.billingErrorMessage} style={{ color: 'var(--danger)' }}>
                {row.error}
              </td>
              <td>
                {formatDate(row.at, timeZone, { time: true })} (attempt {row.attempts})
              </td>
              <td>{formatDate(row.nextAttemptAt, timeZone, { time: true })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
