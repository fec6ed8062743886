import type { CreditableLine } from './credit-note-lines';
import type { SubscriptionStatus } from './lifecycle';
import type { CouponRules } from './coupon';
import { assertMinor, sumMinor } from './money';
import type { PriceMode } from './net-prices';
import { priceForTerm } from './plan-terms';
import { priceRenewal } from './renewal-invoice';
import { ok, type Result } from './result';
import type { VatCategoryCode } from './vat/vat-category';
import { anchoredPeriodStart, type Interval } from './periods';
import { divideHalfUp } from './rounding';
import { unusedPeriodShare, type UnusedPeriodShare } from './unused-period-share';

/**
 * A customer's stop at once (Min Side): the unused part of what they paid comes back as credit
 * notes, and inside a commitment the merchant may ask an early-exit fee instead of refusing.
 */

/** What a shop asks to leave a commitment early: nothing (refused), a fixed fee, or the rest of it. */
export type EarlyExitRule = { kind: 'none' } | { kind: 'fixed'; amountMinor: number } | { kind: 'rest_of_commitment' };

/**
 * The shop's early-exit setting for one currency: a fixed fee without an amount in the
 * subscription's currency is no fee at all (refused), never a fee of 0 by accident.
 */
export function earlyExitRuleFor(setting: 'none' | 'fixed' | 'rest_of_commitment', amounts: Record<string, number>, currency: string): EarlyExitRule {
  if (setting === 'rest_of_commitment') return { kind: 'rest_of_commitment' };
  const amountMinor = amounts[currency];
  if (setting === 'fixed' && amountMinor !== undefined && Number.isSafeInteger(amountMinor) && amountMinor > 0) return { kind: 'fixed', amountMinor };
  return { kind: 'none' };
}

export type StopNowRefusal = { code: 'not_allowed' } | { code: 'not_running' } | { code: 'in_commitment'; commitmentEndsAt: Date };

export type StopNowState = {
  status: SubscriptionStatus;
  commitmentEndsAt: Date | null;
  now: Date;
  /** shop_settings.customers_can_stop_now. */
  shopAllows: boolean;
  /** customers.can_stop_now. */
  customerAllows: boolean;
  rule: EarlyExitRule;
};

const RUNNING: readonly SubscriptionStatus[] = ['trialing', 'active', 'past_due'];

/** Whether the commitment still binds at `now` (it ends at commitmentEndsAt). */
export function inCommitment(commitmentEndsAt: Date | null, now: Date): boolean {
  return commitmentEndsAt !== null && now.getTime() < commitmentEndsAt.getTime();
}

/**
 * Whether a customer may stop a subscription at once: the merchant allows it (for the shop and
 * for this customer), it runs (a scheduled stop may be brought forward), and it is past its
 * commitment, or the shop asks an early-exit fee for leaving it. Null: allowed.
 */
export function stopNowRefusal(state: StopNowState): StopNowRefusal | null {
  if (!state.shopAllows || !state.customerAllows) return { code: 'not_allowed' };
  if (!RUNNING.includes(state.status)) return { code: 'not_running' };
  if (inCommitment(state.commitmentEndsAt, state.now) && state.rule.kind === 'none') {
    return { code: 'in_commitment', commitmentEndsAt: state.commitmentEndsAt! };
  }
  return null;
}

/**
 * The terms after the running one that start before the commitment ends (each is owed in full
 * under the commitment). Periods from the subscription's anchor, as the engine dates them.
 */
export function termsLeftInCommitment(input: {
  anchorAt: Date;
  anchorTerm: number;
  interval: Interval;
  timeZone: string;
  currentTerm: number;
  commitmentEndsAt: Date | null;
}): number {
  if (!input.commitmentEndsAt) return 0;
  const end = input.commitmentEndsAt.getTime();
  let left = 0;
  // NOTE: a commitment is at most a few years of terms; the cap only stops a bad row looping.
  for (let n = input.currentTerm + 1; left < 1000; n += 1) {
    if (anchoredPeriodStart(input.anchorAt, input.anchorTerm, input.interval, n, input.timeZone).getTime() >= end) break;
    left += 1;
  }
  return left;
}

/**
 * The early-exit fee of a stop at `now`: none outside a commitment; the fixed amount; or, for
 * `rest_of_commitment`, what staying to the end would have cost: the running term's credit given
 * back (so it is not refunded) plus each term left in the commitment at what that term would
 * have been invoiced (commitmentTermsLeft: the campaign price and the coupon it still has).
 */
export function earlyExitFee(input: {
  rule: EarlyExitRule;
  inCommitment: boolean;
  /** The credit of the running term's unused days (its invoice and its proration invoices). */
  runningCreditMinor: number;
  /** What each term left in the commitment would be invoiced, VAT included. */
  termAmountsMinor: number[];
}): number {
  assertMinor(input.runningCreditMinor, 'running credit');
  if (!input.inCommitment || input.rule.kind === 'none') return 0;
  if (input.rule.kind === 'fixed') return input.rule.amountMinor;
  const fee = input.runningCreditMinor + sumMinor(input.termAmountsMinor);
  assertMinor(fee, 'early-exit fee');
  return fee;
}

/** One term left in a commitment, priced as its renewal invoice would be. */
export type CommitmentTerm = {
  term: number;
  /** The unit price the term is billed at: the campaign's offer price while it lasts. */
  unitPriceMinor: number;
  onOffer: boolean;
  /** What the subscription's coupon takes off this term (0 or negative). */
  discountMinor: number;
  /** The term's invoice total, VAT included: what the customer would have paid for it. */
  amountMinor: number;
};

