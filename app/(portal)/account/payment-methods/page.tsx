import Link from 'next/link';
import { AddMethodForm } from '@/components/portal/payment-methods/add-method-form';
import { MethodActionForm } from '@/components/portal/payment-methods/method-action-form';
import { PayOpenInvoiceForm } from '@/components/portal/payment-methods/pay-open-invoice-form';
import { listCustomerPaymentMethods, type CustomerPaymentMethod } from '@/db/queries/portal/list-customer-payment-methods';
import { listUnpaidChargedInvoices } from '@/db/queries/portal/list-unpaid-charged-invoices';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { cardExpiresAt } from '@/lib/billing/card-expiry';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';
import { allowsPayByInvoice, savableMethods } from '@/lib/billing/savable-methods';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Payment methods' };

type Search = { setup?: string; done?: string; paid?: string; invoice?: string };

const SETUP_RESULTS = ['completed', 'open', 'failed', 'canceled'] as const;
const DONE_KEYS: Record<string, 'defaultChanged' | 'removed' | 'removedToInvoice'> = {
  default: 'defaultChanged',
  removed: 'removed',
  removedToInvoice: 'removedToInvoice',
};

/**
 * Min Side → Payment methods: the stored methods and which one autopay charges, adding one through
 * the provider's hosted setup flow, and, after a failed charge, paying the open invoice with it.
 */
export default async function PaymentMethodsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireCustomerPage('/account/payment-methods');
  const [search, methods, unpaid, settings, locale] = await Promise.all([
    searchParams,
    listCustomerPaymentMethods(viewer.customerId),
    listUnpaidChargedInvoices(viewer.customerId),
    getStorefrontSettings(),
    getPageLocale(),
  ]);
  const t = getTranslator(locale, 'portal.paymentMethods');
  const f = createFormatter(locale, settings.timeZone);
  const autopay = methods.find((m) => m.usedForAutopay) ?? null;
  // The e-mail's link names the invoice; otherwise the oldest one whose charge failed.
  const openInvoice = unpaid.find((i) => i.id === search.invoice) ?? unpaid[0] ?? null;
  const setupResult = SETUP_RESULTS.find((r) => r === search.setup);
  const done = search.done && Object.hasOwn(DONE_KEYS, search.done) ? DONE_KEYS[search.done] : undefined;
  const now = new Date();
  const expiry = (m: CustomerPaymentMethod) => {
    if (!m.expiryMonth || !m.expiryYear) return null;
    const text = `${String(m.expiryMonth).padStart(2, '0')}/${m.expiryYear}`;
    return cardExpiresAt(m.expiryYear, m.expiryMonth) <= now ? t('expired', { expiry: text }) : t('expires', { expiry: text });
  };
  const mayRemoveLast = allowsPayByInvoice(settings.enabledPaymentMethods);
  // Paying again on the method whose charge just failed would only fail again: the invoice is
  // offered for payment once the customer saved a new method for it (and autopay uses that one).
  const payWith = autopay && openInvoice?.savedMethodIds.includes(autopay.id) ? autopay : null;

  return (
    <div className="stack" style={{ maxWidth: 820 }}>
      <Link href="/account">{t('back')}</Link>
      <h1>{t('title')}</h1>
      {setupResult && (
        <p className={`alert ${setupResult === 'completed' ? 'ok' : setupResult === 'open' ? 'info' : 'error'}`} data-testid="setup-result">
          {t(`returned.${setupResult}`)}
        </p>
      )}
      {done && (
        <p className="alert ok" role="status" data-testid="method-notice">
          {t(done)}
        </p>
      )}
      {search.paid === 'paid' && (
        <p className="alert ok" data-testid="pay-result">
          {t('paid')}
        </p>
      )}
      {(search.paid === 'pending' || search.paid === 'skipped') && (
        <p className="alert info" data-testid="pay-result">
          {t('payPending')}
        </p>
      )}
      {search.paid === 'failed' && (
        <p className="alert error" data-testid="pay-result">
          {t('payFailed', { has_reason: openInvoice?.failureReason ? 'yes' : 'no', reason: openInvoice?.failureReason ?? '' })}
        </p>
      )}

      {openInvoice && (
        <section className="panel stack" data-testid="open-invoice">
          <h2 style={{ marginTop: 0 }}>{t('payHeading')}</h2>
          {payWith ? (
            <PayOpenInvoiceForm
              invoiceId={openInvoice.id}
              amountMinor={openInvoice.openMinor}
              question={t('payBody', {
                invoice: openInvoice.number ?? '',
                amount: f.money(openInvoice.openMinor, openInvoice.currency),
                method: payWith.label,
              })}
              submit={t('payButton', { amount: f.money(openInvoice.openMinor, openInvoice.currency) })}
            />
          ) : (
            <p>{t('payNeedsMethod', { invoice: openInvoice.number ?? '', amount: f.money(openInvoice.openMinor, openInvoice.currency) })}</p>
          )}
        </section>
      )}

      <section className="panel stack">
        <p className="muted">{t('intro')}</p>
        {methods.length === 0 ? (
          <p data-testid="no-methods">{t('empty')}</p>
        ) : (
          <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {methods.map((m) => (
              <li key={m.id} className="row" data-testid="payment-method" data-method-id={m.id}>
                <strong data-testid="payment-method-label">{m.label}</strong>
                {expiry(m) && <span className="muted">{expiry(m)}</span>}
                {m.usedForAutopay ? (
                  <span className="badge active" data-testid="autopay-badge">
                    {t('autopay')}
                  </span>
                ) : (
                  <MethodActionForm kind="default" methodId={m.id} label={t('setDefault')} />
                )}
                <MethodActionForm
                  kind="remove"
                  methodId={m.id}
                  label={t('remove')}
                  switchToInvoiceLabel={methods.length === 1 && m.usedForAutopay && mayRemoveLast ? t('switchToInvoice') : null}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel stack">
        <h2 style={{ marginTop: 0 }}>{t('addHeading')}</h2>
        <p className="muted">{t('addIntro')}</p>
        <AddMethodForm
          methods={savableMethods(settings.enabledPaymentMethods).map((value) => ({ value, name: t(`methodNames.${value}`) }))}
          invoiceId={openInvoice?.id ?? null}
          texts={{ method: t('method'), submit: t('addButton') }}
        />
      </section>
    </div>
  );
}
