import { db as defaultDb, type DbOrTx } from '@/db/client';
import type { DeliverEmailOptions } from './deliver-email';
import { invoicePdfAttachment } from './invoice-pdf-attachment';
import { loadInvoiceEmail } from './load-invoice-email';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';

type InvoiceEmailOptions = { payUrl?: string | null };

async function invoiceMessage(db: DbOrTx, invoiceId: string, options: InvoiceEmailOptions): Promise<QueueEmailInput<'invoice'>> {
  const message = await loadInvoiceEmail(db, invoiceId, options);
  return {
    template: 'invoice',
    ...message,
    dedupeKey: `invoice:${invoiceId}`,
    attachments: [invoicePdfAttachment({ id: invoiceId, number: message.props.invoiceNumber })],
  };
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
