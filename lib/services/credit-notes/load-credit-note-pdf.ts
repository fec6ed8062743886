import { and, asc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { creditNoteLines, creditNotes, customers, invoiceLines, invoices } from '@/db/schema';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { creditNotePdfInputOf } from '@/lib/services/documents/document-inputs';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import type { CreditNotePdfInput } from '@/lib/pdf/credit-note-pdf-input';

const creditNoteId = z.uuid();

/**
 * What the PDF of one credit note shows, from the stored note: its frozen customer snapshot,
 * lines and totals, in the customer's language. Null when there is no such note or when `scope`
 * names another customer: asking for someone else's note reveals nothing, not even that it exists.
 */
export async function loadCreditNotePdfInput(
  id: string,
  scope?: { customerId: string },
  db: DbOrTx = defaultDb,
): Promise<CreditNotePdfInput | null> {
  if (!creditNoteId.safeParse(id).success) return null;
  const conditions: SQL[] = [eq(creditNotes.id, id)];
  if (scope) conditions.push(eq(creditNotes.customerId, scope.customerId));
  const [row] = await db
    .select({ note: creditNotes, locale: customers.locale, invoiceNumber: invoices.number, invoiceIssuedAt: invoices.issuedAt, invoicePricesIncludeVat: invoices.pricesIncludeVat })
    .from(creditNotes)
    .innerJoin(customers, eq(creditNotes.customerId, customers.id))
    .innerJoin(invoices, eq(creditNotes.invoiceId, invoices.id))
    .where(and(...conditions))
    .limit(1);
  if (!row) return null;
  const { note } = row;

  const lines = await db
    .select({ line: creditNoteLines, invoiceLine: invoiceLines })
    .from(creditNoteLines)
    .leftJoin(invoiceLines, eq(creditNoteLines.invoiceLineId, invoiceLines.id))
    .where(eq(creditNoteLines.creditNoteId, note.id))
    .orderBy(asc(creditNoteLines.position));
  const [settings, identity] = await Promise.all([getShopSettings(db), getSellerIdentity(note.issuedAt, db)]);
  return creditNotePdfInputOf({ note, locale: row.locale, invoiceNumber: row.invoiceNumber, invoiceIssuedAt: row.invoiceIssuedAt, invoicePricesIncludeVat: row.invoicePricesIncludeVat, lines, settings, identity });
}
