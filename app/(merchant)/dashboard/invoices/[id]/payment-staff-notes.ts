import { formatDate } from '@/components/dashboard/format-date';
import { formatMoney } from '@/lib/billing/money';
import { intlLocales, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { MerchantInvoicePayment } from '@/lib/services/payments/get-merchant-invoice';

/** What staff see of a payment beyond its amount: who registered it, when it was reversed, why it failed, their note. */
export function staffNotes(payment: MerchantInvoicePayment, timeZone: string, locale: Locale): string[] {
  const t = getTranslator(locale, 'dashboard.manage.invoice');
  return [
    payment.recordedBy ? t('by', { name: payment.recordedBy }) : null,
    payment.reversedAt ? `${t('reversed', { date: formatDate(payment.reversedAt, timeZone, { locale }) })}${payment.reversalCode ? ` (${payment.reversalCode})` : ''}` : null,
    // The provider's fee is the merchant's cost: shown here, never added to what the customer owes.
    payment.chargebackFeeMinor ? t('chargebackFee', { amount: formatMoney(payment.chargebackFeeMinor, payment.currency, intlLocales[locale]) }) : null,
    payment.failureReason,
    payment.note,
  ].filter((note): note is string => Boolean(note));
}
