import { and, eq, ne } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { customers, invoices, orders, type Customer, type Order, type OrderLine } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { appUrl } from './app-url';
import type { DeliverEmailOptions } from './deliver-email';
import { invoicePdfAttachment } from './invoice-pdf-attachment';
import { loadOrderConfirmation, orderConfirmationMessage } from './load-order-confirmation';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';

export type MerchantNewOrderInput = {
  orderId: string;
  /** The merchant's language; the shop settings have none yet, so English by default. */
  locale?: Locale;
  /**
   * The order and its lines when the caller has just read them (settlePayment, under the order's
   * lock): not read again. NOTE: the customer and the invoice are still read here.
   */
  known?: { order: Order; lines: OrderLine[] };
};

/** Built once (db/built-once.ts): every new order's notice reads it, hundreds in the demo history. */
const customerAndInvoiceStatement = builtOnceQuery<{ customer: Customer; invoice: { id: string; number: string | null } | null }>(() =>
  defaultDb
    .select({ customer: customers, invoice: { id: invoices.id, number: invoices.number } })
    .from(orders)
    .innerJoin(customers, eq(orders.customerId, customers.id))
    .leftJoin(invoices, and(eq(invoices.orderId, orders.id), ne(invoices.status, 'draft')))
    .where(eq(orders.id, valueFor(orders.id, 'orderId'))),
);

async function merchantOrderMessage(
  db: DbOrTx,
  input: MerchantNewOrderInput,
): Promise<QueueEmailInput<'merchant-new-order'>> {
  const confirmation = input.known ? null : await loadOrderConfirmation(db, input.orderId);
  const [row] = await customerAndInvoiceStatement(db, { orderId: input.orderId });
  const { customer } = row!;
  const invoice = row!.invoice?.number ? { id: row!.invoice.id, number: row!.invoice.number } : null;
  const settings = await getShopSettings(db);
  const { props } = confirmation ?? orderConfirmationMessage(input.known!.order, customer, input.known!.lines, settings);

  return {
    template: 'merchant-new-order',
    // The merchant's address is the shop's support address.
    to: settings.supportEmail,
    locale: input.locale ?? 'en',
    dedupeKey: `merchant-new-order:${input.orderId}`,
    props: {
      shop: props.shop,
      customerName: customer.name,
      customerEmail: customer.email,
      companyName: customer.companyName,
      orderReference: props.orderReference,
      currency: props.currency,
      lines: props.lines,
      totalMinor: props.totalMinor,
      taxMinor: props.taxMinor,
      invoiceNumber: invoice?.number ?? null,
      dashboardUrl: appUrl('/dashboard'),
    },
    attachments: invoice ? [invoicePdfAttachment(invoice)] : [],
  };
}

/**
 * Queues the new-order notice to the merchant (customer, lines, total), the order's invoice PDF
 * attached, in the caller's transaction. Queue it once the order's invoice is finalized (as
 * fulfilOrder does): an order without one is announced without a PDF. Idempotent: the dedupe
 * key `merchant-new-order:<orderId>`.
 */
export async function queueMerchantNewOrder(
  db: DbOrTx,
  input: MerchantNewOrderInput,
): Promise<{ id: string; created: boolean }> {
  return queueEmail(db, await merchantOrderMessage(db, input));
}

/** queueMerchantNewOrder, then delivery through Resend when configured (see sendEmail). */
export async function sendMerchantNewOrder(
  input: MerchantNewOrderInput,
  options: Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult> {
  return sendEmail(await merchantOrderMessage(defaultDb, input), options);
}
