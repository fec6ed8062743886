import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices } from '@/db/schema';

/** The currency of one invoice (the merchant's, any customer), or null when there is no such invoice. */
export async function getInvoiceCurrency(invoiceId: string): Promise<string | null> {
  const [invoice] = await db.select({ currency: invoices.currency }).from(invoices).where(eq(invoices.id, invoiceId));
  return invoice?.currency ?? null;
}
