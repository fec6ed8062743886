import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { clockCondition, type ClockScope } from '@/db/queries/clock-scope';
import { customers, paymentMethods } from '@/db/schema';
import { CARD_EXPIRY_NOTICE_DAYS } from '@/lib/billing/card-expiry';
import { queueCardExpiring } from '@/lib/services/email/send-card-expiring';

/**
 * Part of the billing sweep: tells each customer whose stored card stops working within
 * CARD_EXPIRY_NOTICE_DAYS (lib/billing/card-expiry.ts, the same rule in SQL) once, with a link to
 * Min Side. The card is marked in the transaction that queues the e-mail, and the e-mail has a
 * dedupe key of its own, so a second sweep, or two at once (SKIP LOCKED), sends nothing more.
 */
export async function sendCardExpiryNotices(input: { now: Date; scope: ClockScope; limit?: number }): Promise<number> {
  const expiresAt = sql`make_timestamptz(${paymentMethods.expiryYear}, ${paymentMethods.expiryMonth}, 1, 0, 0, 0, 'UTC') + interval '1 month'`;
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: paymentMethods.id })
      .from(paymentMethods)
      .innerJoin(customers, eq(paymentMethods.customerId, customers.id))
      .where(
        and(
          eq(paymentMethods.type, 'card'),
          isNull(paymentMethods.expiryNoticeAt),
          isNotNull(paymentMethods.expiryYear),
          isNotNull(paymentMethods.expiryMonth),
          isNotNull(paymentMethods.mandateRef),
          isNull(customers.erasedAt),
          clockCondition(input.scope),
          sql`${expiresAt} > ${input.now.toISOString()}::timestamptz`,
          sql`${expiresAt} - make_interval(days => ${CARD_EXPIRY_NOTICE_DAYS}) <= ${input.now.toISOString()}::timestamptz`,
        ),
      )
      .limit(input.limit ?? 500)
      .for('update', { of: paymentMethods, skipLocked: true });
    for (const { id } of due) {
      await queueCardExpiring(tx, id);
      await tx.update(paymentMethods).set({ expiryNoticeAt: input.now }).where(eq(paymentMethods.id, id));
    }
    return due.length;
  });
}
