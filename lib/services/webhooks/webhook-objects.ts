import { eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { creditNotes, customers, invoices, payments, plans, subscriptions } from '@/db/schema';
import type { WebhookObjectType } from '@/lib/validations/webhook-events';

/** An object as a webhook carries it: its current state, plus what delivery needs to know of it. */
export type WebhookObject = {
  data: Record<string, unknown>;
  /** A test clock's simulated customer's: never sent (simulations stay out of integrations). */
  simulated: boolean;
  /** The subscription it belongs to, which orders its events; null for none. */
  subscriptionId: string | null;
};

export type ObjectRef = { type: WebhookObjectType; id: string };
export const objectKey = (ref: ObjectRef) => `${ref.type}:${ref.id}`;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

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
        data: {
          object: 'customer',
          id: c.id,
          name: c.name,
          email: c.email,
          company_name: c.companyName,
          vat_id: c.vatId,
          address: { line1: c.addressLine1, line2: c.addressLine2, postal_code: c.postalCode, city: c.city, country: c.country },
          locale: c.locale,
          created_at: iso(c.createdAt),
          erased: c.erasedAt !== null,
        },
      });
    }
  }

  const subscriptionIds = ids('subscription');
  if (subscriptionIds.length > 0) {
    const rows = await db
      .select({ s: subscriptions, testClockId: customers.testClockId, planName: plans.name })
      .from(subscriptions)
      .innerJoin(customers, eq(customers.id, subscriptions.customerId))
      .innerJoin(plans, eq(plans.id, subscriptions.planId))
      .where(inArray(subscriptions.id, subscriptionIds));
    for (const { s, testClockId, planName } of rows) {
      out.set(objectKey({ type: 'subscription', id: s.id }), {
        simulated: testClockId !== null,
        subscriptionId: s.id,
        data: {
          object: 'subscription',
          id: s.id,
          customer_id: s.customerId,
          plan_id: s.planId,
          plan_name: planName,
          status: s.status,
          quantity: s.quantity,
          currency: s.currency,
          unit_price_minor: s.unitPriceMinor,
          current_period_start: iso(s.currentPeriodStart),
          current_period_end: iso(s.currentPeriodEnd),
          trial_ends_at: iso(s.trialEndsAt),
          commitment_ends_at: iso(s.commitmentEndsAt),
          cancel_at_period_end: s.cancelAtPeriodEnd,
          started_at: iso(s.startedAt),
          paused_at: iso(s.pausedAt),
          canceled_at: iso(s.canceledAt),
          ended_at: iso(s.endedAt),
          created_at: iso(s.createdAt),
        },
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
        data: {
          object: 'invoice',
          id: i.id,
          number: i.number,
          status: i.status,
          customer_id: i.customerId,
          subscription_id: i.subscriptionId,
          order_id: i.orderId,
          currency: i.currency,
          subtotal_minor: i.subtotalMinor,
          tax_minor: i.taxMinor,
          total_minor: i.totalMinor,
          amount_paid_minor: i.amountPaidMinor,
          credited_minor: i.creditedMinor,
          payment_reference: i.paymentReference,
          issued_at: iso(i.issuedAt),
          due_at: iso(i.dueAt),
          paid_at: iso(i.paidAt),
          dunning_round: i.dunningRound,
          next_dunning_step: i.nextDunningStep,
          created_at: iso(i.createdAt),
        },
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
        data: {
          object: 'payment',
          id: p.id,
          status: p.status,
          customer_id: p.customerId,
          invoice_id: p.invoiceId,
          order_id: p.orderId,
          amount_minor: p.amountMinor,
          currency: p.currency,
          provider: p.provider,
          source: p.source,
          failure_reason: p.failureReason,
          created_at: iso(p.createdAt),
          settled_at: iso(p.settledAt),
        },
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
        data: {
          object: 'credit_note',
          id: n.id,
          number: n.number,
          invoice_id: n.invoiceId,
          customer_id: n.customerId,
          currency: n.currency,
          subtotal_minor: n.subtotalMinor,
          tax_minor: n.taxMinor,
          total_minor: n.totalMinor,
          reason: n.reason,
          disposition: n.disposition,
          issued_at: iso(n.issuedAt),
        },
      });
    }
  }
  return out;
}
