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
  if (state.status !== 'paid' || !state.cardCountry) return;
  await tx.update(payments).set({ cardCountry: state.cardCountry }).where(eq(payments.id, paymentId));
}
