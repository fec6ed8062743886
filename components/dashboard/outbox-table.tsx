import Link from 'next/link';
import type { OutboxListRow } from '@/db/queries/dashboard/list-outbox-emails';
import { formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

/** Every message in the outbox, each opening its detail page. */
export function OutboxTable({ rows, timeZone }: { rows: OutboxListRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="muted">No e-mails yet.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Created</th>
          <th>To</th>
          <th>Subject</th>
          <th>Template</th>
          <th>Status</th>
          <th>Error</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((email) => (
          <tr key={email.id} data-testid={dashboardTestIds.outboxRow}>
            <td>{formatDate(email.createdAt, timeZone, { time: true })}</td>
            <td>{email.toAddress}</td>
            <td>
              <Link href={`/dashboard/outbox/${email.id}`}>{email.subject}</Link>
            </td>
            <td>
              <code>{email.template}</code>
            </td>
            <td>
              <StatusBadge status={email.status} />
            </td>
            <td className={email.error ? undefined : 'muted'}>{email.error ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
