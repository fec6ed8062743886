import { db as defaultDb, type DbOrTx } from '@/db/client';
import { amountOwed } from '@/lib/billing/amount-owed';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { appUrl } from './app-url';
import { loadInvoicePayment } from './load-invoice-payment';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { emailShop } from '@/lib/services/email/email-shop';

async function paymentReceivedMessage(db: DbOrTx, paymentId: string): Promise<QueueEmailInput<'payment-received'> | null> {
  const { payment, invoice, customer, creditedMinor } = await loadInvoicePayment(db, paymentId);
  // Not (or no longer) money received: a pending attempt, or one reversed before we got here.
  if (payment.status !== 'paid') return null;
  // The customer's own credit used on an invoice is not a payment they made.
  if (payment.source === 'balance') return null;
  if (!invoice.number) throw new Error(`Invoice ${invoice.id} is a draft: it cannot have been paid`);

  const settings = await getShopSettings(db);

  return {
    template: 'payment-received',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `payment-received:${payment.id}`,
    props: {
      shop: emailShop(settings),
      timeZone: settings.timeZone,
      customerName: invoice.customerSnapshot?.name ?? customer.name,
      invoiceNumber: invoice.number,
      currency: payment.currency,
      amountMinor: payment.amountMinor,
      receivedAt: (payment.settledAt ?? payment.createdAt).toISOString(),
      openMinor: amountOwed(invoice),
      creditedMinor,
      invoiceUrl: appUrl(`/account/invoices/${invoice.id}`),
      // Only a lapsed order's void invoice takes money (applyPayment): all of it kept as credit.
      orderCancelled: invoice.status === 'void',
    },
  };
}

/**
 * Queues the customer's receipt for money received on an invoice: the amount, what the invoice
 * still owes, and any overpayment kept as credit. Call it after the payment has committed (the
 * open amount is read then). Null for a payment that is not (or no longer) paid, or that is
 * the customer's own balance. Idempotent: the dedupe key `payment-received:<paymentId>`.
 */
export async function queuePaymentReceived(
  paymentId: string,
  db: DbOrTx = defaultDb,
): Promise<{ id: string; created: boolean } | null> {
  const message = await paymentReceivedMessage(db, paymentId);
  return message ? queueEmail(db, message) : null;
}
