import { priceForTerm } from '@/lib/billing/plan-terms';
import { termDates, type TermDates } from '@/lib/billing/schedule';
import type { EngineContext } from './engine-context';
import { timelineOf } from './renewal-cursor';
import type { DueRenewal } from './select-due-renewals';

/** The term a due renewal step is for: its number, its dates and its unit price (campaign). */
export function dueTerm(row: DueRenewal, ctx: EngineContext): { term: number; dates: TermDates; unitPriceMinor: number } {
  const { subscription: sub, plan } = row;
  const term = sub.nextActionTerm!;
  const dates = termDates({
    anchorAt: sub.anchorAt,
    interval: { unit: plan.intervalUnit, count: plan.intervalCount },
    term,
    policy: timelineOf(plan, ctx.timeZone),
  });
  const { unitPriceMinor } = priceForTerm({
    listPriceMinor: sub.unitPriceMinor,
    offerPriceMinor: plan.offerPriceMinor,
    offerTerms: plan.offerTerms,
    term,
  });
  return { term, dates, unitPriceMinor };
}
