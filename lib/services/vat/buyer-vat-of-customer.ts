import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { customers } from '@/db/schema';
import { paymentCountryEvidence } from '@/db/queries/customers/payment-country-evidence';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { buyerVat } from './vat-context-for';

export { paymentCountryEvidence };

/**
 * The VAT of a sale to a customer at `now` as an order decides it (buyerVat), with the evidence of
 * their country the shop holds; null for no such customer.
 */
export async function buyerVatOfCustomer(db: DbOrTx, customerId: string, now: Date): Promise<Awaited<ReturnType<typeof buyerVat>> | null> {
  const [customer] = await db.select().from(customers).where(eq(customers.id, customerId)).limit(1);
  if (!customer) return null;
  const settings = await getShopSettings(db);
  const more = (await paymentCountryEvidence(db, [customerId])).get(customerId) ?? [];
  return buyerVat(db, customer, now, settings.vatOssRegistered, more);
}
