import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { customers, invoices, payments } from '@/db/schema';
import { payLinkPath } from '@/lib/services/payments/pay-link';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { appUrl } from './app-url';
import { emailShop } from './email-shop';
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
  const [row] = await db
    .select({ payment: payments, invoice: invoices, customer: customers })
    .from(payments)
    .innerJoin(invoices, eq(payments.invoiceId, invoices.id))
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(eq(payments.id, input.paymentId));
  if (!row) throw new Error(`Payment ${input.paymentId} does not exist or is not a payment of an invoice`);
  const { payment, invoice, customer } = row;
  if (!invoice.number || invoice.status === 'paid' || invoice.status === 'void') return null;
  const settings = await getShopSettings(db);
  return queueEmail(db, {
    template: 'payment-returned',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `payment-returned:${payment.id}`,
    props: {
      shop: emailShop(settings),
      timeZone: settings.timeZone,
      customerName: invoice.customerSnapshot?.name ?? customer.name,
      invoiceNumber: invoice.number,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      kind: payment.method === 'sepa_debit' ? 'debit' : 'card',
      paymentMethodLabel: input.methodLabel,
      returnedAt: (payment.reversedAt ?? new Date()).toISOString(),
      reason: payment.failureReason,
      disputed: input.disputed,
      payUrl: appUrl(payLinkPath(invoice.id)),
      updatePaymentMethodUrl: input.disputed ? appUrl(`/account/payment-methods?invoice=${invoice.id}`) : null,
    },
  });
}
