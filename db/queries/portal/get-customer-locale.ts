import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { defaultLocale, type Locale } from '@/lib/i18n/locales';

/** The language the customer (scoped by id) reads the shop in. */
export async function getCustomerLocale(customerId: string): Promise<Locale> {
  const [row] = await db.select({ locale: customers.locale }).from(customers).where(eq(customers.id, customerId));
  return row?.locale ?? defaultLocale;
}
