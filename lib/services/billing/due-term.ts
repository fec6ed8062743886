import { priceForTerm } from '@/lib/billing/plan-terms';
import { termDates, termDatesOf, type TermDates } from '@/lib/billing/schedule';
import type { EngineContext } from './engine-context';
import { timelineOf } from './renewal-cursor';
import type { DueRenewal } from './select-due-renewals';

export type TermOf = {
  dates: TermDates;
  unitPriceMinor: number;
  /** The plan (and product) this term is billed under: the campaign's next plan after its offer. */
  billedAs: { planName: string; productName: string; taxRateBp: number };
  /** Set on the terms after a campaign's offer that move the subscription to its next plan. */
  movesToPlan: { id: string; priceMinor: number } | null;
};

/**
 * A term of a subscription: its dates, from the anchor, and its unit price: the campaign frozen on
 * the subscription at checkout (offer price, offer terms, next plan), else its list price.
 */
export function termOf(
  row: Pick<DueRenewal, 'subscription' | 'plan' | 'product' | 'nextPlan'>,
  term: number,
  ctx: EngineContext,
  datesOf?: (term: number) => TermDates,
): TermOf {
  const { subscription: sub, plan } = row;
  const dates = datesOf ? datesOf(term) : termDates({ ...datesInput(row, ctx), term });
  // NOTE: after a campaign's offer terms the subscription moves to the campaign's next plan,
  // at that plan's list price (validated at save time to have the same interval and currency);
  // once moved, it is billed at the price it moved at, like any subscription.
  const next =
    row.nextPlan && sub.offerTerms !== null && term >= sub.offerTerms && sub.planId !== row.nextPlan.plan.id ? row.nextPlan : null;
  if (next) {
    return {
      dates,
      unitPriceMinor: next.plan.priceMinor,
      billedAs: { planName: next.plan.name, productName: next.product.name, taxRateBp: next.plan.taxRateBp },
      movesToPlan: { id: next.plan.id, priceMinor: next.plan.priceMinor },
    };
  }
  const { unitPriceMinor } = priceForTerm({
    listPriceMinor: sub.unitPriceMinor,
    offerPriceMinor: sub.offerPriceMinor,
    offerTerms: sub.offerTerms,
    term,
  });
  return {
    dates,
    unitPriceMinor,
    billedAs: { planName: plan.name, productName: row.product.name, taxRateBp: plan.taxRateBp },
    movesToPlan: null,
  };
}

function datesInput({ subscription: sub, plan }: Pick<DueRenewal, 'subscription' | 'plan'>, ctx: EngineContext) {
  return {
    anchorAt: sub.anchorAt,
    anchorTerm: sub.anchorTerm,
    interval: { unit: plan.intervalUnit, count: plan.intervalCount },
    policy: timelineOf(plan, ctx.timeZone),
  };
}

/** One subscription's term dates, each computed once (for walking several of its steps). */
export function subscriptionTermDates(row: Pick<DueRenewal, 'subscription' | 'plan'>, ctx: EngineContext): (term: number) => TermDates {
  return termDatesOf(datesInput(row, ctx));
}
