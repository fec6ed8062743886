import { formatMoney } from '@/lib/billing/money';
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
export function planPriceLabel(plan: PricedPlan, thenPriceMinor: number = plan.priceMinor): string {
  const money = (minor: number) => formatMoney(minor, plan.currency, 'en-GB');
  const every = intervalLabel(plan.intervalUnit, plan.intervalCount);
  if (plan.offerPriceMinor === null || plan.offerTerms === null) return `${money(plan.priceMinor)} ${every}`;
  const first = plan.offerTerms === 1 ? 'for the first payment' : `for the first ${plan.offerTerms} payments`;
  return `${money(plan.offerPriceMinor)} ${every} ${first}, then ${money(thenPriceMinor)} ${every}`;
}
