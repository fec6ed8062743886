import { db } from '@/db/client';
import type { DeliverEmailOptions } from './deliver-email';
import { loadInvoiceEmail } from './load-invoice-email';
import { sendEmail, type SendEmailResult } from './send-email';

/**
 * Sends a finalized invoice to its customer: paid, or open with a link to pay it.
 * Idempotent: the dedupe key `invoice:<invoiceId>` allows one message per invoice.
 */
export async function sendInvoiceEmail(
  invoiceId: string,
  options: { payUrl?: string | null } & Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult> {
  const { payUrl, ...deliver } = options;
  const message = await loadInvoiceEmail(db, invoiceId, { payUrl });
  return sendEmail({ template: 'invoice', ...message, dedupeKey: `invoice:${invoiceId}` }, deliver);
}
