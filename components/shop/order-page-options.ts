import type { ShopPlan as Plan } from '@/db/queries/catalog/get-product-page';
import { intervalSavings } from '@/lib/billing/interval-savings';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { intervalLabel } from './interval-label';
import { planPriceLabel } from './plan-price-label';

/** One plan as the order page offers it; all texts already in the reader's language. */
export type PlanOption = {
  id: string;
  code: string;
  name: string;
  /** The regular price, struck through, while a campaign price applies; else null. */
  struck: string | null;
  /** "€32.00 every month", or the campaign: "€1.00 every month for the first 2 payments, then …". */
  price: string;
  /** "save 16% vs paying every month" against the shortest interval of the same variant; else null. */
  saving: string | null;
  notes: string[];
};

/** The plans of one variant (`name`), or of the product itself (`name` null). */
export type PlanGroup = { variantId: string | null; name: string | null; plans: PlanOption[] };

/**
 * The order page's choices: the product's plans grouped by variant (plans without one first),
 * each with its price, its campaign and the saving of its interval within its own variant.
 * A variant without active plans is not offered.
 */
export function orderPageOptions(
  plans: Plan[],
  variants: { id: string; name: string }[],
  nextPlanPrices: Map<string, number>,
  locale: Locale,
): PlanGroup[] {
  const t = getTranslator(locale, 'shop.product');
  const format = createFormatter(locale);
  const groups: PlanGroup[] = [{ variantId: null, name: null, plans: [] }, ...variants.map((v) => ({ variantId: v.id, name: v.name, plans: [] }))];
  for (const group of groups) {
    const own = plans.filter((plan) => (plan.variantId ?? null) === group.variantId);
    const savings = intervalSavings(own);
    group.plans = own.map((plan) => {
      const saving = savings.get(plan.id);
      const campaign = plan.offerPriceMinor !== null && plan.offerTerms !== null;
      return {
        id: plan.id,
        code: plan.code,
        name: plan.name,
        struck: campaign ? format.money(plan.priceMinor, plan.currency) : null,
        price: planPriceLabel(plan, plan.nextPlanId ? nextPlanPrices.get(plan.nextPlanId) : undefined, locale),
        saving: saving
          ? t('saving', { percent: String(saving.percent), every: intervalLabel(saving.versus.intervalUnit, saving.versus.intervalCount, locale) })
          : null,
        notes: [
          plan.trialDays > 0 ? t('trial', { days: String(plan.trialDays) }) : null,
          plan.setupFeeMinor > 0 ? t('setupFee', { amount: format.money(plan.setupFeeMinor, plan.currency) }) : null,
          plan.commitmentMonths ? t('commitment', { months: String(plan.commitmentMonths) }) : null,
          plan.maxInstalments ? t('instalments', { count: String(plan.maxInstalments) }) : null,
        ].filter((n): n is string => n !== null),
      };
    });
  }
  return groups.filter((group) => group.plans.length > 0);
}
