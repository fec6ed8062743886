import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { builtOnceQuery, placeholders, valueFor } from '@/db/built-once';
import { db } from '@/db/client';
import { testProviderPayments, type TestProviderPayment } from '@/db/schema';
import type { NewTestPayment, TestProviderStore } from './test-provider-store';
import { redactError } from '@/lib/errors/redact-error';

/** Writes started by addInBackground and not finished yet, by payment id (this process only). */
const inFlight = new Map<string, Promise<void>>();

async function settled(id: string): Promise<void> {
  await inFlight.get(id);
}

// NOTE: the reads and writes of each charge built once (db/built-once.ts): the demo history and
// the bill run's autopay charge the test provider thousands of times.
const findStatement = builtOnceQuery<TestProviderPayment>(() =>
  db.select().from(testProviderPayments).where(eq(testProviderPayments.id, valueFor(testProviderPayments.id, 'id'))).limit(1),
);

async function find(id: string) {
  await settled(id);
  const [row] = await findStatement(db, { id });
  return row ?? null;
}

/**
 * An insert per set of fields given (a field left out is the column's default), built once each.
 * It returns the row written (none when the id was there already), so a caller reads what it added
 * without a select after it.
 */
const addStatements = new Map<string, ReturnType<typeof builtOnceQuery<TestProviderPayment>>>();
function addStatement(payment: NewTestPayment) {
  const fields = (Object.keys(payment) as (keyof NewTestPayment)[]).filter((field) => payment[field] !== undefined);
  const key = fields.join();
  let statement = addStatements.get(key);
  if (!statement) {
    statement = builtOnceQuery<TestProviderPayment>(() =>
      db.insert(testProviderPayments).values(placeholders(...fields) as never).onConflictDoNothing().returning(),
    );
    addStatements.set(key, statement);
  }
  return statement;
}

/**
 * The test provider's ledger in the `test_provider_payments` table, written on the pool's own
 * connections: a checkout rolled back by the shop leaves the provider's payment behind, open and
 * never paid, as it would at Mollie or Stripe.
 *
 * NOTE: the shop calls providers outside its transactions, but a caller that holds one must not
 * deadlock: with the embedded database (one session, one transaction at a time) a write on
 * another connection waits for that transaction to end, so addInBackground starts the write and
 * lets the caller commit; this store's reads and changes of that id wait for it.
 */
export const postgresTestProviderStore: TestProviderStore = {
  async add(payment) {
    const [row] = await addStatement(payment)(db, payment);
    return row ?? null;
  },

  addInBackground(payment) {
    const write = this.add(payment)
      .then(() => undefined)
      .finally(() => inFlight.delete(payment.id));
    inFlight.set(payment.id, write);
    write.catch((error: unknown) => console.error(`Test provider could not record payment ${payment.id}:`, redactError(error)));
  },

  find,

  async countFailedCharges(mandateRef) {
    const [row] = await db
      .select({ failed: sql<number>`count(*)::int` })
      .from(testProviderPayments)
      .where(and(eq(testProviderPayments.mandateRef, mandateRef), eq(testProviderPayments.kind, 'charge'), eq(testProviderPayments.status, 'failed')));
    return row?.failed ?? 0;
  },

  async transition(id, from, change) {
    await settled(id);
    const [row] = await db
      .update(testProviderPayments)
      .set(change)
      .where(and(eq(testProviderPayments.id, id), inArray(testProviderPayments.status, [...from])))
      .returning();
    return row ?? null;
  },

  async refund({ id, paymentId, amountMinor, currency, description }) {
    await settled(paymentId);
    await db.transaction(async (tx) => {
      const [payment] = await tx.select().from(testProviderPayments).where(eq(testProviderPayments.id, paymentId)).for('update');
      if (!payment || payment.status !== 'paid') {
        throw new Error(`Test provider: payment ${paymentId} is not paid and cannot be refunded`);
      }
      if (payment.refundedMinor + amountMinor > payment.amountMinor) {
        throw new Error(`Test provider: refund exceeds what is left of payment ${payment.id}`);
      }
      await tx
        .update(testProviderPayments)
        .set({ refundedMinor: sql`${testProviderPayments.refundedMinor} + ${amountMinor}` })
        .where(eq(testProviderPayments.id, payment.id));
      await tx.insert(testProviderPayments).values({
        id,
        kind: 'refund',
        refundOf: payment.id,
        amountMinor,
        currency,
        description,
        returnUrl: '',
        status: 'paid',
        completedAt: new Date(),
      });
    });
  },

  async listLatest(limit) {
    return db.select().from(testProviderPayments).orderBy(desc(testProviderPayments.createdAt)).limit(limit);
  },

  async listChargedBack(since) {
    return db
      .select()
      .from(testProviderPayments)
      .where(and(eq(testProviderPayments.status, 'charged_back'), gte(testProviderPayments.chargedBackAt, since)))
      .orderBy(desc(testProviderPayments.chargedBackAt));
  },
};
