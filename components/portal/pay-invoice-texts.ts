import { paymentMethodLabel } from '@/components/shop/payment-method-labels';
import type { Locale } from '@/lib/i18n/locales';
import { textsOf } from '@/lib/i18n/texts';
import type { PaymentMethodChoice } from '@/lib/validations/cart';

/** What PayInvoiceForm shows, in the payer's language: the methods' names and its texts. */
export function payInvoiceFormProps(methods: PaymentMethodChoice[], locale: Locale) {
  return {
    methods: methods.map((value) => ({ value, label: paymentMethodLabel(value, locale) })),
    texts: textsOf(locale, 'shop.payForm', ['payWith', 'saveMethod', 'savesMethod', 'payNow']),
  };
}
