import { formatMoney } from '@/lib/billing/money';
import { intlLocales, type Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { intervalLabel } from './interval-label';

type PricedPlan = {
  priceMinor: number;
  currency: string;
  intervalUnit: string;
  intervalCount: number;
  offerPriceMinor: number | null;
  offerTerms: number | null;
};

/**
 * What a plan costs, as the product page says it: "€32.00 every month", or under a campaign
 * "€1.00 every month for the first 2 payments, then €32.00 every month". `thenPriceMinor` is
 * what follows the offer: the next plan's price when the campaign moves to one, else the list price.
 */
export function planPriceLabel(plan: PricedPlan, thenPriceMinor: number = plan.priceMinor, locale: Locale = 'en'): string {
  const money = (minor: number) => formatMoney(minor, plan.currency, intlLocales[locale]);
  const every = intervalLabel(plan.intervalUnit, plan.intervalCount, locale);
  const t = getTranslator(locale, 'shop.price');
  if (plan.offerPriceMinor === null || plan.offerTerms === null) return t('plain', { price: money(plan.priceMinor), every });
  return t('offer', { offer: money(plan.offerPriceMinor), every, terms: plan.offerTerms, price: money(thenPriceMinor) });
}
