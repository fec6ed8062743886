import { db as defaultDb, type DbOrTx } from '@/db/client';
import type { DeliverEmailOptions } from './deliver-email';
import { eq } from 'drizzle-orm';
import { customers, invoices } from '@/db/schema';
import { invoiceEinvoiceDocument } from '@/lib/services/einvoice/einvoice-documents';
import { wantsEinvoice } from '@/lib/services/einvoice/wants-einvoice';
import { invoiceEhfAttachment } from './invoice-ehf-attachment';
import { invoicePdfAttachment } from './invoice-pdf-attachment';
import { loadInvoicePdfInput } from './load-invoice-pdf';
import { loadInvoiceEmail } from './load-invoice-email';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';

type InvoiceEmailOptions = { payUrl?: string | null };

async function invoiceMessage(db: DbOrTx, invoiceId: string, options: InvoiceEmailOptions): Promise<QueueEmailInput<'invoice'>> {
  const message = await loadInvoiceEmail(db, invoiceId, options);
  const invoice = { id: invoiceId, number: message.props.invoiceNumber };
  return {
    template: 'invoice',
    ...message,
    dedupeKey: `invoice:${invoiceId}`,
    attachments: [invoicePdfAttachment(invoice), ...((await ehfWanted(db, invoiceId)) ? [invoiceEhfAttachment(invoice)] : [])],
  };
}

/**
 * A business customer who asked for e-invoices gets the EHF too, when one can be made (a shop
 * whose identity is incomplete sends the PDF alone rather than no e-mail).
 */
async function ehfWanted(db: DbOrTx, invoiceId: string): Promise<boolean> {
  const [row] = await db.select({ customer: customers }).from(invoices).innerJoin(customers, eq(invoices.customerId, customers.id)).where(eq(invoices.id, invoiceId));
  if (!row || !wantsEinvoice(row.customer)) return false;
  const input = await loadInvoicePdfInput(invoiceId, undefined, db);
  return input !== null && invoiceEinvoiceDocument(input).ok;
}

/**
 * Queues the e-mail of a finalized invoice, its PDF attached, in the caller's transaction (the
 * engine's `issue` step). Idempotent: the dedupe key `invoice:<invoiceId>` allows one message.
 */
export async function queueInvoiceEmail(
  db: DbOrTx,
  invoiceId: string,
  options: InvoiceEmailOptions = {},
): Promise<{ id: string; created: boolean }> {
  return queueEmail(db, await invoiceMessage(db, invoiceId, options));
}

/**
 * Sends a finalized invoice to its customer, its PDF attached: paid, or open with a link to pay.
 * Idempotent: the dedupe key `invoice:<invoiceId>` allows one message per invoice.
 */
export async function sendInvoiceEmail(
  invoiceId: string,
  options: InvoiceEmailOptions & Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult> {
  const { payUrl, ...deliver } = options;
  return sendEmail(await invoiceMessage(defaultDb, invoiceId, { payUrl }), deliver);
}

/**
 * The e-mail that follows `billing/invoice.finalized`: an order's invoice is sent at once; a
 * renewal invoice (a subscription's term, made by the bill run days before the term) is not, as
 * the bill run's own `issue` step sends it on the term's start, with the pay link or after the
 * autopay charge (queueInvoiceEmail). Skipped: null.
 */
export async function sendFinalizedInvoiceEmail(invoiceId: string): Promise<SendEmailResult | null> {
  const [row] = await defaultDb
    .select({ orderId: invoices.orderId, term: invoices.term })
    .from(invoices)
    .where(eq(invoices.id, invoiceId));
  if (row && row.orderId === null && row.term !== null) return null;
  return sendInvoiceEmail(invoiceId);
}
