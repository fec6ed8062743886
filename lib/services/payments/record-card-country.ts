import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { payments } from '@/db/schema';
import type { ProviderPayment } from '@/lib/payments/types';

/**
 * Keeps the country of the card that paid on the payment, in the transaction that books it paid:
 * OSS evidence of where the customer is (paymentCountryEvidence), beside the billing address and
 * a mandate's IBAN country. Nothing for other methods or outcomes.
 */
export async function recordCardCountry(tx: Tx, paymentId: string, state: Pick<ProviderPayment, 'status' | 'cardCountry'>): Promise<void> {
  const set = cardCountrySet(state);
  if (!set.cardCountry) return;
  await tx.update(payments).set(set).where(eq(payments.id, paymentId));
}

/**
 * What recordCardCountry writes, as fields of the update that books the payment paid: the same
 * value without a second statement. Empty when it writes nothing.
 */
export function cardCountrySet(state: Pick<ProviderPayment, 'status' | 'cardCountry'>): { cardCountry?: string } {
  return state.status === 'paid' && state.cardCountry ? { cardCountry: state.cardCountry } : {};
}
