import { priceForTerm } from '@/lib/billing/plan-terms';
import { termDates, termDatesOf, type TermDates } from '@/lib/billing/schedule';
import type { EngineContext } from './engine-context';
import { timelineOf } from './renewal-cursor';
import type { DueRenewal } from './select-due-renewals';

export type TermOf = { dates: TermDates; unitPriceMinor: number };

/** A term of a subscription: its dates, from the anchor, and its unit price (campaign or list). */
export function termOf(
  row: Pick<DueRenewal, 'subscription' | 'plan'>,
  term: number,
  ctx: EngineContext,
  datesOf?: (term: number) => TermDates,
): TermOf {
  const { subscription: sub, plan } = row;
  const dates = datesOf ? datesOf(term) : termDates({ ...datesInput(row, ctx), term });
  const { unitPriceMinor } = priceForTerm({
    listPriceMinor: sub.unitPriceMinor,
    offerPriceMinor: plan.offerPriceMinor,
    offerTerms: plan.offerTerms,
    term,
  });
  return { dates, unitPriceMinor };
}

function datesInput({ subscription: sub, plan }: Pick<DueRenewal, 'subscription' | 'plan'>, ctx: EngineContext) {
  return {
    anchorAt: sub.anchorAt,
    interval: { unit: plan.intervalUnit, count: plan.intervalCount },
    policy: timelineOf(plan, ctx.timeZone),
  };
}

/** One subscription's term dates, each computed once (for walking several of its steps). */
export function subscriptionTermDates(row: Pick<DueRenewal, 'subscription' | 'plan'>, ctx: EngineContext): (term: number) => TermDates {
  return termDatesOf(datesInput(row, ctx));
}
