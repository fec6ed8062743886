import { createFormatter } from './create-formatter';
import type { Locale } from './locales';
import { getTranslator } from './translator';

export type DiscountTerms = {
  kind: 'percent' | 'fixed';
  percentOff: number | null;
  amountOffMinor: number | null;
  currency: string | null;
  duration: 'once' | 'repeating' | 'forever';
  durationTerms: number | null;
};

/** A coupon in words, for Min Side and the confirmation: "20% off", "on your next 3 invoices". */
export function describeDiscount(locale: Locale, coupon: DiscountTerms): { discount: string; duration: string } {
  const t = getTranslator(locale, 'portal.subscriptionPause');
  const discount =
    coupon.kind === 'percent'
      ? t('discountPercent', { percent: String(coupon.percentOff ?? 0) })
      : t('discountAmount', { amount: createFormatter(locale).money(coupon.amountOffMinor ?? 0, coupon.currency ?? 'EUR') });
  const duration =
    coupon.duration === 'once'
      ? t('durationOnce')
      : coupon.duration === 'forever'
        ? t('durationForever')
        : t('durationRepeating', { count: coupon.durationTerms ?? 1 });
  return { discount, duration };
}
