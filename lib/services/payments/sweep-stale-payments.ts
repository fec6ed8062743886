import { and, eq, inArray, isNotNull, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, payments } from '@/db/schema';
import { redactError } from '@/lib/errors/redact-error';
import { runCharge } from '@/lib/services/billing/run-charge';
import { resolveInDoubtCheckout } from './checkout-attempt';
import { dropUnmatchedEarlyProviderEvents, matchedEarlyProviderEvents } from './early-provider-events';
import { applyEarlyProviderEvent, syncProviderPayment } from './sync-provider-payment';

/**
 * A provider payment still pending this long after it started has probably lost its webhook (the
 * provider gave up retrying, our endpoint was down, the webhook URL was wrong): the sweep asks
 * the provider itself. Webhooks arrive within seconds, so 15 minutes never races one on its way,
 * and a payer whose webhook was lost waits minutes, not a day, for their order. The same interval
 * spaces the questions about one payment (an open checkout, a SEPA debit taking days), so a few
 * thousand pending payments cost a few calls a second at most.
 */
export const STALE_PAYMENT_AFTER_MS = 15 * 60_000;

export type StalePaymentsReport = { synced: number; resolved: number; early: number; failed: number };

/**
 * What a lost webhook or a crash left behind, each through the code its normal path uses:
 * - webhooks kept because they came before their payment was stored (applied once it is);
 * - attempts whose provider call never answered: a checkout is looked up by its reference
 *   (resolveInDoubtCheckout), an autopay charge asked for by its key first (runCharge);
 * - provider payments pending longer than STALE_PAYMENT_AFTER_MS: read back from the provider
 *   and applied exactly as a webhook (syncProviderPayment).
 * Real customers only: a test clock's payments are dated on its own clock and swept with it.
 * Run by the embedded sweep (tick) and by the `sweep-stale-payments` Inngest cron; two sweeps at
 * once claim disjoint payments (providerCheckedAt).
 */
export async function sweepStalePayments(input: { now: Date; limit?: number }): Promise<StalePaymentsReport> {
  const limit = input.limit ?? 200;
  const cutoff = new Date(input.now.getTime() - STALE_PAYMENT_AFTER_MS);
  const report: StalePaymentsReport = { synced: 0, resolved: 0, early: 0, failed: 0 };
  const attempt = async (what: string, work: () => Promise<unknown>, counter: 'synced' | 'resolved' | 'early') => {
    try {
      await work();
      report[counter] += 1;
    } catch (error) {
      // One provider that cannot answer stops no sweep: the payment is asked again next time.
      report.failed += 1;
      console.error(`[payments] sweep: ${what} failed:`, redactError(error));
    }
  };

  for (const key of await matchedEarlyProviderEvents(limit)) {
    await attempt(`early webhook ${key.provider} ${key.providerPaymentId}`, () => applyEarlyProviderEvent({ ...key, now: input.now }), 'early');
  }

  for (const row of await claim(and(isNull(payments.providerPaymentId), lt(payments.providerRequestedAt, cutoff))!, cutoff, input.now, limit)) {
    await attempt(
      `payment ${row.id} left without the provider's answer`,
      () => (row.source === 'autopay' ? runCharge(row.id, input.now) : resolveInDoubtCheckout(row.id, input.now)),
      'resolved',
    );
  }

  for (const row of await claim(and(isNotNull(payments.providerPaymentId), lt(payments.createdAt, cutoff))!, cutoff, input.now, limit)) {
    await attempt(
      `pending payment ${row.id}`,
      () => syncProviderPayment({ provider: row.provider, providerPaymentId: row.providerPaymentId!, now: input.now }),
      'synced',
    );
  }

  await dropUnmatchedEarlyProviderEvents(input.now);
  return report;
}

/**
 * Takes pending provider payments matching `condition` that no sweep asked about since `cutoff`,
 * marking them asked now, in one statement: a concurrent sweep skips them.
 */
async function claim(condition: SQL, cutoff: Date, now: Date, limit: number) {
  const candidates = db
    .select({ id: payments.id })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(
      and(
        eq(payments.status, 'pending'),
        ne(payments.provider, 'none'),
        isNull(customers.testClockId),
        or(isNull(payments.providerCheckedAt), lt(payments.providerCheckedAt, cutoff)),
        condition,
      ),
    )
    .orderBy(payments.createdAt)
    .limit(limit)
    .for('update', { of: payments, skipLocked: true });
  return db
    .update(payments)
    .set({ providerCheckedAt: now })
    .where(inArray(payments.id, candidates))
    .returning({ id: payments.id, source: payments.source, provider: payments.provider, providerPaymentId: payments.providerPaymentId });
}
