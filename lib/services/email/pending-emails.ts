import { and, asc, eq, inArray, isNull, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { billingActions, customers, emailComposeQueue, invoices, subscriptions, type EmailComposeItem } from '@/db/schema';

/** What a message is built from: an invoice, or a subscription's term (its announcement). */
export type ComposeInput = { invoiceId: string } | { subscriptionId: string; term: number };

/** A message the engine decided on and that is not in the outbox yet. */
export type PendingEmail = {
  dedupeKey: string;
  builder: 'invoice' | 'term-announcement';
  input: ComposeInput;
  testClockId: string | null;
  /** Where it is owed: a flag on the row the engine wrote, or the retry queue (composing failed). */
  source: 'flag' | 'retry';
};

const MAX_COMPOSE_ATTEMPTS = 5;

/**
 * Up to `limit` pending messages, oldest first within each kind: term announcements (flagged on
 * the action log), invoice e-mails (flagged on the invoice), then earlier failures to retry.
 * `testClockId`: undefined for all, null for real customers only, or one clock's.
 */
export function listPendingEmails(db: DbOrTx, input: { limit: number; testClockId?: string | null }): Promise<PendingEmail[]> {
  return selectPending(db, input, false);
}

/**
 * Takes up to `limit` pending messages for this transaction, in the order listPendingEmails
 * gives: their rows are locked FOR UPDATE SKIP LOCKED, so a second composer running at once takes
 * the next ones instead of waiting or composing these again. The caller clears the flags
 * (clearPendingFlags) in the same transaction, with the messages stored. `skipRetries` and
 * `retriesBefore`: retry rows that already failed in this run (here, or in a composer running
 * beside it) are not tried again until the next one.
 */
export function claimPendingBatch(tx: Tx, input: { limit: number; testClockId?: string | null; skipRetries?: string[]; retriesBefore?: Date }): Promise<PendingEmail[]> {
  return selectPending(tx, input, true);
}

async function selectPending(db: DbOrTx, input: { limit: number; testClockId?: string | null; skipRetries?: string[]; retriesBefore?: Date }, lock: boolean): Promise<PendingEmail[]> {
  const clock = (column: typeof customers.testClockId | typeof emailComposeQueue.testClockId): SQL | undefined =>
    input.testClockId === undefined ? undefined : input.testClockId === null ? isNull(column) : eq(column, input.testClockId);
  const found: PendingEmail[] = [];
  const announcements = db
    .select({ subscriptionId: billingActions.subscriptionId, term: billingActions.term, testClockId: customers.testClockId })
    .from(billingActions)
    .innerJoin(subscriptions, eq(billingActions.subscriptionId, subscriptions.id))
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(and(eq(billingActions.mailPending, true), eq(billingActions.action, 'announce'), clock(customers.testClockId)))
    .orderBy(asc(billingActions.appliedAt))
    .limit(input.limit)
    .$dynamic();
  if (lock) announcements.for('update', { of: billingActions, skipLocked: true });
  for (const a of await announcements) found.push(announcementItem(a));

  if (found.length < input.limit) {
    const invoiceRows = db
      .select({ id: invoices.id, testClockId: customers.testClockId })
      .from(invoices)
      .innerJoin(customers, eq(invoices.customerId, customers.id))
      .where(and(eq(invoices.emailPending, true), clock(customers.testClockId)))
      .orderBy(asc(invoices.issuedAt))
      .limit(input.limit - found.length)
      .$dynamic();
    if (lock) invoiceRows.for('update', { of: invoices, skipLocked: true });
    for (const i of await invoiceRows) found.push(invoiceItem(i));
  }

  if (found.length < input.limit) {
    const retries = db
      .select()
      .from(emailComposeQueue)
      .where(
        and(
          lt(emailComposeQueue.attempts, MAX_COMPOSE_ATTEMPTS),
          clock(emailComposeQueue.testClockId),
          input.skipRetries?.length ? notInArray(emailComposeQueue.dedupeKey, input.skipRetries) : undefined,
          input.retriesBefore ? lt(emailComposeQueue.lastAttemptAt, input.retriesBefore) : undefined,
        ),
      )
      .orderBy(asc(emailComposeQueue.createdAt))
      .limit(input.limit - found.length)
      .$dynamic();
    if (lock) retries.for('update', { skipLocked: true });
    for (const r of await retries) found.push(retryItem(r));
  }
  return found;
}

/**
 * Clears the flags of claimed messages (composed, or moved to the retry queue) and deletes the
 * retry rows of those composed: one statement per kind for the whole batch.
 */
export async function clearPendingFlags(tx: Tx, claimed: PendingEmail[], composedRetryKeys: string[]): Promise<void> {
  const invoiceIds = claimed.flatMap((c) => (c.source === 'flag' && 'invoiceId' in c.input ? [c.input.invoiceId] : []));
  const terms = claimed.flatMap((c) => (c.source === 'flag' && 'term' in c.input ? [c.input] : []));
  if (invoiceIds.length) await tx.update(invoices).set({ emailPending: false }).where(inArray(invoices.id, invoiceIds));
  if (terms.length) {
    const keys = sql.join(terms.map((t) => sql`(${t.subscriptionId}::uuid, ${t.term}::int)`), sql`, `);
    await tx
      .update(billingActions)
      .set({ mailPending: false })
      .where(and(eq(billingActions.action, 'announce'), sql`(${billingActions.subscriptionId}, ${billingActions.term}) in (${keys})`));
  }
  if (composedRetryKeys.length) await tx.delete(emailComposeQueue).where(inArray(emailComposeQueue.dedupeKey, composedRetryKeys));
}

const announcementItem = (a: { subscriptionId: string; term: number; testClockId: string | null }): PendingEmail => ({
  dedupeKey: `term-announcement:${a.subscriptionId}:${a.term}`,
  builder: 'term-announcement',
  input: { subscriptionId: a.subscriptionId, term: a.term },
  testClockId: a.testClockId,
  source: 'flag',
});
const invoiceItem = (i: { id: string; testClockId: string | null }): PendingEmail => ({
  dedupeKey: `invoice:${i.id}`,
  builder: 'invoice',
  input: { invoiceId: i.id },
  testClockId: i.testClockId,
  source: 'flag',
});
const retryItem = (r: EmailComposeItem): PendingEmail => ({
  dedupeKey: r.dedupeKey,
  builder: r.builder,
  input: r.input as ComposeInput,
  testClockId: r.testClockId,
  source: 'retry',
});

/**
 * Takes a pending message for this transaction: clears its flag (or locks its retry row), and
 * answers false when another composer already has it or has composed it.
 *
 * NOTE: the UPDATE ... WHERE flag waits for a composer holding the row and then sees the flag
 * cleared, so two composers never render the same message twice.
 */
export async function claimPendingEmail(tx: Tx, item: PendingEmail): Promise<boolean> {
  if (item.source === 'retry') {
    const [locked] = await tx
      .select({ key: emailComposeQueue.dedupeKey })
      .from(emailComposeQueue)
      .where(eq(emailComposeQueue.dedupeKey, item.dedupeKey))
      .for('update', { skipLocked: true });
    return Boolean(locked);
  }
  if ('invoiceId' in item.input) {
    const cleared = await tx
      .update(invoices)
      .set({ emailPending: false })
      .where(and(eq(invoices.id, item.input.invoiceId), eq(invoices.emailPending, true)))
      .returning({ id: invoices.id });
    return cleared.length > 0;
  }
  const cleared = await tx
    .update(billingActions)
    .set({ mailPending: false })
    .where(
      and(
        eq(billingActions.subscriptionId, item.input.subscriptionId),
        eq(billingActions.term, item.input.term),
        eq(billingActions.action, 'announce'),
        eq(billingActions.mailPending, true),
      ),
    )
    .returning({ term: billingActions.term });
  return cleared.length > 0;
}

/**
 * A message that could not be composed: kept in the retry queue with the reason (and its flag
 * cleared), so it is retried later and never blocks the others.
 */
export async function recordComposeFailure(tx: Tx, item: PendingEmail, error: string): Promise<void> {
  if (item.source === 'flag') await claimPendingEmail(tx, item);
  await tx
    .insert(emailComposeQueue)
    .values({ dedupeKey: item.dedupeKey, builder: item.builder, input: item.input, testClockId: item.testClockId, attempts: 1, lastError: error })
    .onConflictDoUpdate({
      target: emailComposeQueue.dedupeKey,
      set: { attempts: sql`${emailComposeQueue.attempts} + 1`, lastError: error, lastAttemptAt: sql`now()` },
    });
}
