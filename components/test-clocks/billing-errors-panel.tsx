import Link from 'next/link';
import { formatDate } from '@/components/dashboard/format-date';
import type { BillingErrorRow, EventDeliveryError, SubscriptionBillingError } from '@/db/queries/dashboard/list-billing-errors';
import { EventDeliveryErrorsTable } from './event-delivery-errors-table';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { testClockTestIds } from './test-ids';

/**
 * What the billing engine could not do, on the overview: subscriptions it could not move on, and
 * events whose delivery failed (an e-mail not sent yet, a message to Inngest not accepted) and is
 * being retried. Errors from simulated customers are marked with their test clock, so they are
 * not mistaken for a real customer's.
 */
export function BillingErrorsPanel({ rows, timeZone, locale = 'en' }: { rows: BillingErrorRow[]; timeZone: string; locale?: Locale }) {
  const t = getTranslator(locale, 'dashboard.overview');
  const failedSubscriptions = rows.filter((row): row is SubscriptionBillingError => row.kind === 'subscription');
  const failedEvents = rows.filter((row): row is EventDeliveryError => row.kind === 'event');
  return (
    <section className="panel" aria-label={t('billingErrors')} data-testid={testClockTestIds.billingErrors}>
      <h2 style={{ marginTop: 0 }}>{t('billingErrors')}</h2>
      {rows.length === 0 && (
        <p className="muted" style={{ margin: 0 }}>
          {t('noBillingErrors')}
        </p>
      )}
      {failedSubscriptions.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('customer')}</th>
              <th>{t('plan')}</th>
              <th>{t('error')}</th>
              <th>{t('when')}</th>
            </tr>
          </thead>
          <tbody>
            {failedSubscriptions.map((row) => (
              <tr key={row.subscriptionId} data-testid={testClockTestIds.billingErrorRow}>
                <td>
                  {row.customerName}
                  {row.testClockId && (
                    <div className="muted">
                      {t.rich('simulatedOn', {
                        clock: row.testClockName ?? '',
                        link: (chunks) => <Link href={`/dashboard/test-clocks/${row.testClockId}`}>{chunks}</Link>,
                      })}
                    </div>
                  )}
                </td>
                <td>
                  {row.productName} · {row.planName}
                </td>
                <td data-testid={testClockTestIds.billingErrorMessage} style={{ color: 'var(--danger)' }}>
                  {row.error}
                </td>
                <td>{formatDate(row.at, timeZone, { time: true, locale })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {failedEvents.length > 0 && <EventDeliveryErrorsTable rows={failedEvents} timeZone={timeZone} locale={locale} />}
    </section>
  );
}
