import Link from 'next/link';
import { formatDate } from '@/components/dashboard/format-date';
import type { TestClockListRow } from '@/db/queries/test-clocks/list-test-clocks';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { testClockTestIds } from './test-ids';

/** Every test clock, each opening its page; a simulated time in the clock's zone (or the shop's). */
export function TestClocksTable({ rows, timeZone, locale }: { rows: TestClockListRow[]; timeZone: string; locale: Locale }) {
  const t = getTranslator(locale, 'dashboard.manage.testClocks');
  if (rows.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('name')}</th>
          <th>{t('simulatedTime')}</th>
          <th className="num">{t('simulatedCustomers')}</th>
          <th>{t('created')}</th>
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
              {formatDate(clock.frozenTime, clock.timeZone ?? timeZone, { time: true, locale })}
              {clock.timeZone ? <span className="muted"> ({clock.timeZone})</span> : null}
            </td>
            <td className="num" data-testid={testClockTestIds.clockRowCustomers}>
              {clock.customerCount}
            </td>
            <td>{formatDate(clock.createdAt, timeZone, { time: true, locale })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
