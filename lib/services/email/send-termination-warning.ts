import { payLinkPath } from '@/lib/services/payments/pay-link';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { appUrl } from './app-url';
import type { DeliverEmailOptions } from './deliver-email';
import { loadDunningInvoice } from './load-dunning-invoice';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';
import { emailShop } from '@/lib/services/email/email-shop';

export type TerminationWarningInput = {
  /** The dunning round of a reopened invoice (0 or absent: the first). */
  round?: number;
  /** The unpaid invoice. */
  invoiceId: string;
  /** When the subscription is terminated unless the invoice is paid (the `terminate` step). */
  terminateAt: Date;
  /** Where to pay; by default the invoice on Min Side. */
  payUrl?: string | null;
};

async function warningMessage(
  db: DbOrTx,
  input: TerminationWarningInput,
): Promise<QueueEmailInput<'termination-warning'> | null> {
  const found = await loadDunningInvoice(db, input.invoiceId);
  if (!found) return null;
  const { invoice, customer, settings } = found;
  return {
    template: 'termination-warning',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `termination-warning:${invoice.id}${input.round ? `:r${input.round}` : ''}`,
    props: {
      shop: emailShop(settings),
      timeZone: settings.timeZone,
      customerName: invoice.customerSnapshot?.name ?? customer.name,
      subscriptionName: found.subscriptionName,
      invoiceNumber: invoice.number,
      currency: invoice.currency,
      openMinor: found.openMinor,
      terminateAt: input.terminateAt.toISOString(),
      payUrl: input.payUrl === undefined ? appUrl(payLinkPath(invoice.id)) : input.payUrl,
    },
  };
}

/**
 * Queues the warning that the subscription will be terminated on a date unless the invoice is
 * paid, in the caller's transaction. Null when the invoice was paid or voided meanwhile.
 * Idempotent: the dedupe key `termination-warning:<invoiceId>`.
 */
export async function queueTerminationWarning(
  db: DbOrTx,
  input: TerminationWarningInput,
): Promise<{ id: string; created: boolean } | null> {
  const message = await warningMessage(db, input);
  return message ? queueEmail(db, message) : null;
}

/** queueTerminationWarning, then delivery through Resend when configured (see sendEmail). */
export async function sendTerminationWarning(
  input: TerminationWarningInput,
  options: Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult | null> {
  const message = await warningMessage(defaultDb, input);
  return message ? sendEmail(message, options) : null;
}
