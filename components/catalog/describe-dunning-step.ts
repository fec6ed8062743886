import type { DunningStepView } from '@/db/queries/catalog/list-dunning-plans';
import { formatMoney, isSupportedCurrency } from '@/lib/billing/money';
import type { Translator } from '@/lib/i18n/translator';

/** "Day 14: remind, fee €2.50": one step as the catalog lists it, in the staff member's language. */
export function describeDunningStep(step: DunningStepView, t: Translator<'dashboard.manage.catalog'>): string {
  const fees = Object.entries(step.fees)
    .filter(([, fee]) => fee > 0)
    .map(([currency, fee]) => (isSupportedCurrency(currency) ? formatMoney(fee, currency, 'en-GB') : `${fee} ${currency}`));
  const values = { day: String(step.daysAfterDue), action: step.action };
  return fees.length ? t('dunningStepFee', { ...values, fees: fees.join(' / ') }) : t('dunningStep', values);
}
