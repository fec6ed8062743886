import { payLinkPath } from '@/lib/services/payments/pay-link';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { getAutopayMethod } from '@/db/queries/payments/get-autopay-method';
import { appUrl } from './app-url';
import { loadPaymentNotice } from './payment-notice';
import type { DeliverEmailOptions } from './deliver-email';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';

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
  const notice = await loadPaymentNotice(db, input.paymentId);
  if (!notice) return null;
  const { payment, invoice, customer } = notice;
  const method = await getAutopayMethod(db, customer.id);
  const permanent = input.failure === 'permanent';

  return {
    template: 'payment-failed',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `payment-failed:${payment.id}`,
    props: {
      ...notice.props,
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
