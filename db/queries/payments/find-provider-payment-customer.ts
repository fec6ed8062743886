import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { payments } from '@/db/schema';

/** The customer a provider's payment is for (our payment row naming it), or null when none does. */
export async function findProviderPaymentCustomer(provider: string, providerPaymentId: string): Promise<string | null> {
  const [payment] = await db
    .select({ customerId: payments.customerId })
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.providerPaymentId, providerPaymentId)))
    .limit(1);
  return payment?.customerId ?? null;
}
