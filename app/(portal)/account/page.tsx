import { intervalLabel } from '@/components/shop/interval-label';
import { DateText } from '@/components/ui/date-text';
import { Money } from '@/components/ui/money';
import { listCustomerInvoices } from '@/db/queries/portal/list-customer-invoices';
import { listCustomerSubscriptions } from '@/db/queries/portal/list-customer-subscriptions';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { CreditNoteList } from '@/components/portal/credit-note-list';
import { PastDueBanner } from '@/components/portal/past-due-banner';
import { listUnpaidChargedInvoices } from '@/db/queries/portal/list-unpaid-charged-invoices';
import { listCustomerDebitOrders } from '@/db/queries/portal/list-customer-debit-orders';
import { DebitOrdersNotice } from '@/components/portal/debit-orders-notice';
import { getTranslator } from '@/lib/i18n/translator';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { STOP_REASONS, stopOffer } from '@/lib/billing/self-service-stop';
import { SubscriptionStop } from '@/components/portal/subscription-stop';
import { SubscriptionStopNowCell } from './stop-now-cell';
import { listCustomerCreditNotes } from '@/lib/services/credit-notes/list-customer-credit-notes';
import { getRetentionCoupon } from '@/db/queries/portal/get-retention-coupon';
import type { ReactNode } from 'react';
import { pauseView } from './pause-offers';
import { SubscriptionPlanChangeCell } from '@/components/portal/subscription-plan-change-cell';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Min Side' };

const cell = { marginTop: 0 };

