import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CheckoutSteps } from '@/components/shop/checkout-steps';
import { PAYMENT_METHOD_LABELS } from '@/components/shop/payment-method-labels';
import { PlaceOrderForm } from '@/components/shop/place-order-form';
import { PricedLines } from '@/components/shop/priced-lines';
import { PostalAddressText } from '@/components/ui/postal-address';
import { getCustomerAddress } from '@/db/queries/customers/get-customer-address';
import { requireCustomerPage } from '@/lib/auth/guards';
import { readCart } from '@/lib/cart/cart-cookie';
import { quoteCart } from '@/lib/services/checkout/quote-cart';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Summary' };

/** Step 4: order, shipping and payment choices on one page, then Pay. */
export default async function CheckoutSummaryPage() {
  const viewer = await requireCustomerPage('/checkout/summary');
  const cart = await readCart();
  if (!cart.paymentMethod) redirect('/checkout/details');
  const priced = await quoteCart(cart, new Date());
  if (!priced.ok) redirect('/cart');
  const address = await getCustomerAddress(viewer.customerId);
  const { priced: invoice, shippingMethod } = priced.value;
  return (
    <>
      <CheckoutSteps current="Summary" />
      <div className="stack" style={{ maxWidth: 760 }}>
        <h1>Check your order</h1>
        <section className="panel">
          <PricedLines priced={invoice} testId="summary-lines" />
        </section>
        <section className="panel grid">
          <div>
            <h2 style={{ marginTop: 0 }}>Invoice address</h2>
            {address && <PostalAddressText address={address} testId="summary-address" />}
          </div>
          <div>
            <h2 style={{ marginTop: 0 }}>Payment</h2>
            <p data-testid="summary-payment-method">{PAYMENT_METHOD_LABELS[cart.paymentMethod]}</p>
            {shippingMethod && (
              <>
                <h2>Shipping</h2>
                <p>{shippingMethod.name}</p>
              </>
            )}
            <Link href="/checkout/details">Change</Link>
          </div>
        </section>
        <PlaceOrderForm checkoutToken={cart.checkoutToken} />
      </div>
    </>
  );
}
