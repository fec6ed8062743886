import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { onlinePaymentMethods } from '@/components/portal/online-payment-methods';
import { PayInvoiceForm } from '@/components/portal/pay-invoice-form';
import { payInvoiceFormProps } from '@/components/portal/pay-invoice-texts';
import { RequestPayLinkForm } from '@/components/portal/request-pay-link-form';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { getPageLocale } from '@/lib/auth/page-locale';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';
import { limitPayLink } from '@/lib/rate-limit/request-limits';
import { openPayLink } from '@/lib/services/payments/open-pay-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'shop.payLink')('pageTitle') };
}

/**
 * Where an e-mailed pay link lands: the invoice's number, what is owed and a "Pay now", without
 * signing in. Shows no address or lines: the link may be forwarded, and paying needs no more.
 * An expired link says so and offers to e-mail a fresh one to the address on file; a paid or
 * voided invoice's link shows the invoice and nothing to pay.
 */
export default async function PayLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ payment?: string }>;
}) {
  const locale = await getPageLocale();
  const t = getTranslator(locale, 'shop.payLink');
  const results = getTranslator(locale, 'shop.paymentResult');
  // NOTE: a page cannot answer 429; it says so instead (the return route and the action limit too).
  const limited = await limitPayLink(await headers());
  if (!limited.ok) {
    return (
      <p className="alert error" role="alert" data-testid="pay-link-limited" style={{ maxWidth: 560, margin: '2rem auto' }}>
        {t('limited')}
      </p>
    );
  }
  const { token } = await params;
  const { payment: result } = await searchParams;
  const opened = await openPayLink(token, new Date());
  // A forged or malformed link names nothing: there is nothing to say about it.
  if (opened.kind === 'invalid') notFound();
  const { invoice } = opened;
  const settings = await getStorefrontSettings();
  const format = createFormatter(locale, settings.timeZone);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  if (opened.kind === 'expired') {
    return (
      <div className="panel stack" style={{ maxWidth: 560, margin: '2rem auto' }} data-testid="pay-link-expired">
        <h1>{t('expiredTitle')}</h1>
        <p>{t.rich('expiredBody', { invoice: invoice.number ?? '', date: format.date(opened.validUntil.toISOString()), strong })}</p>
        <p>{t('newLinkOffer')}</p>
        <RequestPayLinkForm payLinkToken={token} label={t('requestLink')} />
        <p className="muted">{t.rich('orSignIn', { link: (chunks) => <a href="/account">{chunks}</a> })}</p>
      </div>
    );
  }
  const owed = invoice.owedMinor;
  const methods = onlinePaymentMethods(settings.enabledPaymentMethods);
  return (
    <div className="panel stack" style={{ maxWidth: 560, margin: '2rem auto' }}>
      <h1>
        {t('invoice')} <span data-testid="pay-link-invoice-number">{invoice.number}</span>{' '}
        <span className={`badge ${invoice.status}`} data-testid="pay-link-status">
          {getTranslator(locale, 'statuses')('label', { status: invoice.status })}
        </span>
      </h1>
      <p>
        {t('totalDue', {
          total: format.money(invoice.totalMinor, invoice.currency),
          date: invoice.dueAt ? format.date(invoice.dueAt.toISOString()) : '—',
        })}
      </p>
      {result === 'paid' && (
        <p className="alert ok" data-testid="payment-result">
          {results('paid')}
        </p>
      )}
      {(result === 'failed' || result === 'canceled') && (
        <p className="alert error" data-testid="payment-result">
          {results('failed')}
        </p>
      )}
      {opened.kind === 'payable' ? (
        <>
          <h2>{t('toPay', { amount: format.money(owed, invoice.currency) })}</h2>
          {invoice.paymentReference && <p>{t.rich('orTransfer', { reference: invoice.paymentReference, strong })}</p>}
          <PayInvoiceForm invoiceId={invoice.id} payLinkToken={token} {...payInvoiceFormProps(methods, locale)} />
        </>
      ) : opened.kind === 'paid' ? (
        <p data-testid="pay-link-nothing-owed">{t('nothingOwed')}</p>
      ) : (
        <p data-testid="pay-link-closed">{t('closed')}</p>
      )}
    </div>
  );
}
