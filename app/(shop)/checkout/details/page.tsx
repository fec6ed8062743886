import { redirect } from 'next/navigation';
import { CheckoutDetailsForm } from '@/components/shop/checkout-details-form';
import { CheckoutSteps } from '@/components/shop/checkout-steps';
import { PAYMENT_METHOD_LABELS } from '@/components/shop/payment-method-labels';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireCustomerPage } from '@/lib/auth/guards';
import { formatMoney } from '@/lib/billing/money';
import { readCart } from '@/lib/cart/cart-cookie';
import { quoteCart } from '@/lib/services/checkout/quote-cart';
import { PAYMENT_METHODS } from '@/lib/validations/cart';
import { checkoutBusinessProps } from './checkout-business-props';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Payment method' };

/** Step 3: shipping (for physical goods) and the payment method. */
export default async function CheckoutDetailsPage() {
  const viewer = await requireCustomerPage('/checkout/details');
  const cart = await readCart();
  const priced = await quoteCart(cart, new Date());
  if (!priced.ok) redirect('/cart');
  const settings = await getStorefrontSettings();
  const methods = PAYMENT_METHODS.filter((m) => settings.enabledPaymentMethods.includes(m)).map((m) => ({
    value: m,
    label: PAYMENT_METHOD_LABELS[m],
  }));
  return (
    <>
      <CheckoutSteps current="Payment" />
      <div className="panel" style={{ maxWidth: 640 }}>
        <h1>Shipping and payment</h1>
        <CheckoutDetailsForm
          methods={methods}
          selectedMethod={cart.paymentMethod ?? methods[0]?.value ?? null}
          shippingOptions={priced.value.shippingOptions.map((s) => ({
            id: s.id,
            label: `${s.name} (${formatMoney(s.priceMinor, s.currency, 'en-GB')})`,
          }))}
          selectedShipping={priced.value.shippingMethod?.id ?? null}
          business={await checkoutBusinessProps(viewer.customerId)}
        />
      </div>
    </>
  );
}
