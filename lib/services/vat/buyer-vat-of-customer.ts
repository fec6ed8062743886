import { eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db as appDb, type DbOrTx } from '@/db/client';
import { customers, type Customer } from '@/db/schema';
import { paymentCountryEvidence } from '@/db/queries/customers/payment-country-evidence';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { buyerVat } from './vat-context-for';

export { paymentCountryEvidence };

/** Built once (db/built-once.ts): every order placed reads it, hundreds in the demo history. */
const customerStatement = builtOnceQuery<Customer>(() =>
  appDb.select().from(customers).where(eq(customers.id, valueFor(customers.id, 'id'))).limit(1),
);

/**
 * The VAT of a sale to a customer at `now` as an order decides it (buyerVat), with the evidence of
 * their country the shop holds; null for no such customer.
 */
export async function buyerVatOfCustomer(db: DbOrTx, customerId: string, now: Date): Promise<Awaited<ReturnType<typeof buyerVat>> | null> {
  const [customer] = await customerStatement(db, { id: customerId });
  if (!customer) return null;
  const settings = await getShopSettings(db);
  const more = (await paymentCountryEvidence(db, [customerId])).get(customerId) ?? [];
  return buyerVat(db, customer, now, settings.vatOssRegistered, more);
}
