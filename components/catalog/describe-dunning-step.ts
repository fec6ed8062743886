import type { DunningStepView } from '@/db/queries/catalog/list-dunning-plans';
import { formatMoney, isSupportedCurrency } from '@/lib/billing/money';

/** "Day 14: remind, fee €2.50": one step as the catalog lists it. */
export function describeDunningStep(step: DunningStepView): string {
  const fees = Object.entries(step.fees)
    .filter(([, fee]) => fee > 0)
    .map(([currency, fee]) => (isSupportedCurrency(currency) ? formatMoney(fee, currency, 'en-GB') : `${fee} ${currency}`));
  return `Day ${step.daysAfterDue}: ${step.action}${fees.length ? `, fee ${fees.join(' / ')}` : ''}`;
}
