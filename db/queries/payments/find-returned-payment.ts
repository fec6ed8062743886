import { and, eq, isNotNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { payments } from '@/db/schema';

/** Whose payments a return URL may name: an order's checkout, or one invoice's. */
export type ReturnScope = { kind: 'order' } | { kind: 'invoice'; invoiceId: string };

/**
 * The payment a provider sent the payer back with, if it is one of `scope`'s; its id only (the
 * state is asked from the provider, never read from the URL).
 */
export async function findReturnedPayment(paymentId: string, scope: ReturnScope): Promise<{ id: string } | null> {
  const [payment] = await db
    .select({ id: payments.id })
    .from(payments)
    .where(
      and(eq(payments.id, paymentId), scope.kind === 'order' ? isNotNull(payments.orderId) : eq(payments.invoiceId, scope.invoiceId)),
    );
  return payment ?? null;
}
