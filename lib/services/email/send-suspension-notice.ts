import { payLinkPath } from '@/lib/services/payments/pay-link';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { appUrl } from './app-url';
import type { DeliverEmailOptions } from './deliver-email';
import { loadDunningInvoice } from './load-dunning-invoice';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';

export type SuspensionNoticeInput = {
  /** The dunning round of a reopened invoice (0 or absent: the first). */
  round?: number;
  /** The unpaid invoice the service was suspended for. */
  invoiceId: string;
  /** Where to pay; by default the invoice on Min Side. */
  payUrl?: string | null;
};

async function suspensionMessage(
  db: DbOrTx,
  input: SuspensionNoticeInput,
): Promise<QueueEmailInput<'suspension-notice'> | null> {
  const found = await loadDunningInvoice(db, input.invoiceId);
  if (!found) return null;
  const { invoice, customer, settings } = found;
  return {
    template: 'suspension-notice',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `suspension:${invoice.id}${input.round ? `:r${input.round}` : ''}`,
    props: {
      shop: { name: settings.name, supportEmail: settings.supportEmail },
      customerName: invoice.customerSnapshot?.name ?? customer.name,
      subscriptionName: found.subscriptionName,
      invoiceNumber: invoice.number,
      currency: invoice.currency,
      openMinor: found.openMinor,
      payUrl: input.payUrl === undefined ? appUrl(payLinkPath(invoice.id)) : input.payUrl,
    },
  };
}

/**
 * Queues the notice that the service is suspended because an invoice is unpaid, with the way to
 * restore it (pay), in the caller's transaction. Null when the invoice was paid or voided
 * meanwhile. Idempotent: the dedupe key `suspension:<invoiceId>`.
 */
export async function queueSuspensionNotice(
  db: DbOrTx,
  input: SuspensionNoticeInput,
): Promise<{ id: string; created: boolean } | null> {
  const message = await suspensionMessage(db, input);
  return message ? queueEmail(db, message) : null;
}

/** queueSuspensionNotice, then delivery through Resend when configured (see sendEmail). */
export async function sendSuspensionNotice(
  input: SuspensionNoticeInput,
  options: Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult | null> {
  const message = await suspensionMessage(defaultDb, input);
  return message ? sendEmail(message, options) : null;
}
