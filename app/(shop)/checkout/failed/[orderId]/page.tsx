import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { RetryPaymentForm } from '@/components/shop/retry-payment-form';
import { getCustomerOrder } from '@/db/queries/orders/get-customer-order';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { readFormFlash } from '@/lib/http/form-flash';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'shop.failed')('pageTitle') };
}

/** A declined or canceled payment: nothing was activated; the customer can try again. */
export default async function PaymentFailedPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const viewer = await requireCustomerPage(`/checkout/failed/${orderId}`);
  if (!z.uuid().safeParse(orderId).success) notFound();
  const found = await getCustomerOrder(viewer.customerId, orderId);
  if (!found) notFound();
  // Paid by invoice, nothing failed: the thank-you page says how to pay.
  if (found.order.status === 'paid' || (found.order.paymentMethod === 'bank_transfer' && found.order.status !== 'canceled')) {
    redirect(`/checkout/thank-you/${orderId}`);
  }
  const payment = found.lastPayment;
  const [locale, state] = await Promise.all([getPageLocale(), readFormFlash('retry-payment')]);
  const t = getTranslator(locale, 'shop.failed');
  // NOTE: the provider's own reason is shown as the provider wrote it.
  const reason = payment?.status === 'pending' ? t('pending') : (payment?.failureReason ?? t('notCompleted'));
  return (
    <div className="panel stack" style={{ maxWidth: 640 }} data-testid="payment-failed">
      <h1>{t('title')}</h1>
      <p className="alert error" role="alert" data-testid="payment-failed-reason">
        {reason}
      </p>
      <p>{t('saved')}</p>
      <RetryPaymentForm orderId={orderId} label={t('retry')} state={state} />
      <a href="/cart">{t('backToCart')}</a>
    </div>
  );
}
