import type { DbOrTx } from '@/db/client';
import { PAYMENT_METHOD_NAMES } from '@/lib/payments/payment-method-names';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { appUrl } from './app-url';
import { loadInvoicePayment } from './load-invoice-payment';
import { queueEmail } from './queue-email';

/**
 * Tells the customer that paying invoice X made the payer's method their autopay method (the
 * payer of a pay link ticked "use for future payments"). In the transaction that saved it, so
 * the change and the message are committed together. Idempotent: `autopay-method-saved:<paymentId>`.
 */
export async function queueAutopayMethodSaved(db: DbOrTx, paymentId: string): Promise<{ id: string; created: boolean }> {
  const { payment, invoice, customer } = await loadInvoicePayment(db, paymentId);
  const invoiceNumber = invoice.number;
  if (!invoiceNumber) throw new Error(`Payment ${paymentId} is the payment of a draft invoice`);
  const settings = await getShopSettings(db);
  return queueEmail(db, {
    template: 'autopay-method-saved',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `autopay-method-saved:${payment.id}`,
    props: {
      shop: { name: settings.name, supportEmail: settings.supportEmail },
      customerName: customer.name,
      methodName: PAYMENT_METHOD_NAMES[payment.method],
      invoiceNumber,
      accountUrl: appUrl('/account'),
    },
  });
}
