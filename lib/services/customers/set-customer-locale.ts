import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The language a customer reads the shop, their e-mails and their PDFs in: what they last chose
 * with the language switcher while signed in.
 */
export async function setCustomerLocale(customerId: string, locale: Locale): Promise<void> {
  await db.update(customers).set({ locale }).where(eq(customers.id, customerId));
}
