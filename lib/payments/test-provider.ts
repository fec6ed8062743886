import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { testProviderPayments, type TestProviderPayment } from '@/db/schema';
import { mandateBehaviour } from './test-provider-outcomes';
import { parseTestWebhook } from './test-provider-webhook';
import { ProviderUnavailableError, type PaymentProvider, type ProviderPayment } from './types';

const idFromKey = (prefix: string, key: string) =>
  `${prefix}_${crypto.createHash('sha256').update(key).digest('hex').slice(0, 24)}`;

/**
 * The embedded payment provider: a hosted page inside the app (like a provider's sandbox) where
 * the payer picks the outcome, and a mandate whose later charges behave as picked there. Its
 * ledger is its own table, read only through this interface.
 */
export const testProvider: PaymentProvider = {
  id: 'test',

  async createCheckout(db, request) {
    const id = `tp_${crypto.randomBytes(12).toString('hex')}`;
    await db.insert(testProviderPayments).values({
      id,
      amountMinor: request.amountMinor,
      currency: request.currency,
      description: request.description,
      returnUrl: request.returnUrl,
      method: request.method,
    });
    return { providerPaymentId: id, redirectUrl: `/test-provider/pay/${id}` };
  },

  async chargeMandate(db, request) {
    // The provider's own idempotency: the same key always names the same payment.
    const id = idFromKey('tp', request.idempotencyKey);
    const existing = await readPayment(db, id);
    if (existing) return stateOf(existing);

    const behaviour = mandateBehaviour(request.mandateRef);
    const outcome = await chargeOutcome(db, behaviour, request.mandateRef);
    await db
      .insert(testProviderPayments)
      .values({
        id,
        kind: 'charge',
        amountMinor: request.amountMinor,
        currency: request.currency,
        description: request.description,
        returnUrl: '',
        mandateRef: request.mandateRef,
        method: behaviour === 'bouncing' ? 'directdebit' : 'card',
        ...outcome,
        completedAt: new Date(),
      })
      .onConflictDoNothing();
    // A provider that accepted the charge and then timed out: the caller must retry with the
    // same key and must get this very payment back, not a second charge.
    if (behaviour === 'timeout-once') throw new ProviderUnavailableError('Test provider timed out after accepting the charge');
    const payment = await readPayment(db, id);
    if (!payment) throw new Error(`Test provider lost payment ${id}`);
    return stateOf(payment);
  },

  async getPayment(db, providerPaymentId) {
    const row = await readPayment(db, providerPaymentId);
    return row ? stateOf(row) : null;
  },

  async refund(db, request) {
    const id = idFromKey('tr', request.idempotencyKey);
    return db.transaction(async (tx) => {
      const [done] = await tx.select().from(testProviderPayments).where(eq(testProviderPayments.id, id));
      if (done) return { providerRefundId: id, status: done.status === 'paid' ? ('refunded' as const) : ('failed' as const) };
      const [payment] = await tx
        .select()
        .from(testProviderPayments)
        .where(eq(testProviderPayments.id, request.providerPaymentId))
        .for('update');
      if (!payment || payment.status !== 'paid') {
        throw new Error(`Test provider: payment ${request.providerPaymentId} is not paid and cannot be refunded`);
      }
      if (payment.refundedMinor + request.amountMinor > payment.amountMinor) {
        throw new Error(`Test provider: refund exceeds what is left of payment ${payment.id}`);
      }
      await tx
        .update(testProviderPayments)
        .set({ refundedMinor: sql`${testProviderPayments.refundedMinor} + ${request.amountMinor}` })
        .where(eq(testProviderPayments.id, payment.id));
      await tx.insert(testProviderPayments).values({
        id,
        kind: 'refund',
        refundOf: payment.id,
        amountMinor: request.amountMinor,
        currency: request.currency,
        description: request.description,
        returnUrl: '',
        status: 'paid',
        completedAt: new Date(),
      });
      return { providerRefundId: id, status: 'refunded' as const };
    });
  },

  parseWebhook: parseTestWebhook,
};

async function readPayment(db: DbOrTx, id: string): Promise<TestProviderPayment | undefined> {
  const [row] = await db.select().from(testProviderPayments).where(eq(testProviderPayments.id, id)).limit(1);
  return row;
}

function stateOf(row: TestProviderPayment): ProviderPayment {
  return {
    providerPaymentId: row.id,
    status: row.status,
    failureReason: row.failureReason,
    failureKind: row.failureKind,
    // A paid checkout leaves the mandate the payer chose on the hosted page.
    mandateRef: row.status === 'paid' || row.status === 'charged_back' ? row.mandateRef : null,
    method: row.method,
  };
}

type ChargeOutcome = Pick<TestProviderPayment, 'status' | 'failureReason' | 'failureKind'>;

/** How a charge on a test mandate ends, by the behaviour the payer picked for it. */
async function chargeOutcome(db: DbOrTx, behaviour: ReturnType<typeof mandateBehaviour>, mandateRef: string): Promise<ChargeOutcome> {
  if (behaviour === 'failing') return { status: 'failed', failureReason: 'Declined: the card has expired', failureKind: 'permanent' };
  if (behaviour === 'flaky') {
    // Like a card short of funds until payday: the first two charges on it fail, then it works.
    const [row] = await db
      .select({ failed: sql<number>`count(*)::int` })
      .from(testProviderPayments)
      .where(and(eq(testProviderPayments.mandateRef, mandateRef), eq(testProviderPayments.kind, 'charge'), eq(testProviderPayments.status, 'failed')));
    if ((row?.failed ?? 0) < 2) return { status: 'failed', failureReason: 'Declined: insufficient funds', failureKind: 'temporary' };
  }
  return { status: 'paid', failureReason: null, failureKind: null };
}
