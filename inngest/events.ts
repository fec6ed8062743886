import { eventType } from 'inngest';
import { z } from 'zod';

/** An order's payment settled and the order was fulfilled (its first invoice exists). */
export const orderPaid = eventType('shop/order.paid', {
  schema: z.object({ orderId: z.uuid() }),
});

/** An invoice got its number: it can be sent, charged and chased. */
export const invoiceFinalized = eventType('billing/invoice.finalized', {
  schema: z.object({ invoiceId: z.uuid() }),
});

/**
 * A term of a subscription is about to need the engine: starts that term's `billing-cycle` run.
 * `term` is the term of the subscription's cursor; -1 stands for the subscription's end (an `end:*`
 * cursor has no term, and billing_actions logs it under -1). Sent with the id
 * `<subscriptionId>:<term>` so that Inngest drops a repeat for 24 hours.
 */
export const termDue = eventType('billing/term.due', {
  schema: z.object({ subscriptionId: z.uuid(), term: z.number().int().min(-1) }),
});

/**
 * An invoice is paid in full (emitted after the transaction that recorded the money commits).
 * A `billing-cycle` run waiting in dunning for this invoice stops there.
 */
export const invoicePaid = eventType('billing/invoice.paid', {
  schema: z.object({ invoiceId: z.uuid(), subscriptionId: z.uuid().nullable() }),
});

/**
 * A subscription changed outside the engine (canceled, plan or quantity changed, paused or
 * resumed, suspension lifted): its running `billing-cycle` runs are canceled and fresh ones are
 * started from the new state (`billing-resume`).
 */
export const subscriptionChanged = eventType('billing/subscription.changed', {
  schema: z.object({ subscriptionId: z.uuid() }),
});

/**
 * A subscription has an engine step more than an hour overdue (its run was lost): the daily
 * safety net catches it up (`billing-overdue`).
 */
export const stepOverdue = eventType('billing/step.overdue', {
  schema: z.object({ subscriptionId: z.uuid() }),
});

/** A prepared autopay attempt should be charged (`charge-invoice`, with retries). */
export const chargeRequested = eventType('billing/charge.requested', {
  schema: z.object({ paymentId: z.uuid() }),
});

/** Every event the app emits, by name. */
export const kadensEvents = {
  'shop/order.paid': orderPaid,
  'billing/invoice.finalized': invoiceFinalized,
  'billing/term.due': termDue,
  'billing/invoice.paid': invoicePaid,
  'billing/subscription.changed': subscriptionChanged,
  'billing/step.overdue': stepOverdue,
  'billing/charge.requested': chargeRequested,
} as const;

export type KadensEventName = keyof typeof kadensEvents;
export type KadensEventData<N extends KadensEventName> = z.infer<(typeof kadensEvents)[N]['schema']>;

/** An event as emitted; `id` makes Inngest drop a repeat of it (for 24 hours). */
export type KadensEvent = {
  [N in KadensEventName]: { name: N; data: KadensEventData<N>; id?: string };
}[KadensEventName];
