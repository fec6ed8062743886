import { isSupportedCurrency } from './currency';
import type { SubscriptionStatus } from './lifecycle';
import { addDaysInZone } from './periods';
import { err, ok, type Result } from './result';

export type DunningAction = 'remind' | 'suspend' | 'warn' | 'terminate';
/** One step of a reminder process. `fees` is the fee the step adds, per ISO currency, in minor units. */
export type DunningStep = { daysAfterDue: number; action: DunningAction; fees: Record<string, number> };
export type DunningPlan = { steps: DunningStep[]; suspendInsteadOfRemind: boolean; endAfterDays: number };

const ACTIONS: readonly DunningAction[] = ['remind', 'suspend', 'warn', 'terminate'];
const MAX_DAYS_AFTER_DUE = 365;
const MAX_END_AFTER_DAYS = 3650;

function listCurrencies(codes: string[]): string {
  const unique = [...new Set(codes)].sort();
  return unique.length <= 1 ? unique.join('') : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

function checkFees(step: DunningStep, number: number, planCurrencies: string[]): string | null {
  for (const [currency, fee] of Object.entries(step.fees)) {
    if (!isSupportedCurrency(currency)) {
      const hint = 'use an ISO code such as EUR';
      return `Step ${number} has a fee in "${currency}", which is not a currency code we know (${hint}).`;
    }
    // NOTE: a process no plan uses yet has no currency to agree with; it is checked again when
    // a plan starts using it (the caller passes that plan's currency then).
    if (planCurrencies.length > 0 && !planCurrencies.includes(currency)) {
      const priced = `the plans using this reminder process are priced in ${listCurrencies(planCurrencies)}`;
      return `Step ${number} has a fee in ${currency}, but ${priced}.`;
    }
    if (typeof fee !== 'number' || !Number.isInteger(fee)) {
      return `Step ${number}: the fee in ${currency} must be a whole number of minor units, got ${String(fee)}.`;
    }
    if (fee < 0) return `Step ${number}: the fee in ${currency} cannot be negative.`;
    if (!Number.isSafeInteger(fee)) return `Step ${number}: the fee in ${currency} is too large.`;
  }
  return null;
}

/**
 * Checks a reminder process as a merchant saves it. The first problem found is returned, phrased
 * so the merchant knows which step to fix. Steps are numbered from 1, as the form shows them.
 * No steps at all is valid: the plan then has no dunning (unpaid invoices just stay open).
 */
export function validateDunningPlan(plan: DunningPlan, planCurrencies: string[]): Result<DunningPlan> {
  const { steps, endAfterDays } = plan;
  if (!Number.isInteger(endAfterDays) || endAfterDays < 0 || endAfterDays > MAX_END_AFTER_DAYS) {
    return err(`The subscription must end a whole number of days from 0 to ${MAX_END_AFTER_DAYS} after termination.`);
  }

  let terminateAt = -1;
  for (const [index, step] of steps.entries()) {
    const number = index + 1;
    if (!ACTIONS.includes(step.action)) return err(`Step ${number} has an unknown action "${step.action}".`);
    const day = step.daysAfterDue;
    if (!Number.isInteger(day) || day < 0 || day > MAX_DAYS_AFTER_DUE) {
      return err(`Step ${number} must be a whole number of days from 0 to ${MAX_DAYS_AFTER_DUE} after the due date.`);
    }
    if (index > 0) {
      const previous = steps[index - 1].daysAfterDue;
      if (day < previous) {
        return err(
          `Step ${number} (day ${day}) comes before step ${index} (day ${previous}): steps must go forward in time.`,
        );
      }
      if (day === previous) {
        return err(`Step ${number} is on the same day as step ${index} (day ${day}): steps must go forward in time.`);
      }
    }
    if (terminateAt >= 0) {
      const terminated = `step ${terminateAt + 1} has already terminated the subscription`;
      if (step.action === 'terminate') {
        return err(`Only one step can terminate the subscription: steps ${terminateAt + 1} and ${number} both do.`);
      }
      if (step.action === 'warn') return err(`Step ${number} warns of termination, but ${terminated}.`);
      return err(`Step ${terminateAt + 1} terminates the subscription, so it must be the last step.`);
    }
    if (step.action === 'terminate') terminateAt = index;
    const feeError = checkFees(step, number, planCurrencies);
    if (feeError !== null) return err(feeError);
  }
  return ok(plan);
}

/**
 * The steps that actually run. With `suspendInsteadOfRemind` non-payment suspends at once
 * instead of reminding: the reminders are dropped, and when the process had reminders but no
 * suspension of its own, a suspension takes the first reminder's day and fee (the merchant's
 * fee for the first notice is still charged, now on the suspension notice).
 */
export function effectiveDunningSteps(plan: DunningPlan): DunningStep[] {
  const copy = (step: DunningStep): DunningStep => ({ ...step, fees: { ...step.fees } });
  if (!plan.suspendInsteadOfRemind) return plan.steps.map(copy);
  const firstRemind = plan.steps.find((step) => step.action === 'remind');
  const kept = plan.steps.filter((step) => step.action !== 'remind').map(copy);
  if (firstRemind === undefined || kept.some((step) => step.action === 'suspend')) return kept;
  const suspend: DunningStep = {
    daysAfterDue: firstRemind.daysAfterDue,
    action: 'suspend',
    fees: { ...firstRemind.fees },
  };
  const at = kept.findIndex((step) => step.daysAfterDue > suspend.daysAfterDue);
  return at === -1 ? [...kept, suspend] : [...kept.slice(0, at), suspend, ...kept.slice(at)];
}

/** The date of each step: `dueAt` plus its days, as calendar days in the merchant's zone. */
export function dunningStepDates(dueAt: Date, steps: DunningStep[], timeZone: string): Date[] {
  return steps.map((step) => addDaysInZone(dueAt, step.daysAfterDue, timeZone));
}

/**
 * The status a subscription takes when a step runs; null keeps the current status.
 *
 * NOTE: `warn` only sends the termination warning. `terminate` stops the service (`canceled`);
 * the subscription is definitively `ended` `endAfterDays` later (see `dunningEndDate`), so a late
 * payment in between can still restore it. A payment at any step restores `active` (lifecycle).
 * From `active`, the driver reaches `suspended` through `past_due` (lifecycle has no direct edge).
 */
export function statusAfterDunningStep(action: DunningAction): SubscriptionStatus | null {
  switch (action) {
    case 'remind':
      return 'past_due';
    case 'suspend':
      return 'suspended';
    case 'warn':
      return null;
    case 'terminate':
      return 'canceled';
  }
}

/** When a subscription terminated by dunning at `terminatedAt` is definitively ended. */
export function dunningEndDate(terminatedAt: Date, plan: Pick<DunningPlan, 'endAfterDays'>, timeZone: string): Date {
  return addDaysInZone(terminatedAt, plan.endAfterDays, timeZone);
}
