import Link from 'next/link';
import { formatDate } from '@/components/dashboard/format-date';
import type { TestClockListRow } from '@/db/queries/test-clocks/list-test-clocks';
import { testClockTestIds } from './test-ids';

/** Every test clock, each opening its page; a simulated time in the clock's zone (or the shop's). */
export function TestClocksTable({ rows, timeZone }: { rows: TestClockListRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="muted">No test clocks yet. Create one to simulate months of billing in seconds.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Name</th>
          <th>Simulated time</th>
          <th className="num">Simulated customers</th>
          <th>Created</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((clock) => (
          <tr key={clock.id} data-testid={testClockTestIds.clockRow}>
            <td>
              <Link href={`/dashboard/test-clocks/${clock.id}`} data-testid={testClockTestIds.clockLink}>
                {clock.name}
              </Link>
            </td>
            <td data-testid={testClockTestIds.clockRowTime}>
              {formatDate(clock.frozenTime, clock.timeZone ?? timeZone, { time: true })}
              {clock.timeZone ? <span className="muted"> ({clock.timeZone})</span> : null}
            </td>
            <td className="num" data-testid={testClockTestIds.clockRowCustomers}>
              {clock.customerCount}
            </td>
            <td>{formatDate(clock.createdAt, timeZone, { time: true })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
