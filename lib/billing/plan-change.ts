import type { SubscriptionStatus } from './lifecycle';
import { MAX_QUANTITY } from './pricing';

/** A plan a subscription can be on, as a change compares it. */
export type ChangePlan = {
  id: string;
  productId: string;
  currency: string;
  intervalUnit: string;
  intervalCount: number;
  priceMinor: number;
};

export type PlanChangeRefusal =
  | { code: 'not_allowed' }
  | { code: 'not_running' }
  | { code: 'stop_scheduled' }
  | { code: 'bad_quantity'; max: number }
  | { code: 'no_change' }
  | { code: 'other_product' }
  | { code: 'other_currency' }
  | { code: 'past_due' }
  | { code: 'next_term_invoiced'; periodEnd: Date };

/**
 * When a change takes effect: `now` (an upgrade: the same interval, worth more per term, with
 * a proration invoice for the rest of the term) or `renewal` (a downgrade, an interval change or
 * a change of equal value: stored on the subscription and applied from the next term).
 */
export type PlanChangeTiming = 'now' | 'renewal';

export type PlanChangeState = {
  status: SubscriptionStatus;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date;
  /** The shop lets customers change plans (shop_settings.customers_can_change_plan). */
  shopAllows: boolean;
  /** The merchant lets this customer change plans (customers.can_change_plan). */
  customerAllows: boolean;
  nextTermInvoiced: boolean;
  current: ChangePlan & { quantity: number; unitPriceMinor: number };
};

const RUNNING: readonly SubscriptionStatus[] = ['trialing', 'active', 'past_due'];

/** Whether the customer may change plans at all on this subscription (what Min Side offers). */
export function planChangeBlocked(state: PlanChangeState): PlanChangeRefusal | null {
  if (!state.shopAllows || !state.customerAllows) return { code: 'not_allowed' };
  if (!RUNNING.includes(state.status)) return { code: 'not_running' };
  if (state.cancelAtPeriodEnd) return { code: 'stop_scheduled' };
  // NOTE: the next term's invoice is out (the invoice step runs days before the term): a change
  // now would leave it priced on the old plan, so the change waits until that term has begun.
  if (state.nextTermInvoiced) return { code: 'next_term_invoiced', periodEnd: state.currentPeriodEnd };
  return null;
}

/**
 * Whether the customer may move `state` to `target` x `quantity`, and when it takes effect. An
 * upgrade is refused while an invoice is overdue (past due): it would add to what they owe.
 * Trials change at renewal too: nothing was charged for the running term to prorate against.
 */
export function decidePlanChange(
  state: PlanChangeState,
  target: ChangePlan,
  quantity: number,
): { ok: true; timing: PlanChangeTiming } | { ok: false; refusal: PlanChangeRefusal } {
  const blocked = planChangeBlocked(state);
  if (blocked) return { ok: false, refusal: blocked };
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    return { ok: false, refusal: { code: 'bad_quantity', max: MAX_QUANTITY } };
  }
  const { current } = state;
  if (target.productId !== current.productId) return { ok: false, refusal: { code: 'other_product' } };
  if (target.currency !== current.currency) return { ok: false, refusal: { code: 'other_currency' } };
  if (target.id === current.id && quantity === current.quantity) return { ok: false, refusal: { code: 'no_change' } };
  const sameInterval = target.intervalUnit === current.intervalUnit && target.intervalCount === current.intervalCount;
  // Compared on the list price the renewal bills from now on (a running campaign price is a
  // discount for its terms, not the plan's value).
  const upgrade = sameInterval && target.priceMinor * quantity > current.unitPriceMinor * current.quantity;
  if (!upgrade || state.status === 'trialing') return { ok: true, timing: 'renewal' };
  if (state.status === 'past_due') return { ok: false, refusal: { code: 'past_due' } };
  return { ok: true, timing: 'now' };
}
