import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { paymentMethodSetups, payments } from '@/db/schema';

/**
 * The customer a provider's payment is for (our payment row naming it, or our setup row for a
 * method being saved), or null when none does.
 */
export async function findProviderPaymentCustomer(provider: string, providerPaymentId: string): Promise<string | null> {
  const [payment] = await db
    .select({ customerId: payments.customerId })
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.providerPaymentId, providerPaymentId)))
    .limit(1);
  if (payment) return payment.customerId;
  const [setup] = await db
    .select({ customerId: paymentMethodSetups.customerId })
    .from(paymentMethodSetups)
    .where(and(eq(paymentMethodSetups.provider, provider), eq(paymentMethodSetups.providerSetupId, providerPaymentId)))
    .limit(1);
  return setup?.customerId ?? null;
}
