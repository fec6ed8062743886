import type { DunningStepView } from '@/db/queries/catalog/list-dunning-plans';
import { isSupportedCurrency } from '@/lib/billing/money';
import { amountInputValue, stepFeeField, stepField } from '@/lib/validations/catalog';

/** A saved reminder process (or the defaults of a new one) as the form's starting text. */
export function dunningPlanFormValues(plan: {
  name: string;
  suspendInsteadOfRemind: boolean;
  endAfterDays: number;
  steps: DunningStepView[];
}): Record<string, string> {
  const values: Record<string, string> = {
    name: plan.name,
    endAfterDays: String(plan.endAfterDays),
    suspendInsteadOfRemind: plan.suspendInsteadOfRemind ? 'on' : '',
  };
  plan.steps.forEach((step, row) => {
    values[stepField(row, 'daysAfterDue')] = String(step.daysAfterDue);
    values[stepField(row, 'action')] = step.action;
    for (const [currency, fee] of Object.entries(step.fees)) {
      // A code we do not know cannot be read as money; shown as stored so that it can be cleared.
      values[stepFeeField(row, currency)] = isSupportedCurrency(currency) ? amountInputValue(fee, currency) : String(fee);
    }
  });
  return values;
}
