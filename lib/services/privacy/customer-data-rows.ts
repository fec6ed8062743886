import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  creditNotes,
  customerBalanceEntries,
  customers,
  emailOutbox,
  invoiceLines,
  invoices,
  orderLines,
  orders,
  paymentMethods,
  payments,
  plans,
  products,
  refunds,
  subscriptions,
  users,
} from '@/db/schema';

/**
 * Every row of one customer, read in the caller's transaction (one snapshot), each query scoped
 * by the customer's id (or their address, for the outbox). Drafts are left out: an invoice the
 * shop has not issued is not the customer's yet.
 */
export async function loadCustomerDataRows(tx: Tx, customerId: string) {
  const [customer] = await tx.select().from(customers).where(eq(customers.id, customerId));
  if (!customer) return null;
  const [user] = await tx.select().from(users).where(eq(users.id, customer.userId));
  const [subs, orderRows, invoiceRows, paymentRows, noteRows, methodRows, balanceRows] = await Promise.all([
    tx
      .select({ subscription: subscriptions, productName: products.name, planName: plans.name, intervalUnit: plans.intervalUnit, intervalCount: plans.intervalCount })
      .from(subscriptions)
      .innerJoin(plans, eq(subscriptions.planId, plans.id))
      .innerJoin(products, eq(plans.productId, products.id))
      .where(eq(subscriptions.customerId, customerId))
      .orderBy(asc(subscriptions.startedAt)),
    tx.select().from(orders).where(eq(orders.customerId, customerId)).orderBy(asc(orders.createdAt)),
    tx
      .select()
      .from(invoices)
      .where(and(eq(invoices.customerId, customerId), ne(invoices.status, 'draft')))
      .orderBy(asc(invoices.issuedAt), asc(invoices.sequenceNumber)),
    tx.select().from(payments).where(eq(payments.customerId, customerId)).orderBy(asc(payments.createdAt)),
    tx.select().from(creditNotes).where(eq(creditNotes.customerId, customerId)).orderBy(asc(creditNotes.issuedAt)),
    tx.select().from(paymentMethods).where(eq(paymentMethods.customerId, customerId)).orderBy(asc(paymentMethods.createdAt)),
    tx.select().from(customerBalanceEntries).where(eq(customerBalanceEntries.customerId, customerId)).orderBy(asc(customerBalanceEntries.createdAt)),
  ]);
  const [lineRows, orderLineRows, refundRows, emailRows] = await Promise.all([
    invoiceRows.length ? tx.select().from(invoiceLines).where(inArray(invoiceLines.invoiceId, invoiceRows.map((i) => i.id))).orderBy(asc(invoiceLines.position)) : [],
    orderRows.length ? tx.select().from(orderLines).where(inArray(orderLines.orderId, orderRows.map((o) => o.id))).orderBy(asc(orderLines.position)) : [],
    noteRows.length ? tx.select().from(refunds).where(inArray(refunds.creditNoteId, noteRows.map((n) => n.id))) : [],
    tx
      .select()
      .from(emailOutbox)
      .where(inArray(emailOutbox.toAddress, [...new Set([customer.email, user?.email ?? customer.email])]))
      .orderBy(asc(emailOutbox.createdAt)),
  ]);
  return { customer, user: user ?? null, subs, orderRows, orderLineRows, invoiceRows, lineRows, paymentRows, noteRows, refundRows, methodRows, balanceRows, emailRows };
}

export type CustomerDataRows = NonNullable<Awaited<ReturnType<typeof loadCustomerDataRows>>>;
