import { TestPaymentEventForm, type TestPaymentEvent } from '@/components/test-provider/test-payment-event-form';
import { testFailureReason } from '@/components/test-provider/test-payment-texts';
import { Money } from '@/components/ui/money';
import { requireTestProviderStaffPage } from '@/lib/actions/test-provider/test-provider-access';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { testProviderStore } from '@/lib/payments/test-provider';
import type { TestPaymentRecord } from '@/lib/payments/test-provider-store';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'testProvider.payments')('pageTitle') };
}

/** What the provider lets a merchant do to a payment now: settle or fail a pending one, charge back a paid one. */
function eventsOf(row: TestPaymentRecord): TestPaymentEvent[] {
  if (row.status === 'pending' || row.status === 'open') return ['settle', 'fail'];
  return row.status === 'paid' && row.kind !== 'refund' && row.kind !== 'setup' ? ['charge-back'] : [];
}

/**
 * The test provider's own dashboard (what Mollie's or Stripe's test mode shows): its latest
 * payments, and the events a merchant can trigger to see the shop react: settle or fail a
 * pending payment, charge back a paid one. Each sends the shop a signed webhook. It acts on
 * anybody's payment: the shop's staff only, and a 404 in production unless mounted. In the
 * language of the shop's pages, like the hosted payment page.
 */
export default async function TestProviderPaymentsPage() {
  await requireTestProviderStaffPage('/test-provider/payments');
  const [rows, locale] = await Promise.all([testProviderStore.listLatest(100), getPageLocale()]);
  const t = getTranslator(locale, 'testProvider.payments');
  const status = getTranslator(locale, 'statuses');
  const labels = { settle: t('settle'), fail: t('fail'), 'charge-back': t('chargeBack') };
  return (
    <div className="panel stack" style={{ maxWidth: 1000, margin: '2rem auto', borderTop: '4px solid #6b21a8' }}>
      <p className="muted">{getTranslator(locale, 'testProvider')('banner')}</p>
      <h1>{t('heading')}</h1>
      <table data-testid="test-provider-payments">
        <thead>
          <tr>
            <th>{t('id')}</th>
            <th>{t('kind')}</th>
            <th>{t('description')}</th>
            <th className="num">{t('amount')}</th>
            <th>{t('status')}</th>
            <th>{t('events')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const events = eventsOf(row);
            return (
              <tr key={row.id} data-testid={`test-payment-${row.id}`}>
                <td>
                  <code>{row.id}</code>
                </td>
                <td>{t('kindLabel', { kind: row.kind })}</td>
                <td>{row.description}</td>
                <td className="num">
                  <Money minor={row.amountMinor} currency={row.currency} locale={locale} />
                </td>
                <td>
                  {status('label', { status: row.status })}
                  {row.failureReason ? ` (${testFailureReason(locale, row.failureReason)})` : ''}
                </td>
                <td>{events.length > 0 && <TestPaymentEventForm id={row.id} events={events} labels={labels} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
