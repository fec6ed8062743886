import { amountInputValue, taxRateInputValue } from '@/lib/validations/catalog';

/** The saved plan's terms the form edits (amounts in minor units of `currency`). */
export type PlanFormSource = {
  currency: string;
  name: string;
  priceMinor: number;
  intervalCount: number;
  intervalUnit: string;
  taxRateBp: number;
  taxClass: string;
  setupFeeMinor: number | null;
  trialDays: number;
  commitmentMonths: number | null;
  maxInstalments: number | null;
  announceDaysBefore: number;
  invoiceDaysBefore: number;
  paymentTermsDays: number;
  dunningPlanId: string | null;
  offerPriceMinor: number | null;
  offerTerms: number | null;
  nextPlanId: string | null;
  variantId: string | null;
  active: boolean;
};

/** A saved plan as the plan form's starting text. */
export function planFormValues(plan: PlanFormSource): Record<string, string> {
  const amount = (minor: number | null) => (minor === null ? '' : amountInputValue(minor, plan.currency));
  const whole = (value: number | null) => (value === null ? '' : String(value));
  return {
    name: plan.name,
    price: amount(plan.priceMinor),
    intervalCount: String(plan.intervalCount),
    intervalUnit: plan.intervalUnit,
    taxRate: taxRateInputValue(plan.taxRateBp),
    taxClass: plan.taxClass,
    setupFee: amount(plan.setupFeeMinor),
    trialDays: String(plan.trialDays),
    commitmentMonths: whole(plan.commitmentMonths),
    maxInstalments: whole(plan.maxInstalments),
    announceDaysBefore: String(plan.announceDaysBefore),
    invoiceDaysBefore: String(plan.invoiceDaysBefore),
    paymentTermsDays: String(plan.paymentTermsDays),
    dunningPlanId: plan.dunningPlanId ?? '',
    offerPrice: amount(plan.offerPriceMinor),
    offerTerms: whole(plan.offerTerms),
    nextPlanId: plan.nextPlanId ?? '',
    variantId: plan.variantId ?? '',
    active: plan.active ? 'on' : '',
  };
}

/** A new plan's starting text: the defaults of the schema and the shop's currency. */
export function newPlanFormValues(defaults: { currency: string; dunningPlanId: string | null; variantId?: string }): Record<string, string> {
  return {
    name: '',
    code: '',
    currency: defaults.currency,
    price: '',
    intervalCount: '1',
    intervalUnit: 'month',
    taxRate: '0',
    taxClass: 'standard',
    setupFee: '',
    trialDays: '0',
    commitmentMonths: '',
    maxInstalments: '',
    announceDaysBefore: '14',
    invoiceDaysBefore: '7',
    paymentTermsDays: '14',
    dunningPlanId: defaults.dunningPlanId ?? '',
    offerPrice: '',
    offerTerms: '',
    nextPlanId: '',
    variantId: defaults.variantId ?? '',
    active: 'on',
  };
}
