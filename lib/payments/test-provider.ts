import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { testProviderPayments } from '@/db/schema';
import type { PaymentProvider } from './types';

/**
 * The embedded payment provider: a hosted page inside the app (like a provider's sandbox) where
 * the payer picks the outcome. Its ledger is its own table, read only through this interface.
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
    });
    return { providerPaymentId: id, redirectUrl: `/test-provider/pay/${id}` };
  },

  async chargeMandate(db, request) {
    // The provider's own idempotency: the same key always names the same payment.
    const id = `tp_${crypto.createHash('sha256').update(request.idempotencyKey).digest('hex').slice(0, 24)}`;
    await db
      .insert(testProviderPayments)
      .values({
        id,
        amountMinor: request.amountMinor,
        currency: request.currency,
        description: request.description,
        returnUrl: '',
        status: 'paid',
        completedAt: new Date(),
      })
      .onConflictDoNothing();
    const payment = await this.getPayment(db, id);
    if (!payment) throw new Error(`Test provider lost payment ${id}`);
    return payment;
  },

  async getPayment(db, providerPaymentId) {
    const [row] = await db
      .select()
      .from(testProviderPayments)
      .where(eq(testProviderPayments.id, providerPaymentId))
      .limit(1);
    if (!row) return null;
    return {
      providerPaymentId: row.id,
      status: row.status,
      failureReason: row.failureReason,
      mandateRef: row.status === 'paid' ? `test_mandate_${row.id}` : null,
    };
  },
};
