import type { Tx } from '@/db/client';
import { priceForTerm } from '@/lib/billing/plan-terms';
import { termDates } from '@/lib/billing/schedule';
import { queueTermAnnouncement } from '@/lib/services/email/send-term-announcement';
import type { EngineContext } from './engine-context';
import { timelineOf } from './renewal-cursor';
import type { DueRenewal } from './select-due-renewals';

/** The `announce` step: one announcement e-mail per subscription and term (deduplicated). */
export async function queueTermAnnouncements(tx: Tx, due: DueRenewal[], ctx: EngineContext): Promise<void> {
  for (const { subscription: sub, plan } of due) {
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
    await queueTermAnnouncement(tx, {
      subscriptionId: sub.id,
      term,
      periodStart: dates.start,
      periodEnd: dates.end,
      // NOTE: the list amount; a coupon still running shows on the invoice itself.
      amountMinor: unitPriceMinor * sub.quantity,
      collectAt: dates.issueAt,
    });
  }
}
