import { eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { creditNotes, customers, invoices, payments, subscriptions } from '@/db/schema';
import { presentCreditNote, presentCustomer, presentInvoice, presentPayment, presentSubscription } from '@/lib/api/present';
import type { WebhookObjectType } from '@/lib/validations/webhook-events';

/**
 * An object as a webhook carries it: its current state in the API's own shape (lib/api/present.ts,
 * so a receiver parses a webhook's `data` like the answer of `GET /api/v1/<objects>/{id}`), plus
 * what delivery needs to know of it.
 */
export type WebhookObject = {
  data: Record<string, unknown>;
  /** A test clock's simulated customer's: never sent (simulations stay out of integrations). */
  simulated: boolean;
  /** The subscription it belongs to, which orders its events; null for none. */
  subscriptionId: string | null;
};

export type ObjectRef = { type: WebhookObjectType; id: string };
export const objectKey = (ref: ObjectRef) => `${ref.type}:${ref.id}`;

/**
 * The current state of each object, read in one query per type (a batch of deliveries loads its
 * objects together). An object that no longer exists is missing from the map.
 */
export async function loadWebhookObjects(refs: ObjectRef[]): Promise<Map<string, WebhookObject>> {
  const out = new Map<string, WebhookObject>();
  const ids = (type: WebhookObjectType) => [...new Set(refs.filter((ref) => ref.type === type).map((ref) => ref.id))];

  const customerIds = ids('customer');
  if (customerIds.length > 0) {
    for (const c of await db.select().from(customers).where(inArray(customers.id, customerIds))) {
      out.set(objectKey({ type: 'customer', id: c.id }), {
        simulated: c.testClockId !== null,
        subscriptionId: null,
        data: presentCustomer(c),
      });
    }
  }

  const subscriptionIds = ids('subscription');
  if (subscriptionIds.length > 0) {
    const rows = await db
      .select({ s: subscriptions, testClockId: customers.testClockId })
      .from(subscriptions)
      .innerJoin(customers, eq(customers.id, subscriptions.customerId))
      .where(inArray(subscriptions.id, subscriptionIds));
    for (const { s, testClockId } of rows) {
      out.set(objectKey({ type: 'subscription', id: s.id }), {
        simulated: testClockId !== null,
        subscriptionId: s.id,
        data: presentSubscription(s),
      });
    }
  }

  const invoiceIds = ids('invoice');
  if (invoiceIds.length > 0) {
    const rows = await db
      .select({ i: invoices, testClockId: customers.testClockId })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .where(inArray(invoices.id, invoiceIds));
    for (const { i, testClockId } of rows) {
      out.set(objectKey({ type: 'invoice', id: i.id }), {
        simulated: testClockId !== null,
        subscriptionId: i.subscriptionId,
        data: presentInvoice(i),
      });
    }
  }

  const paymentIds = ids('payment');
  if (paymentIds.length > 0) {
    const rows = await db
      .select({ p: payments, testClockId: customers.testClockId, subscriptionId: invoices.subscriptionId })
      .from(payments)
      .innerJoin(customers, eq(customers.id, payments.customerId))
      .leftJoin(invoices, eq(invoices.id, payments.invoiceId))
      .where(inArray(payments.id, paymentIds));
    for (const { p, testClockId, subscriptionId } of rows) {
      out.set(objectKey({ type: 'payment', id: p.id }), {
        simulated: testClockId !== null,
        subscriptionId,
        data: presentPayment(p),
      });
    }
  }

  const creditNoteIds = ids('credit_note');
  if (creditNoteIds.length > 0) {
    const rows = await db
      .select({ n: creditNotes, testClockId: customers.testClockId, subscriptionId: invoices.subscriptionId })
      .from(creditNotes)
      .innerJoin(customers, eq(customers.id, creditNotes.customerId))
      .innerJoin(invoices, eq(invoices.id, creditNotes.invoiceId))
      .where(inArray(creditNotes.id, creditNoteIds));
    for (const { n, testClockId, subscriptionId } of rows) {
      out.set(objectKey({ type: 'credit_note', id: n.id }), {
        simulated: testClockId !== null,
        subscriptionId,
        data: presentCreditNote(n),
      });
    }
  }
  return out;
}
