import { redirect } from 'next/navigation';
import { CheckoutSteps } from '@/components/shop/checkout-steps';
import { paymentMethodLabel } from '@/components/shop/payment-method-labels';
import { PlaceOrderForm } from '@/components/shop/place-order-form';
import { PricedLines } from '@/components/shop/priced-lines';
import { PostalAddressText } from '@/components/ui/postal-address';
import { getCustomerAddress } from '@/db/queries/customers/get-customer-address';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { readFormFlash } from '@/lib/http/form-flash';
import { readCart } from '@/lib/cart/cart-cookie';
import { getTranslator } from '@/lib/i18n/translator';
import { quoteCartForBuyer } from '@/lib/services/checkout/quote-cart';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'shop.summary')('pageTitle') };
}

/** Step 4: order, shipping and payment choices on one page, then Pay. */
export default async function CheckoutSummaryPage() {
  const viewer = await requireCustomerPage('/checkout/summary');
  const cart = await readCart();
  if (!cart.paymentMethod) redirect('/checkout/details');
  const priced = await quoteCartForBuyer(cart, viewer.customerId, new Date());
  if (!priced.ok) redirect('/cart');
  const [address, locale, state] = await Promise.all([getCustomerAddress(viewer.customerId), getPageLocale(), readFormFlash('place-order')]);
  const t = getTranslator(locale, 'shop.summary');
  const { priced: invoice, shippingMethod } = priced.value;
  return (
    <>
      <CheckoutSteps current="summary" locale={locale} />
      <div className="stack" style={{ maxWidth: 760 }}>
        <h1>{t('title')}</h1>
        <section className="panel">
          <PricedLines priced={invoice} testId="summary-lines" locale={locale} />
        </section>
        <section className="panel grid">
          <div>
            <h2 style={{ marginTop: 0 }}>{t('invoiceAddress')}</h2>
            {address && <PostalAddressText address={address} testId="summary-address" locale={locale} />}
          </div>
          <div>
            <h2 style={{ marginTop: 0 }}>{t('payment')}</h2>
            <p data-testid="summary-payment-method">{paymentMethodLabel(cart.paymentMethod, locale)}</p>
            {shippingMethod && (
              <>
                <h2>{t('shipping')}</h2>
                <p>{shippingMethod.name}</p>
              </>
            )}
            <a href="/checkout/details">{t('change')}</a>
          </div>
        </section>
        {/* Paid by invoice, nothing is paid here: the button places the order. */}
        <PlaceOrderForm checkoutToken={cart.checkoutToken} label={cart.paymentMethod === 'bank_transfer' ? t('placeOrder') : t('pay')} state={state} />
      </div>
    </>
  );
}
