import { and, asc, desc, eq, gt, gte, inArray, lt, lte, ne, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  creditNoteLines,
  creditNotes,
  customers,
  invoiceLines,
  invoices,
  sellerIdentities,
  type CreditNote,
  type Customer,
  type Invoice,
  type SellerIdentityRow,
} from '@/db/schema';
import type { CreditNotePdfInput } from '@/lib/pdf/credit-note-pdf-input';
import type { InvoicePdfInput } from '@/lib/pdf/invoice-pdf-input';
import { creditNotePdfInputOf, invoicePdfInputOf } from '@/lib/services/documents/document-inputs';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';

/** Documents per batch: one query for the documents, one for all their lines. */
const BATCH = 1_000;

type Window = { from: Date; to: Date };
type Key = { issuedAt: Date; id: string } | null;
type CreditNoteRow = { note: CreditNote; locale: Customer['locale']; invoiceNumber: string | null; invoiceIssuedAt: Date | null; invoicePricesIncludeVat: boolean | null };

function after(table: typeof invoices | typeof creditNotes, key: Key): SQL | undefined {
  return key ? or(gt(table.issuedAt, key.issuedAt), and(eq(table.issuedAt, key.issuedAt), gt(table.id, key.id))) : undefined;
}

/**
 * The seller identity in force at each moment of the window, from every version read once (a
 * shop has a handful): the latest version saved at or before the moment, as getSellerIdentity.
 */
async function identityAt(db: DbOrTx, window: Window): Promise<(at: Date) => SellerIdentityRow | null> {
  const versions = await db
    .select()
    .from(sellerIdentities)
    .where(lte(sellerIdentities.validFrom, window.to))
    .orderBy(desc(sellerIdentities.validFrom), desc(sellerIdentities.id));
  return (at) => versions.find((version) => version.validFrom <= at) ?? null;
}

/** Groups rows by a key in the order they come (the lines' query sorts them by position). */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * Every finalised invoice issued in the window as its document input, in batches: each batch is
 * one keyset page of invoices with their customers (on invoices_issued_at_id_idx) and one query
 * for all their lines, so a month of 100,000 documents costs two queries per thousand instead of
 * four per document, while memory holds two batches. Settings and seller identities are read once.
 */
export async function* periodInvoiceInputs(db: DbOrTx, window: Window): AsyncGenerator<InvoicePdfInput[]> {
  const [settings, identityOf] = await Promise.all([getShopSettings(db), identityAt(db, window)]);
  const page = (key: Key): Promise<{ invoice: Invoice; customer: Customer }[]> =>
    db
      .select({ invoice: invoices, customer: customers })
      .from(invoices)
      .innerJoin(customers, eq(invoices.customerId, customers.id))
      .where(and(ne(invoices.status, 'draft'), gte(invoices.issuedAt, window.from), lt(invoices.issuedAt, window.to), after(invoices, key)))
      .orderBy(asc(invoices.issuedAt), asc(invoices.id))
      .limit(BATCH);
  for await (const rows of prefetched(page, (row) => ({ issuedAt: row.invoice.issuedAt!, id: row.invoice.id }))) {
    const lines = await db
      .select()
      .from(invoiceLines)
      .where(inArray(invoiceLines.invoiceId, rows.map((row) => row.invoice.id)))
      .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position));
    const linesOf = groupBy(lines, (line) => line.invoiceId);
    yield rows.flatMap(({ invoice, customer }) => {
      const input = invoicePdfInputOf({ invoice, customer, lines: linesOf.get(invoice.id) ?? [], settings, identity: identityOf(invoice.issuedAt!) });
      return input ? [input] : [];
    });
  }
}

/** Every credit note issued in the window as its document input, in batches (see periodInvoiceInputs). */
export async function* periodCreditNoteInputs(db: DbOrTx, window: Window): AsyncGenerator<CreditNotePdfInput[]> {
  const [settings, identityOf] = await Promise.all([getShopSettings(db), identityAt(db, window)]);
  const page = (key: Key): Promise<CreditNoteRow[]> =>
    db
      .select({ note: creditNotes, locale: customers.locale, invoiceNumber: invoices.number, invoiceIssuedAt: invoices.issuedAt, invoicePricesIncludeVat: invoices.pricesIncludeVat })
      .from(creditNotes)
      .innerJoin(customers, eq(creditNotes.customerId, customers.id))
      .innerJoin(invoices, eq(creditNotes.invoiceId, invoices.id))
      .where(and(gte(creditNotes.issuedAt, window.from), lt(creditNotes.issuedAt, window.to), after(creditNotes, key)))
      .orderBy(asc(creditNotes.issuedAt), asc(creditNotes.id))
      .limit(BATCH);
  for await (const rows of prefetched(page, (row) => ({ issuedAt: row.note.issuedAt, id: row.note.id }))) {
    const lines = await db
      .select({ line: creditNoteLines, invoiceLine: invoiceLines })
      .from(creditNoteLines)
      .leftJoin(invoiceLines, eq(creditNoteLines.invoiceLineId, invoiceLines.id))
      .where(inArray(creditNoteLines.creditNoteId, rows.map((row) => row.note.id)))
      .orderBy(asc(creditNoteLines.creditNoteId), asc(creditNoteLines.position));
    const linesOf = groupBy(lines, (line) => line.line.creditNoteId);
    yield rows.map((row) =>
      creditNotePdfInputOf({ ...row, lines: linesOf.get(row.note.id) ?? [], settings, identity: identityOf(row.note.issuedAt) }),
    );
  }
}

/**
 * Keyset pages, the next one asked for as soon as the current one arrives: the database reads
 * page n+1 while this process builds and zips page n, so neither waits for the other.
 */
async function* prefetched<T>(page: (key: Key) => Promise<T[]>, keyOf: (row: T) => NonNullable<Key>): AsyncGenerator<T[]> {
  let next: Promise<T[]> | null = page(null);
  while (next) {
    const rows: T[] = await next;
    next = rows.length === BATCH ? page(keyOf(rows.at(-1)!)) : null;
    if (rows.length > 0) yield rows;
  }
}
