import type { Locale } from '@/lib/i18n/locales';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export type RegisterPaymentTexts = ReturnType<typeof registerPaymentTexts>;

/** The register-payment form's texts in `locale` (dashboard.manage.invoice), the amount's label with its currency. */
export function registerPaymentTexts(locale: Locale, currency: string) {
  return {
    ...textsOf(locale, 'dashboard.manage.invoice', ['receivedOn', 'method', 'bankTransfer', 'note', 'registerPayment']),
    amountIn: getTranslator(locale, 'dashboard.manage.invoice')('amountIn', { currency }),
  };
}
