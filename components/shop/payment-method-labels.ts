import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { PaymentMethodChoice } from '@/lib/validations/cart';

/** A checkout payment method's name in the reader's language. */
export function paymentMethodLabel(method: PaymentMethodChoice, locale: Locale = 'en'): string {
  return getTranslator(locale, 'shop.methods')(method);
}
