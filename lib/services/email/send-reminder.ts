import { payLinkPath } from '@/lib/services/payments/pay-link';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { appUrl } from './app-url';
import type { DeliverEmailOptions } from './deliver-email';
import { loadDunningInvoice } from './load-dunning-invoice';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';
import { emailShop } from '@/lib/services/email/email-shop';

export type ReminderInput = {
  /** The dunning round of a reopened invoice (0 or absent: the first). */
  round?: number;
  invoiceId: string;
  /** 1 for the invoice's first reminder, 2 for the second, ...: one message per step. */
  step: number;
  /**
   * This step's fee, in the invoice's currency. The engine books it on the invoice as a
   * `reminder_fee` line before queueing; the e-mail then shows the fees booked on the invoice.
   * NOTE: a fee not booked yet (the booked fees are less than it) is shown and added on top.
   */
  feeMinor: number;
  /** The new deadline. */
  newDueAt: Date;
  /** Where to pay; by default the invoice on Min Side. */
  payUrl?: string | null;
};

async function reminderMessage(db: DbOrTx, input: ReminderInput): Promise<QueueEmailInput<'reminder'> | null> {
  const found = await loadDunningInvoice(db, input.invoiceId);
  if (!found) return null;
  const { invoice, customer, settings } = found;
  // Payments settle the invoice's own lines first: what is open beyond the booked fees.
  const bookedOpenMinor = Math.min(found.feesMinor, Math.max(found.openMinor, 0));
  const unbookedMinor = Math.max(input.feeMinor - found.feesMinor, 0);
  return {
    template: 'reminder',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `reminder:${invoice.id}:${input.step}${input.round ? `:r${input.round}` : ''}`,
    props: {
      shop: emailShop(settings),
      timeZone: settings.timeZone,
      customerName: invoice.customerSnapshot?.name ?? customer.name,
      step: input.step,
      invoiceNumber: invoice.number,
      currency: invoice.currency,
      originalDueAt: (invoice.dueAt ?? invoice.issuedAt ?? invoice.createdAt).toISOString(),
      openMinor: found.openMinor - bookedOpenMinor,
      feeMinor: bookedOpenMinor + unbookedMinor,
      newDueAt: input.newDueAt.toISOString(),
      payUrl: input.payUrl === undefined ? appUrl(payLinkPath(invoice.id)) : input.payUrl,
    },
  };
}

/**
 * Queues a payment reminder for an unpaid invoice in the caller's transaction: the amount open,
 * the reminder fee on a line of its own, the new due date and a pay link. Null when the invoice
 * was paid or voided meanwhile. Idempotent: the dedupe key `reminder:<invoiceId>:<step>`.
 */
export async function queueReminder(db: DbOrTx, input: ReminderInput): Promise<{ id: string; created: boolean } | null> {
  const message = await reminderMessage(db, input);
  return message ? queueEmail(db, message) : null;
}

/** queueReminder, then delivery through Resend when configured (see sendEmail). */
export async function sendReminder(
  input: ReminderInput,
  options: Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult | null> {
  const message = await reminderMessage(defaultDb, input);
  return message ? sendEmail(message, options) : null;
}
