import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { RetryPaymentForm } from '@/components/shop/retry-payment-form';
import { getCustomerOrder } from '@/db/queries/orders/get-customer-order';
import { requireCustomerPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Payment not completed' };

/** A declined or canceled payment: nothing was activated; the customer can try again. */
export default async function PaymentFailedPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const viewer = await requireCustomerPage(`/checkout/failed/${orderId}`);
  if (!z.uuid().safeParse(orderId).success) notFound();
  const found = await getCustomerOrder(viewer.customerId, orderId);
  if (!found) notFound();
  if (found.order.status === 'paid') redirect(`/checkout/thank-you/${orderId}`);
  const payment = found.lastPayment;
  const reason =
    payment?.status === 'pending'
      ? 'We have not heard from the payment provider yet.'
      : (payment?.failureReason ?? 'The payment was not completed.');
  return (
    <div className="panel stack" style={{ maxWidth: 640 }} data-testid="payment-failed">
      <h1>Your payment did not go through</h1>
      <p className="alert error" role="alert" data-testid="payment-failed-reason">
        {reason}
      </p>
      <p>Your order is saved and nothing has been charged or activated. You can try again.</p>
      <RetryPaymentForm orderId={orderId} />
      <Link href="/cart">Back to the cart</Link>
    </div>
  );
}
