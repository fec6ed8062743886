import Link from 'next/link';
import { formatDate } from '@/components/dashboard/format-date';
import type { EventDeliveryError } from '@/db/queries/dashboard/list-billing-errors';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator, type Translator } from '@/lib/i18n/translator';
import { testClockTestIds } from './test-ids';

type Words = Translator<'dashboard.overview.events'>;

function SubjectCell({ row, t }: { row: EventDeliveryError; t: Words }) {
  if (!row.subjectId) return <>—</>;
  const label = t('subject', { type: row.subjectType ?? '', id: row.subjectId.slice(0, 8) });
  return row.subjectType === 'invoice' ? <Link href={`/dashboard/invoices/${row.subjectId}`}>{label}</Link> : <code>{label}</code>;
}

/**
 * Domain events not delivered yet after a failed attempt: what they were about, why the last
 * attempt failed, and when the next one is due (they are retried with backoff until delivered).
 * The event's name and the error stay as the system wrote them; the rest in the staff member's language.
 */
export function EventDeliveryErrorsTable({ rows, timeZone, locale = 'en' }: { rows: EventDeliveryError[]; timeZone: string; locale?: Locale }) {
  const t = getTranslator(locale, 'dashboard.overview.events');
  return (
    <>
      <h3>{t('title')}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('event')}</th>
            <th>{t('about')}</th>
            <th>{t('error')}</th>
            <th>{t('lastAttempt')}</th>
            <th>{t('nextAttempt')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.eventId} data-testid={testClockTestIds.billingEventErrorRow}>
              <td>
                <code>{row.eventName}</code>
              </td>
              <td>
                <SubjectCell row={row} t={t} />
              </td>
              <td data-testid={testClockTestIds.billingErrorMessage} style={{ color: 'var(--danger)' }}>
                {row.error}
              </td>
              <td>{t('attempt', { at: formatDate(row.at, timeZone, { time: true, locale }), attempts: String(row.attempts) })}</td>
              <td>{formatDate(row.nextAttemptAt, timeZone, { time: true, locale })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
