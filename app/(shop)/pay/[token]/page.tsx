import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { onlinePaymentMethods } from '@/components/portal/online-payment-methods';
import { PayInvoiceForm } from '@/components/portal/pay-invoice-form';
import { RequestPayLinkForm } from '@/components/portal/request-pay-link-form';
import { DateText } from '@/components/ui/date-text';
import { Money } from '@/components/ui/money';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { tryAgainIn } from '@/lib/rate-limit/limit-answers';
import { limitPayLink } from '@/lib/rate-limit/request-limits';
import { openPayLink } from '@/lib/services/payments/open-pay-link';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Pay your invoice' };

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
  // NOTE: a page cannot answer 429; it says so instead (the return route and the action limit too).
  const limited = await limitPayLink(await headers());
  if (!limited.ok) {
    return (
      <p className="alert error" role="alert" data-testid="pay-link-limited" style={{ maxWidth: 560, margin: '2rem auto' }}>
        Too many requests from your connection. Please try again in {tryAgainIn(limited.retryAfterSeconds)}.
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
  if (opened.kind === 'expired') {
    return (
      <div className="panel stack" style={{ maxWidth: 560, margin: '2rem auto' }} data-testid="pay-link-expired">
        <h1>This payment link has expired</h1>
        <p>
          The link to pay invoice <strong>{invoice.number}</strong> worked until{' '}
          <DateText value={opened.validUntil} timeZone={settings.timeZone} />. For your safety, payment links only work for a
          limited time.
        </p>
        <p>We can e-mail you a new link, to the address we have on file for your account.</p>
        <RequestPayLinkForm payLinkToken={token} />
        <p className="muted">
          Or <a href="/account">sign in to Min Side</a> to pay it there.
        </p>
      </div>
    );
  }
  const owed = invoice.owedMinor;
  const methods = onlinePaymentMethods(settings.enabledPaymentMethods);
  return (
    <div className="panel stack" style={{ maxWidth: 560, margin: '2rem auto' }}>
      <h1>
        Invoice <span data-testid="pay-link-invoice-number">{invoice.number}</span>{' '}
        <span className={`badge ${invoice.status}`} data-testid="pay-link-status">
          {invoice.status}
        </span>
      </h1>
      <p>
        Total <Money minor={invoice.totalMinor} currency={invoice.currency} />, due{' '}
        <DateText value={invoice.dueAt} timeZone={settings.timeZone} />.
      </p>
      {result === 'paid' && (
        <p className="alert ok" data-testid="payment-result">
          Thank you: your payment was received.
        </p>
      )}
      {(result === 'failed' || result === 'canceled') && (
        <p className="alert error" data-testid="payment-result">
          The payment did not go through ({result}). You can try again.
        </p>
      )}
      {opened.kind === 'payable' ? (
        <>
          <h2>
            To pay: <Money minor={owed} currency={invoice.currency} />
          </h2>
          {invoice.paymentReference && (
            <p>
              Or transfer it with the payment reference <strong>{invoice.paymentReference}</strong>.
            </p>
          )}
          <PayInvoiceForm invoiceId={invoice.id} methods={methods} payLinkToken={token} />
        </>
      ) : opened.kind === 'paid' ? (
        <p data-testid="pay-link-nothing-owed">Nothing is owed on this invoice.</p>
      ) : (
        <p data-testid="pay-link-closed">This invoice can no longer be paid here: there is nothing to pay on it.</p>
      )}
    </div>
  );
}
