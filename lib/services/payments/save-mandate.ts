import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { paymentMethods, type Payment } from '@/db/schema';
import { PAYMENT_METHOD_NAMES } from '@/lib/payments/payment-method-names';

/**
 * A paid online payment left a mandate: it becomes the method autopay charges from now on (a
 * customer whose card expired pays the open invoice through the link, and the next term is
 * charged on the new card). The same mandate twice is stored once. `changed`: the autopay
 * method is another one than before.
 */
export async function saveMandate(
  tx: Tx,
  input: { customerId: string; payment: Pick<Payment, 'provider' | 'method'>; mandateRef: string },
): Promise<{ changed: boolean }> {
  const [current] = await tx
    .select({ mandateRef: paymentMethods.mandateRef })
    .from(paymentMethods)
    .where(and(eq(paymentMethods.customerId, input.customerId), eq(paymentMethods.isDefault, true)));
  await tx.update(paymentMethods).set({ isDefault: false }).where(eq(paymentMethods.customerId, input.customerId));
  const [inserted] = await tx
    .insert(paymentMethods)
    .values({
      customerId: input.customerId,
      provider: input.payment.provider,
      type: input.payment.method,
      label: PAYMENT_METHOD_NAMES[input.payment.method],
      mandateRef: input.mandateRef,
      isDefault: true,
    })
    .onConflictDoNothing()
    .returning({ id: paymentMethods.id });
  if (!inserted) {
    await tx.update(paymentMethods).set({ isDefault: true }).where(eq(paymentMethods.mandateRef, input.mandateRef));
  }
  return { changed: current?.mandateRef !== input.mandateRef };
}
