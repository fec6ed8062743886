import { payLinkPath } from '@/lib/services/payments/pay-link';
import { eq } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { customers, invoices, payments } from '@/db/schema';
import { getAutopayMethod } from '@/db/queries/payments/get-autopay-method';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { appUrl } from './app-url';
import type { DeliverEmailOptions } from './deliver-email';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';
import { emailShop } from '@/lib/services/email/email-shop';

export type PaymentFailedInput = {
  /** The failed autopay charge (a payment of an invoice). */
  paymentId: string;
  /** `temporary` is retried by itself on `retryAt`; `permanent` needs a new payment method. */
  failure: 'temporary' | 'permanent';
  retryAt?: Date | null;
  /** The provider's reason; by default the one stored on the payment. */
  reason?: string | null;
  /** By default Min Side → Payment methods, where the open invoice is offered for payment with the new method. */
  updatePaymentMethodUrl?: string | null;
  /** By default the invoice on Min Side. */
  payUrl?: string | null;
};

async function paymentFailedMessage(
  db: DbOrTx,
  input: PaymentFailedInput,
): Promise<QueueEmailInput<'payment-failed'> | null> {
  const [row] = await db
    .select({ payment: payments, invoice: invoices, customer: customers })
    .from(payments)
    .innerJoin(invoices, eq(payments.invoiceId, invoices.id))
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(eq(payments.id, input.paymentId));
  if (!row) throw new Error(`Payment ${input.paymentId} does not exist or is not the charge of an invoice`);
  const { payment, invoice, customer } = row;
  if (!invoice.number) throw new Error(`Invoice ${invoice.id} is a draft: it cannot have been charged`);
  // Paid some other way meanwhile (or voided): a failure notice would only confuse.
  if (invoice.status === 'paid' || invoice.status === 'void') return null;
  const method = await getAutopayMethod(db, customer.id);
  const settings = await getShopSettings(db);
  const permanent = input.failure === 'permanent';

  return {
    template: 'payment-failed',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `payment-failed:${payment.id}`,
    props: {
      shop: emailShop(settings),
      timeZone: settings.timeZone,
      customerName: invoice.customerSnapshot?.name ?? customer.name,
      invoiceNumber: invoice.number,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      paymentMethodLabel: method?.label ?? null,
      reason: input.reason === undefined ? payment.failureReason : input.reason,
      failure: input.failure,
      retryAt: permanent ? null : (input.retryAt?.toISOString() ?? null),
      updatePaymentMethodUrl: permanent
        ? input.updatePaymentMethodUrl === undefined
          ? appUrl(`/account/payment-methods?invoice=${invoice.id}`)
          : input.updatePaymentMethodUrl
        : null,
      payUrl: permanent ? (input.payUrl === undefined ? appUrl(payLinkPath(invoice.id)) : input.payUrl) : null,
    },
  };
}

/**
 * Queues the notice that an autopay charge failed, with the provider's reason: a temporary
 * failure says when it is retried, a permanent one links to updating the payment method. Null
 * when the invoice was paid or voided meanwhile. Idempotent: `payment-failed:<paymentId>`.
 */
export async function queuePaymentFailed(
  db: DbOrTx,
  input: PaymentFailedInput,
): Promise<{ id: string; created: boolean } | null> {
  const message = await paymentFailedMessage(db, input);
  return message ? queueEmail(db, message) : null;
}

/** queuePaymentFailed, then delivery through Resend when configured (see sendEmail). */
export async function sendPaymentFailed(
  input: PaymentFailedInput,
  options: Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult | null> {
  const message = await paymentFailedMessage(defaultDb, input);
  return message ? sendEmail(message, options) : null;
}
