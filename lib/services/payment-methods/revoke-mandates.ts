import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { mandateRevocations } from '@/db/schema';
import { providerById } from '@/lib/payments/providers';

/** How long a claimed revocation is left to its worker before another may try it. */
const LEASE_MS = 5 * 60_000;
/** Retries back off from a minute to at most six hours. */
const MAX_BACKOFF_MS = 6 * 3_600_000;

export function revocationBackoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

/**
 * Records, in the transaction that deletes a method, that its mandate must end at the provider.
 * A mandate already on record (removed twice, or shared by two rows) is recorded once.
 */
export async function queueMandateRevocation(tx: Tx, method: { customerId: string; provider: string; mandateRef: string | null }): Promise<string | null> {
  if (!method.mandateRef) return null;
  const [row] = await tx
    .insert(mandateRevocations)
    .values({ customerId: method.customerId, provider: method.provider, mandateRef: method.mandateRef })
    .onConflictDoNothing()
    .returning({ id: mandateRevocations.id });
  return row?.id ?? null;
}

export type RevocationRun = { revoked: number; gone: number; failed: number };

/**
 * Ends due mandates at their providers: the ones just queued (`ids`, right after the removal
 * commits) or, from the billing sweep, every one whose retry is due. Each is claimed with a lease
 * in a short transaction (SKIP LOCKED, so two sweeps never call twice at once) and the provider is
 * called outside it; a failure is kept with its reason and tried again later.
 */
export async function revokeDueMandates(input: { now: Date; ids?: string[]; limit?: number }): Promise<RevocationRun> {
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: mandateRevocations.id })
      .from(mandateRevocations)
      .where(
        and(
          isNull(mandateRevocations.doneAt),
          // A first attempt goes at once; a retry (or a lease another worker holds) only when due.
          input.ids
            ? and(inArray(mandateRevocations.id, input.ids), or(eq(mandateRevocations.attempts, 0), lte(mandateRevocations.nextAttemptAt, input.now)))
            : lte(mandateRevocations.nextAttemptAt, input.now),
        ),
      )
      .orderBy(asc(mandateRevocations.nextAttemptAt))
      .limit(input.limit ?? 100)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(mandateRevocations)
      .set({ attempts: sql`${mandateRevocations.attempts} + 1`, nextAttemptAt: new Date(input.now.getTime() + LEASE_MS) })
      .where(inArray(mandateRevocations.id, due.map((row) => row.id)))
      .returning();
  });
  const run: RevocationRun = { revoked: 0, gone: 0, failed: 0 };
  for (const revocation of claimed) {
    try {
      const outcome = await providerById(revocation.provider).revokeMandate(revocation.mandateRef);
      await db
        .update(mandateRevocations)
        .set({ doneAt: new Date(), outcome, lastError: null })
        .where(eq(mandateRevocations.id, revocation.id));
      run[outcome] += 1;
    } catch (error) {
      run.failed += 1;
      await db
        .update(mandateRevocations)
        .set({
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
          nextAttemptAt: new Date(input.now.getTime() + revocationBackoffMs(revocation.attempts)),
        })
        .where(eq(mandateRevocations.id, revocation.id));
    }
  }
  return run;
}
