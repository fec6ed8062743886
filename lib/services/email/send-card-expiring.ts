import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { customers, paymentMethods } from '@/db/schema';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { appUrl } from './app-url';
import { queueEmail } from './queue-email';

/**
 * Queues "your card expires soon" for one stored card, linking to Min Side → Payment methods.
 * Idempotent: one message per card ever (`card-expiring:<methodId>`).
 */
export async function queueCardExpiring(db: DbOrTx, methodId: string): Promise<{ id: string; created: boolean } | null> {
  const [row] = await db
    .select({ method: paymentMethods, customer: customers })
    .from(paymentMethods)
    .innerJoin(customers, eq(paymentMethods.customerId, customers.id))
    .where(eq(paymentMethods.id, methodId));
  if (!row) throw new Error(`Payment method ${methodId} does not exist`);
  const { method, customer } = row;
  if (method.type !== 'card' || !method.expiryMonth || !method.expiryYear) return null;
  const settings = await getShopSettings(db);
  return queueEmail(db, {
    template: 'card-expiring',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `card-expiring:${method.id}`,
    props: {
      shop: { name: settings.name, supportEmail: settings.supportEmail },
      customerName: customer.name,
      cardLabel: method.label,
      expiryMonth: method.expiryMonth,
      expiryYear: method.expiryYear,
      usedForAutopay: method.isDefault && method.mandateRef !== null,
      updateUrl: appUrl('/account/payment-methods'),
    },
  });
}
