import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { paymentMethods } from '@/db/schema';
import type { MethodDetails } from '@/lib/payments/types';
import { methodLabel } from './method-label';

/**
 * Stores a method the customer saved at the provider and makes it the one autopay charges. The
 * same mandate again (a replayed return) updates its details instead of adding a second row.
 * Returns the method's id, or null when that mandate belongs to another customer.
 */
export async function storeSavedMethod(
  tx: Tx,
  input: { customerId: string; provider: string; mandateRef: string; providerCustomerId: string | null; details: MethodDetails },
): Promise<string | null> {
  const { details } = input;
  const shown = {
    type: details.type,
    label: methodLabel(details),
    brand: details.brand,
    last4: details.last4,
    expiryMonth: details.expiryMonth,
    expiryYear: details.expiryYear,
    ibanMasked: details.ibanMasked,
    providerCustomerId: input.providerCustomerId,
  };
  const [stored] = await tx
    .insert(paymentMethods)
    .values({ customerId: input.customerId, provider: input.provider, mandateRef: input.mandateRef, isDefault: true, ...shown })
    .onConflictDoUpdate({
      target: [paymentMethods.provider, paymentMethods.mandateRef],
      set: { ...shown, isDefault: true },
      setWhere: eq(paymentMethods.customerId, input.customerId),
    })
    .returning({ id: paymentMethods.id });
  if (!stored) return null;
  await tx
    .update(paymentMethods)
    .set({ isDefault: false })
    .where(and(eq(paymentMethods.customerId, input.customerId), ne(paymentMethods.id, stored.id)));
  return stored.id;
}
