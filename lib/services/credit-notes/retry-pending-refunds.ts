import { and, asc, eq, lt } from 'drizzle-orm';
import { db } from '@/db/client';
import { refunds } from '@/db/schema';
import { executeRefund } from './execute-refund';

/** How long a new refund is left to the request that created it before a sweep takes it on. */
export const REFUND_RETRY_GRACE_MS = 5 * 60_000;

export type RetryRefundsReport = { tried: number; refunded: number; failed: number; pending: number };

/**
 * Completes refunds left pending: by a crash between the credit note's commit and the provider's
 * answer, or by a provider that was unreachable or is still processing. Each is asked again with
 * its own id as the idempotency key, so a refund the provider already made is not made twice.
 *
 * NOTE: refunds younger than the grace period are skipped: the request that created one is
 * probably still sending it, and two callers with one key at once is a race no provider needs.
 */
export async function retryPendingRefunds(input: { now?: Date; limit?: number } = {}): Promise<RetryRefundsReport> {
  const now = input.now ?? new Date();
  const due = await db
    .select({ id: refunds.id })
    .from(refunds)
    .where(and(eq(refunds.status, 'pending'), lt(refunds.createdAt, new Date(now.getTime() - REFUND_RETRY_GRACE_MS))))
    .orderBy(asc(refunds.createdAt))
    .limit(input.limit ?? 500);
  const report: RetryRefundsReport = { tried: 0, refunded: 0, failed: 0, pending: 0 };
  for (const { id } of due) {
    report.tried += 1;
    const after = await executeRefund(id, now);
    if (after?.status === 'refunded') report.refunded += 1;
    else if (after?.status === 'failed') report.failed += 1;
    else report.pending += 1;
  }
  return report;
}
