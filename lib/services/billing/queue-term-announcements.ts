import type { Tx } from '@/db/client';
import { composeLater, type ComposeLaterItem } from '@/lib/services/email/compose-later';
import type { RenewalStepDue } from './plan-renewal-steps';

/** The `announce` step: one announcement e-mail per subscription and term (deduplicated). */
export async function queueTermAnnouncements(tx: Tx, steps: RenewalStepDue[]): Promise<void> {
  const items: ComposeLaterItem[] = steps.map(({ row, term, termInfo }) => {
    const { dates, unitPriceMinor } = termInfo!;
    return {
      builder: 'term-announcement',
      dedupeKey: `term-announcement:${row.subscription.id}:${term}`,
      testClockId: row.customer.testClockId,
      input: {
        subscriptionId: row.subscription.id,
        term,
        periodStart: dates.start,
        periodEnd: dates.end,
        // NOTE: the list amount; a coupon still running shows on the invoice itself.
        amountMinor: unitPriceMinor * row.subscription.quantity,
        collectAt: dates.issueAt,
      },
    };
  });
  // Composed and rendered right after the step commits (composePendingEmails).
  await composeLater(tx, items);
}
