import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { paymentMethods, type Payment } from '@/db/schema';
import { PAYMENT_METHOD_NAMES } from '@/lib/payments/payment-method-names';
import { methodLabel } from '@/lib/services/payment-methods/method-label';

/**
 * A paid online payment left a mandate: it becomes the method autopay charges from now on (a
 * customer whose card expired pays the open invoice through the link, and the next term is
 * charged on the new card). The same mandate twice is stored once. `changed`: the autopay
 * method is another one than before.
 */
export async function saveMandate(
  tx: Tx,
  input: { customerId: string; payment: Pick<Payment, 'provider' | 'method'> & Partial<Pick<Payment, 'accountMasked'>>; mandateRef: string },
): Promise<{ changed: boolean }> {
  // NOTE: the default's mandate as it was, read by the update that clears it (joined to the row
  // before the update): one statement where a select and an update were two.
  const before = await tx.execute<{ mandateRef: string | null; wasDefault: boolean }>(sql`
    update ${paymentMethods} as cleared set is_default = false
    from ${paymentMethods} as before
    where before.id = cleared.id and cleared.customer_id = ${input.customerId}
    returning before.mandate_ref as "mandateRef", before.is_default as "wasDefault"`);
  const current = before.find((row) => row.wasDefault);
  // A debit from an IBAN given on our page names its account (the customer sees which one autopay debits).
  const ibanMasked = input.payment.method === 'sepa_debit' ? (input.payment.accountMasked ?? null) : null;
  const last4 = ibanMasked ? ibanMasked.slice(-4) : null;
  const [inserted] = await tx
    .insert(paymentMethods)
    .values({
      customerId: input.customerId,
      provider: input.payment.provider,
      type: input.payment.method,
      label: ibanMasked
        ? methodLabel({ type: 'sepa_debit', brand: null, last4, expiryMonth: null, expiryYear: null, ibanMasked })
        : PAYMENT_METHOD_NAMES[input.payment.method],
      ...(ibanMasked ? { ibanMasked, last4 } : {}),
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