export default async function AccountPage() {
  const viewer = await requireCustomerPage('/account');
  const [subscriptions, invoices, creditNotes, settings, unpaid, locale, debitOrders] = await Promise.all([
    listCustomerSubscriptions(viewer.customerId),
    listCustomerInvoices(viewer.customerId),
    listCustomerCreditNotes(viewer.customerId),
    getStorefrontSettings(),
    listUnpaidChargedInvoices(viewer.customerId),
    getPageLocale(),
    listCustomerDebitOrders(viewer.customerId),
  ]);
  const tz = settings.timeZone;
  const portal = getTranslator(locale, 'portal');
  const stopTexts = getTranslator(locale, 'portal.subscriptionStop');
  const format = createFormatter(locale, tz);
  const t = getTranslator(locale, 'portal.account');
  const status = getTranslator(locale, 'statuses');
  const reasons = STOP_REASONS.map((value) => ({ value, label: stopTexts(`reasons.${value}`) }));
  const retentionCoupon = await getRetentionCoupon(settings.retentionCouponId);
  const now = new Date();
  return (
    <>
      <h1>{t('title')}</h1>
      {unpaid.length > 0 && <PastDueBanner text={portal('pastDueBanner.text')} cta={portal('pastDueBanner.cta')} />}
      <DebitOrdersNotice
        retry={portal('debitOrders.retry')}
        notices={debitOrders.map((o) => {
          const values = { amount: format.money(o.amountMinor, o.currency), date: format.date(o.orderedAt.toISOString()), account: o.account ?? '' };
          return o.state === 'pending'
            ? { orderId: o.orderId, state: o.state, text: portal('debitOrders.pending', values) }
            : { orderId: o.orderId, state: o.state, text: portal('debitOrders.failed', { ...values, reason: o.failureReason ?? portal('debitOrders.noReason') }) };
        })}
      />
      <p className="row">
        <a href="/account/security" data-testid="account-security-link">
          {t('security')}
        </a>
        <a href="/account/payment-methods" data-testid="account-payment-methods-link">
          {portal('paymentMethods.title')}
        </a>
        <a href="/account/details" data-testid="account-details-link">
          {getTranslator(locale, 'customerDetails')('link')}
        </a>
      </p>
      <section className="panel">
        <h2 style={cell}>{t('subscriptions')}</h2>
        {subscriptions.length === 0 ? (
          <p className="muted">{t.rich('noSubscriptions', { link: (chunks) => <a href="/">{chunks}</a> })}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t('columns.subscription')}</th>
                <th>{t('columns.status')}</th>
                <th className="num">{t('columns.price')}</th>
                <th>{t('columns.nextTerm')}</th>
              </tr>
            </thead>
            <tbody>
              {subscriptions.map((s) => (
                <tr key={s.id} data-testid="account-subscription">
                  <td>
                    {s.quantity > 1 ? `${s.quantity} × ` : ''}
                    {s.productName} — {s.planName}
                    {s.commitmentEndsAt && (
                      <div className="muted">{t('commitmentUntil', { date: format.date(s.commitmentEndsAt.toISOString()) })}</div>
                    )}
                    <SubscriptionPlanChangeCell subscription={s} shopAllows={settings.customersCanChangePlan} locale={locale} timeZone={tz} />
                  </td>
                  <td>
                    <span className={`badge ${s.status}`} data-testid="subscription-status">
                      {status('label', { status: s.status })}
                    </span>
                    {s.status === 'trialing' && (
                      <div className="muted">{t('trialEnds', { date: s.trialEndsAt ? format.date(s.trialEndsAt.toISOString()) : '—' })}</div>
                    )}
                  </td>
                  <td className="num">
                    <Money minor={s.unitPriceMinor * s.quantity} currency={s.currency} locale={locale} />{' '}
                    <span className="muted">{intervalLabel(s.intervalUnit, s.intervalCount, locale)}</span>
                  </td>
                  {(() => {
                    const paused = pauseView({ s, settings, coupon: retentionCoupon, locale, now });
                    return (
                      <td>
                        <span data-testid="subscription-next-term">
                          {paused.nextTermAt ? <DateText value={paused.nextTermAt} timeZone={tz} locale={locale} /> : '—'}
                        </span>
                        {paused.pause}
                        <SubscriptionStopNowCell subscription={s} settings={settings} now={now} locale={locale} reasons={reasons} />
                        <SubscriptionStopCell
                          subscription={s}
                          shopAllows={settings.customersCanStop}
                          texts={(key, date) => stopTexts(key, { date: format.date(date.toISOString()) })}
                          reasons={reasons}
                          retention={paused.retention}
                        />
                      </td>
                    );
                  })()}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel">
        <h2 style={cell}>{t('invoices')}</h2>
        {invoices.length === 0 ? (
          <p className="muted">{t('noInvoices')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t('columns.number')}</th>
                <th>{t('columns.date')}</th>
                <th>{t('columns.status')}</th>
                <th className="num">{t('columns.total')}</th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => (
                <tr key={invoice.id} data-testid="account-invoice">
                  <td>
                    <a href={`/account/invoices/${invoice.id}`} data-testid="account-invoice-link">
                      {invoice.number}
                    </a>
                  </td>
                  <td>
                    <DateText value={invoice.issuedAt} timeZone={tz} locale={locale} />
                  </td>
                  <td>
                    <span className={`badge ${invoice.status}`}>{status('label', { status: invoice.status })}</span>
                  </td>
                  <td className="num">
                    <Money minor={invoice.totalMinor} currency={invoice.currency} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {creditNotes.length > 0 && <CreditNoteList creditNotes={creditNotes} timeZone={tz} locale={locale} />}
      <section className="panel">
        <h2 style={cell}>{t('yourData')}</h2>
        <p className="muted">
          {t('dataIntro')}{' '}
          <a href="/account/data" download data-testid="account-data-download">
            {t('dataDownload')}
          </a>
        </p>
      </section>
    </>
  );
}

type StopTextKey = 'stopButton' | 'stopHeading' | 'stopIntro' | 'reasonLabel' | 'noteLabel' | 'confirmStop' | 'stopsOn' | 'undoButton' | 'inCommitment';

/** The stop offered for one subscription under the merchant's rules, with its texts. */
function SubscriptionStopCell({
  subscription: s,
  shopAllows,
  texts,
  reasons,
  retention,
}: {
  subscription: Awaited<ReturnType<typeof listCustomerSubscriptions>>[number];
  shopAllows: boolean;
  texts: (key: StopTextKey, date: Date) => string;
  reasons: { value: string; label: string }[];
  /** Offered instead of the stop. */
  retention: ReactNode;
}) {
  const offer = stopOffer({
    status: s.status,
    cancelAtPeriodEnd: s.cancelAtPeriodEnd,
    currentPeriodEnd: s.currentPeriodEnd,
    commitmentEndsAt: s.commitmentEndsAt,
    shopAllows,
    customerAllows: s.customerCanStop,
    nextTermInvoiced: s.nextTermInvoiced,
  });
  const end = s.currentPeriodEnd;
  return (
    <SubscriptionStop
      subscriptionId={s.id}
      offer={offer.kind}
      reasons={reasons}
      retention={retention}
      texts={{
        stopButton: texts('stopButton', end),
        stopHeading: texts('stopHeading', end),
        stopIntro: texts('stopIntro', end),
        reasonLabel: texts('reasonLabel', end),
        noteLabel: texts('noteLabel', end),
        confirmStop: texts('confirmStop', end),
        stopsOn: texts('stopsOn', end),
        undoButton: texts('undoButton', end),
        inCommitment: texts('inCommitment', offer.kind === 'commitment' ? offer.until : end),
      }}
    />
  );
}
