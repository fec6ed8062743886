import type { Tx } from '@/db/client';
import { composeLater, type ComposeLaterItem } from '@/lib/services/email/compose-later';
import type { EngineContext } from './engine-context';
import { dueTerm } from './due-term';
import type { DueRenewal } from './select-due-renewals';

/** The `announce` step: one announcement e-mail per subscription and term (deduplicated). */
export async function queueTermAnnouncements(tx: Tx, due: DueRenewal[], ctx: EngineContext): Promise<void> {
  const items: ComposeLaterItem[] = [];
  for (const row of due) {
    const sub = row.subscription;
    const { term, dates, unitPriceMinor } = dueTerm(row, ctx);
    items.push({
      builder: 'term-announcement',
      dedupeKey: `term-announcement:${sub.id}:${term}`,
      testClockId: row.customer.testClockId,
      input: {
        subscriptionId: sub.id,
        term,
        periodStart: dates.start,
        periodEnd: dates.end,
        // NOTE: the list amount; a coupon still running shows on the invoice itself.
        amountMinor: unitPriceMinor * sub.quantity,
        collectAt: dates.issueAt,
      },
    });
  }
  // Composed and rendered right after the step commits (composePendingEmails).
  await composeLater(tx, items);
}
