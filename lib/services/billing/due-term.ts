import type { Product } from '@/db/schema';
import type { TaxClass } from '@/lib/billing/vat/vat-rates';
import { priceForTerm } from '@/lib/billing/plan-terms';
import { termDates, termDatesOf, type TermDates } from '@/lib/billing/schedule';
import type { EngineContext } from './engine-context';
import { timelineOf } from './renewal-cursor';
import type { DueRenewal } from './select-due-renewals';

export type TermOf = {
  dates: TermDates;
  unitPriceMinor: number;
  /** How many the term bills: the subscription's, or a scheduled change's from its term on. */
  quantity: number;
  /** The plan (and product) this term is billed under: the campaign's next plan after its offer. */
  billedAs: { planName: string; productName: string; variantName: string | null; taxRateBp: number; taxClass: TaxClass; productKind: Product['kind'] };
  /** Set on the terms after a campaign's offer that move the subscription to its next plan. */
  movesToPlan: { id: string; priceMinor: number } | null;
  /** Set on the terms from a scheduled change's term on: the plan and quantity it moves to. */
  scheduledChange: { planId: string; priceMinor: number; quantity: number } | null;
};

type TermRow = Pick<DueRenewal, 'subscription' | 'plan' | 'product' | 'nextPlan'> & Partial<Pick<DueRenewal, 'scheduledPlan' | 'variantName'>>;

/**
 * A term of a subscription: its dates, from the anchor, and its unit price: a change scheduled
 * for this term or an earlier one (the new plan's list price and quantity), else the campaign
 * frozen on the subscription at checkout (offer price, offer terms, next plan), else its list price.
 */
export function termOf(row: TermRow, term: number, ctx: EngineContext, datesOf?: (term: number) => TermDates): TermOf {
  const { subscription: sub, plan } = row;
  const dates = datesOf ? datesOf(term) : subscriptionTermDates(row, ctx)(term);
  const scheduled = scheduledFor(row, term);
  if (scheduled) {
    // NOTE: a change ends a running campaign: the new plan is billed at its list price.
    return {
      dates,
      unitPriceMinor: scheduled.plan.priceMinor,
      quantity: sub.scheduledQuantity!,
      billedAs: { planName: scheduled.plan.name, productName: scheduled.product.name, variantName: scheduled.variantName ?? null, taxRateBp: scheduled.plan.taxRateBp, taxClass: scheduled.plan.taxClass, productKind: scheduled.product.kind },
      movesToPlan: null,
      scheduledChange: { planId: scheduled.plan.id, priceMinor: scheduled.plan.priceMinor, quantity: sub.scheduledQuantity! },
    };
  }
  // NOTE: after a campaign's offer terms the subscription moves to the campaign's next plan,
  // at that plan's list price (validated at save time to have the same interval and currency);
  // once moved, it is billed at the price it moved at, like any subscription.
  const next =
    row.nextPlan && sub.offerTerms !== null && term >= sub.offerTerms && sub.planId !== row.nextPlan.plan.id ? row.nextPlan : null;
  if (next) {
    return {
      dates,
      unitPriceMinor: next.plan.priceMinor,
      quantity: sub.quantity,
      billedAs: { planName: next.plan.name, productName: next.product.name, variantName: next.variantName ?? null, taxRateBp: next.plan.taxRateBp, taxClass: next.plan.taxClass, productKind: next.product.kind },
      movesToPlan: { id: next.plan.id, priceMinor: next.plan.priceMinor },
      scheduledChange: null,
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
    quantity: sub.quantity,
    billedAs: { planName: plan.name, productName: row.product.name, variantName: row.variantName ?? null, taxRateBp: plan.taxRateBp, taxClass: plan.taxClass, productKind: row.product.kind },
    movesToPlan: null,
    scheduledChange: null,
  };
}

function scheduledFor(row: TermRow, term: number) {
  const { scheduledTerm } = row.subscription;
  return row.scheduledPlan && scheduledTerm !== null && scheduledTerm !== undefined && term >= scheduledTerm ? row.scheduledPlan : null;
}

/**
 * One subscription's term dates, each computed once (for walking several of its steps): from the
 * anchor and its term, on the plan's interval; from a scheduled change's term on, from that
 * term's start on the new plan's interval and timeline (an interval change starts there).
 */
export function subscriptionTermDates(row: TermRow, ctx: EngineContext): (term: number) => TermDates {
  const { subscription: sub, plan } = row;
  const current = termDatesOf({
    anchorAt: sub.anchorAt,
    anchorTerm: sub.anchorTerm ?? 0,
    interval: { unit: plan.intervalUnit, count: plan.intervalCount },
    policy: timelineOf(plan, ctx.timeZone),
  });
  const scheduledTerm = sub.scheduledTerm ?? null;
  const scheduled = row.scheduledPlan?.plan;
  if (!scheduled || scheduledTerm === null) return current;
  const from = current(scheduledTerm).start;
  const policy = timelineOf(scheduled, ctx.timeZone);
  const interval = { unit: scheduled.intervalUnit, count: scheduled.intervalCount };
  return (term) =>
    term < scheduledTerm ? current(term) : termDates({ anchorAt: from, anchorTerm: scheduledTerm, interval, term, policy });
}
