import type { DbOrTx } from '@/db/client';
import { payLinkPath } from '@/lib/services/payments/pay-link';
import { appUrl } from './app-url';
import { loadPaymentNotice } from './payment-notice';
import { queueEmail } from './queue-email';

/**
 * Queues the customer's notice that a paid payment of an invoice was taken back (a returned SEPA
 * debit, a card chargeback), with what is owed again and the link to pay it; a disputed one also
 * says the method is not charged again by itself. `methodLabel`: the method that was charged.
 * Null when the invoice was paid or voided meanwhile. Idempotent: `payment-returned:<paymentId>`.
 */
export async function queuePaymentReturned(
  db: DbOrTx,
  input: { paymentId: string; disputed: boolean; methodLabel: string | null },
): Promise<{ id: string; created: boolean } | null> {
  const notice = await loadPaymentNotice(db, input.paymentId);
  if (!notice) return null;
  const { payment, invoice, customer } = notice;
  return queueEmail(db, {
    template: 'payment-returned',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `payment-returned:${payment.id}`,
    props: {
      ...notice.props,
      kind: payment.method === 'sepa_debit' ? 'debit' : 'card',
      paymentMethodLabel: input.methodLabel,
      returnedAt: (payment.reversedAt ?? new Date()).toISOString(),
      disputed: input.disputed,
      payUrl: appUrl(payLinkPath(invoice.id)),
      updatePaymentMethodUrl: input.disputed ? appUrl(`/account/payment-methods?invoice=${invoice.id}`) : null,
    },
  });
}
