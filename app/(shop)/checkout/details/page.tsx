import { redirect } from 'next/navigation';
import { CheckoutDetailsForm } from '@/components/shop/checkout-details-form';
import { CheckoutSteps } from '@/components/shop/checkout-steps';
import { paymentMethodLabel } from '@/components/shop/payment-method-labels';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { readFormFlash } from '@/lib/http/form-flash';
import { readCart } from '@/lib/cart/cart-cookie';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';
import { quoteCartForBuyer } from '@/lib/services/checkout/quote-cart';
import { VatPreview } from '@/components/shop/vat-preview';
import { PAYMENT_METHODS } from '@/lib/validations/cart';
import { checkoutBusinessProps } from './checkout-business-props';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'shop.details')('pageTitle') };
}

/** Step 3: shipping (for physical goods) and the payment method. */
export default async function CheckoutDetailsPage() {
  const viewer = await requireCustomerPage('/checkout/details');
  const cart = await readCart();
  const priced = await quoteCartForBuyer(cart, viewer.customerId, new Date());
  if (!priced.ok) redirect('/cart');
  const [settings, locale, state] = await Promise.all([getStorefrontSettings(), getPageLocale(), readFormFlash('checkout-details')]);
  const t = getTranslator(locale, 'shop.details');
  const format = createFormatter(locale, settings.timeZone);
  const methods = PAYMENT_METHODS.filter((m) => settings.enabledPaymentMethods.includes(m)).map((m) => ({
    value: m,
    label: paymentMethodLabel(m, locale),
  }));
  return (
    <>
      <CheckoutSteps current="payment" locale={locale} />
      <div className="panel" style={{ maxWidth: 640 }}>
        <h1>{t('title')}</h1>
        <CheckoutDetailsForm
          methods={methods}
          selectedMethod={cart.paymentMethod ?? methods[0]?.value ?? null}
          shippingOptions={priced.value.shippingOptions.map((s) => ({
            id: s.id,
            label: t('shippingOption', { name: s.name, price: format.money(s.priceMinor, s.currency) }),
          }))}
          selectedShipping={priced.value.shippingMethod?.id ?? null}
          business={await checkoutBusinessProps(viewer.customerId)}
          texts={textsOf(locale, 'shop.details', ['shipping', 'paymentMethod', 'continue'])}
          state={state}
        />
      </div>
      <VatPreview priced={priced.value.priced} locale={locale} />
    </>
  );
}
