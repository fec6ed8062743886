import type { DbOrTx } from '@/db/client';
import type { Customer, Invoice, Payment } from '@/db/schema';
import type { PaymentNoticeProps } from '@/emails/components/mail-props';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { emailShop } from './email-shop';
import { loadInvoicePayment } from './load-invoice-payment';

export type PaymentNotice = {
  payment: Payment;
  invoice: Invoice & { number: string };
  customer: Customer;
  /** What the payment-failed and payment-returned e-mails both say: who, which invoice, how much. */
  props: Omit<PaymentNoticeProps, 'locale'>;
};

/**
 * Loads a payment of an invoice for a notice about it (failed, taken back). Null when the invoice
 * was paid or voided meanwhile: a notice would only confuse. Throws when the payment is not the
 * payment of an issued invoice (a caller's mistake, not the customer's).
 */
export async function loadPaymentNotice(db: DbOrTx, paymentId: string): Promise<PaymentNotice | null> {
  const { payment, invoice, customer } = await loadInvoicePayment(db, paymentId);
  if (!invoice.number) throw new Error(`Invoice ${invoice.id} is a draft: it cannot have been charged`);
  if (invoice.status === 'paid' || invoice.status === 'void') return null;
  const settings = await getShopSettings(db);
  return {
    payment,
    invoice: { ...invoice, number: invoice.number },
    customer,
    props: {
      shop: emailShop(settings),
      timeZone: settings.timeZone,
      customerName: invoice.customerSnapshot?.name ?? customer.name,
      invoiceNumber: invoice.number,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      paymentMethodLabel: null,
      reason: payment.failureReason,
    },
  };
}