/**
 * The terms `firstTerm`, `firstTerm + 1`, ... (`count` of them) priced as the bill run would
 * invoice them (priceRenewal): the campaign frozen on the subscription (the offer price for its
 * first terms, then the list price, or the campaign's next plan's price), the quantity, and the
 * subscription's coupon for as many more uses as it has left. So "the rest of the commitment" is
 * what the customer would really have paid, not the list price.
 */
export function commitmentTermsLeft(input: {
  currency: string;
  description: string;
  firstTerm: number;
  count: number;
  quantity: number;
  listPriceMinor: number;
  offerPriceMinor: number | null;
  offerTerms: number | null;
  /** The campaign's next plan's price, billed after the offer terms; null: the list price. */
  nextPlanPriceMinor: number | null;
  taxRateBp: number;
  vatCategory?: VatCategoryCode;
  coupon: CouponRules | null;
  couponUses: number;
  mode: PriceMode;
}): Result<CommitmentTerm[]> {
  const terms: CommitmentTerm[] = [];
  let couponUses = input.couponUses;
  for (let term = input.firstTerm; term < input.firstTerm + input.count; term += 1) {
    const price = priceForTerm({ listPriceMinor: input.listPriceMinor, offerPriceMinor: input.offerPriceMinor, offerTerms: input.offerTerms, term });
    const afterOffer = input.nextPlanPriceMinor !== null && input.offerTerms !== null && term >= input.offerTerms;
    const unitPriceMinor = afterOffer ? input.nextPlanPriceMinor! : price.unitPriceMinor;
    const priced = priceRenewal({
      currency: input.currency,
      description: input.description,
      quantity: input.quantity,
      unitPriceMinor,
      taxRateBp: input.taxRateBp,
      vatCategory: input.vatCategory,
      coupon: input.coupon,
      couponUses,
      mode: input.mode,
    });
    if (!priced.ok) return priced;
    if (priced.value.couponUsed) couponUses += 1;
    const { invoice } = priced.value;
    const discountMinor = sumMinor(invoice.lines.filter((line) => line.kind === 'discount').map((line) => line.amountMinor));
    terms.push({ term, unitPriceMinor, onOffer: price.onOffer && !afterOffer, discountMinor, amountMinor: invoice.totalMinor });
  }
  return ok(terms);
}

/** An invoice a stop's credit may pay: what it still owes. */
export type StopDebt = { invoiceId: string; owedMinor: number };

/**
 * Where the credit a stop at once puts on the balance goes: first to what the subscription still
 * owes, in the order given (the early-exit fee invoice written by the stop, then the
 * subscription's other open invoices, oldest due first), the rest kept as the customer's balance.
 * A customer owed money and owing money to the same shop for the same subscription should not see
 * both: the fee is paid from the credit instead of charged beside it.
 */
export function stopCreditUse(creditMinor: number, debts: StopDebt[]): { paid: { invoiceId: string; amountMinor: number }[]; keptMinor: number } {
  assertMinor(creditMinor, 'credit');
  let left = Math.max(0, creditMinor);
  const paid: { invoiceId: string; amountMinor: number }[] = [];
  for (const debt of debts) {
    const amountMinor = Math.min(left, Math.max(0, debt.owedMinor));
    if (amountMinor === 0) continue;
    paid.push({ invoiceId: debt.invoiceId, amountMinor });
    left -= amountMinor;
  }
  return { paid, keptMinor: left };
}

/**
 * What a stop at `now` gives back of a proration invoice (an upgrade inside the running term):
 * the unused days' share of what it still charges after earlier credit notes, over the days it
 * billed. It billed the days after the change (the change day stayed on the old plan) to the
 * term's end; the stop day counts as used, as for the term's own invoice (unusedPeriodShare), so
 * a stop on the day of the upgrade gives all of it back. HALF_UP once. Its lines (the old plan's
 * credit, the new plan's charge, their coupon parts) are credited in proportion by the credit note.
 */
export function unusedProrationCredit(input: {
  lines: CreditableLine[];
  /** The change: the proration lines' period start. */
  changedAt: Date;
  periodEnd: Date;
  now: Date;
  timeZone: string;
}): UnusedPeriodShare {
  const left = Math.max(0, sumMinor(input.lines.map((line) => line.amountMinor - line.creditedMinor)));
  const days = (at: Date) =>
    input.periodEnd.getTime() - input.changedAt.getTime() < 1
      ? 0
      : unusedPeriodShare({ amountMinor: 0, periodStart: input.changedAt, periodEnd: input.periodEnd, now: at, timeZone: input.timeZone }).daysUnused;
  const billed = days(input.changedAt);
  if (billed === 0) return { daysInPeriod: 0, daysUnused: 0, amountMinor: 0 };
  const daysUnused = Math.min(billed, days(input.now < input.changedAt ? input.changedAt : input.now));
  return { daysInPeriod: billed, daysUnused, amountMinor: divideHalfUp(BigInt(left) * BigInt(daysUnused), BigInt(billed)) };
}

/**
 * The reason a stop's credit note gives (it starts with "Unused period:", which also keeps a
 * second stop from crediting the same invoice twice).
 */
export function stopNowCreditReason(share: UnusedPeriodShare, what: string): string {
  return `Unused period: ${share.daysUnused} of ${share.daysInPeriod} days of ${what}`;
}
