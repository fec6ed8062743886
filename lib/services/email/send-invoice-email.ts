import { db as defaultDb, type DbOrTx } from '@/db/client';
import type { DeliverEmailOptions } from './deliver-email';
import { and, eq, exists, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { builtOnceQuery, jsonIds, valueFor } from '@/db/built-once';
import { customers, invoices, payments, type Customer } from '@/db/schema';
import { invoiceEinvoiceDocument } from '@/lib/services/einvoice/einvoice-documents';
import { wantsEinvoice } from '@/lib/services/einvoice/wants-einvoice';
import { invoiceEhfAttachment } from './invoice-ehf-attachment';
import { invoicePdfAttachment } from './invoice-pdf-attachment';
import { loadInvoicePdfInput } from './load-invoice-pdf';
import { loadInvoiceEmail, type InvoiceEmailMessage } from './load-invoice-email';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';

type InvoiceEmailOptions = { payUrl?: string | null };

async function invoiceMessage(db: DbOrTx, invoiceId: string, options: InvoiceEmailOptions): Promise<QueueEmailInput<'invoice'>> {
  return invoiceQueueInput(invoiceId, await loadInvoiceEmail(db, invoiceId, options), await invoiceFiles(db, invoiceId));
}

/** What an invoice's e-mail carries as files: nothing (it links the PDF), or what the customer asked for. */
export type InvoiceFiles = { attach: false } | { attach: true; ehf: boolean };

/**
 * The outbox entry of an invoice's message: its key, and its files. An invoice e-mail links its
 * PDF (a signed, expiring link: load-invoice-email.ts), so it carries no attachment and goes out
 * through Resend's batch endpoint; only a customer who asked for the documents attached (a
 * business wanting e-invoices: wantsEinvoice) gets the PDF, and the EHF when one can be made,
 * attached, sent one a request.
 */
export function invoiceQueueInput(invoiceId: string, message: InvoiceEmailMessage, files: InvoiceFiles): QueueEmailInput<'invoice'> {
  const invoice = { id: invoiceId, number: message.props.invoiceNumber };
  return {
    template: 'invoice',
    ...message,
    dedupeKey: `invoice:${invoiceId}`,
    // NOTE: no link without the app's public address (APP_URL): then the PDF goes attached, so
    // the customer still gets their invoice.
    attachments: files.attach || !message.props.pdfUrl ? [invoicePdfAttachment(invoice), ...(files.attach && files.ehf ? [invoiceEhfAttachment(invoice)] : [])] : [],
  };
}

/**
 * A business customer who asked for e-invoices gets the PDF attached, and the EHF too when one can
 * be made (a shop whose identity is incomplete sends the PDF alone rather than no e-mail).
 */
export async function invoiceFilesFor(db: DbOrTx, customer: Parameters<typeof wantsEinvoice>[0], invoiceId: string): Promise<InvoiceFiles> {
  if (!wantsEinvoice(customer)) return { attach: false };
  return { attach: true, ehf: await ehfPossible(db, invoiceId) };
}

/** Built once (db/built-once.ts): every invoice e-mail asks it, hundreds in the demo history. */
const invoiceCustomerStatement = builtOnceQuery<{ customer: Customer }>(() =>
  defaultDb.select({ customer: customers }).from(invoices).innerJoin(customers, eq(invoices.customerId, customers.id)).where(eq(invoices.id, valueFor(invoices.id, 'invoiceId'))),
);

async function invoiceFiles(db: DbOrTx, invoiceId: string): Promise<InvoiceFiles> {
  const [row] = await invoiceCustomerStatement(db, { invoiceId });
  return row ? invoiceFilesFor(db, row.customer, invoiceId) : { attach: false };
}

/** Whether the invoice can be made an EHF (for a customer who wants one; see wantsEinvoice). */
export async function ehfPossible(db: DbOrTx, invoiceId: string): Promise<boolean> {
  const input = await loadInvoicePdfInput(invoiceId, undefined, db);
  return input !== null && invoiceEinvoiceDocument(input).ok;
}

/**
 * Queues the e-mail of a finalized invoice, its PDF linked (or attached: invoiceQueueInput), in the caller's transaction (the
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
 * Sends a finalized invoice to its customer, its PDF linked: paid, or open with a link to pay.
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
 * NOTE: built once (db/built-once.ts), the ids as one JSON parameter: each relayed batch of
 * finalized invoices asks it, and a list of parameters was another statement to build for each
 * length. The planner still finds the invoices by their primary key.
 */
const notSentStatement = builtOnceQuery<{ id: string }>(() => {
  const charged = defaultDb
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.invoiceId, invoices.id), eq(payments.source, 'autopay')));
  return defaultDb
    .select({ id: invoices.id })
    .from(invoices)
    .where(
      and(
        sql`${invoices.id} in ${jsonIds('ids')}`,
        or(and(isNull(invoices.orderId), isNotNull(invoices.term)), and(isNotNull(invoices.orderId), exists(charged))),
      ),
    );
});

/**
 * Of these invoices, those whose e-mail `billing/invoice.finalized` does not send: renewal
 * invoices (a subscription's term, made days before the term), e-mailed by the bill run's `issue`
 * step on the term's start with the pay link, or not at all when autopay charges them; and an
 * order's invoice charged on the stored method (a subscription the merchant starts), which is
 * not "to pay" but being charged, and goes out as paid once paid (startInvoicedOrder), as a
 * checkout's does. One query for a whole batch.
 */
export async function invoicesNotSentOnFinalize(invoiceIds: readonly string[]): Promise<Set<string>> {
  if (invoiceIds.length === 0) return new Set();
  const rows = await notSentStatement(defaultDb, { ids: JSON.stringify(invoiceIds) });
  return new Set(rows.map((row) => row.id));
}

/**
 * The e-mail that follows `billing/invoice.finalized`: an order's invoice is sent at once; a
 * renewal invoice, or one being charged, is not (invoicesNotSentOnFinalize, read for a whole
 * relayed batch when given). Skipped: null.
 */
export async function sendFinalizedInvoiceEmail(invoiceId: string, notSent?: ReadonlySet<string>): Promise<SendEmailResult | null> {
  const known = notSent ?? (await invoicesNotSentOnFinalize([invoiceId]));
  if (known.has(invoiceId)) return null;
  return sendInvoiceEmail(invoiceId);
}
