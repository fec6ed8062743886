import { z } from 'zod';

/**
 * The app's events and their payloads. Domain events are rows of `domain_events`, written in the
 * transaction of the change they report and delivered after it (lib/services/events); the engine's
 * own events are sent by Inngest functions to each other and are never recorded. `inngest/events.ts`
 * builds Inngest's event types from these schemas.
 */
export const eventSchemas = {
  /** An order's payment settled and the order was fulfilled (its first invoice exists). */
  'shop/order.paid': z.object({ orderId: z.uuid() }),
  /** An invoice got its number: it can be sent, charged and chased. */
  'billing/invoice.finalized': z.object({ invoiceId: z.uuid() }),
  /** An invoice is paid in full. A `billing-cycle` run waiting in dunning for it stops there. */
  'billing/invoice.paid': z.object({ invoiceId: z.uuid(), subscriptionId: z.uuid().nullable() }),
  /**
   * A subscription changed outside the engine (stopped, or a payment lifted its suspension or
   * dunning): its `billing-cycle` runs are canceled and fresh ones start from the new state.
   */
  'billing/subscription.changed': z.object({ subscriptionId: z.uuid() }),
  /**
   * A term of a subscription is about to need the engine: starts that term's `billing-cycle` run.
   * `term` is the term of the subscription's cursor; -1 stands for the subscription's end (an
   * `end:*` cursor has no term, and billing_actions logs it under -1).
   */
  'billing/term.due': z.object({ subscriptionId: z.uuid(), term: z.number().int().min(-1) }),
  /** A subscription has an engine step more than an hour overdue (its run was lost). */
  'billing/step.overdue': z.object({ subscriptionId: z.uuid() }),
  /**
   * The customer scheduled a stop at the end of the running term (Min Side): nothing changes in
   * value until `endsAt`, when the engine ends the subscription (and records the churn).
   */
  'subscription/stop.scheduled': z.object({ subscriptionId: z.uuid(), customerId: z.uuid(), endsAt: z.iso.datetime(), reason: z.string() }),
  /** The customer undid a scheduled stop before it happened: the subscription renews again. */
  'subscription/stop.undone': z.object({ subscriptionId: z.uuid(), customerId: z.uuid() }),
  /**
   * The customer chose to stop, was offered the shop's retention coupon and stayed with it: the
   * coupon now discounts the subscription's next invoices (for the dashboard and the webhooks).
   */
  'subscription/retention.accepted': z.object({ subscriptionId: z.uuid(), customerId: z.uuid(), couponId: z.uuid(), couponCode: z.string() }),
  /**
   * A pause was asked for (by the customer on Min Side, or by staff): it starts at `startsAt` (the
   * end of the paid term) and ends by itself at `resumesAt` after `terms` terms, or when resumed
   * (null). Its MRR movement (to 0) is recorded when it starts.
   */
  'subscription/paused': z.object({
    subscriptionId: z.uuid(),
    customerId: z.uuid(),
    startsAt: z.iso.datetime(),
    terms: z.number().int().positive().nullable(),
    resumesAt: z.iso.datetime().nullable(),
    by: z.enum(['customer', 'staff']),
  }),
  /**
   * A pause ended: resumed by hand (customer or staff), by itself after its terms (`schedule`), or
   * a scheduled pause called off before it began (`wasRunning` false). The next term starts at
   * `nextTermStartsAt`.
   */
  'subscription/resumed': z.object({
    subscriptionId: z.uuid(),
    customerId: z.uuid(),
    resumedAt: z.iso.datetime(),
    nextTermStartsAt: z.iso.datetime(),
    wasRunning: z.boolean(),
    by: z.enum(['customer', 'staff', 'schedule']),
  }),
  /**
   * A subscription's plan, interval or quantity changed (`applied`: at once, an upgrade with its
   * proration invoice), was scheduled for the next renewal (`scheduled`, from `effectiveAt`), or a
   * scheduled change was withdrawn (`canceled`). The MRR movement is recorded with the change.
   */
  'subscription/changed': z.object({
    subscriptionId: z.uuid(),
    customerId: z.uuid(),
    change: z.enum(['applied', 'scheduled', 'canceled']),
    fromPlanId: z.uuid(),
    fromQuantity: z.number().int().positive(),
    toPlanId: z.uuid(),
    toQuantity: z.number().int().positive(),
    effectiveAt: z.iso.datetime(),
    invoiceId: z.uuid().nullable(),
  }),
  /** A customer was created (an account registered, or a checkout's new customer). For webhooks. */
  'customer/created': z.object({ customerId: z.uuid() }),
  /** A customer's details changed (for now: erased on request, the details become placeholders). For webhooks. */
  'customer/updated': z.object({ customerId: z.uuid() }),
  /** A subscription is active again after past due or suspension (its open invoice was paid). For webhooks. */
  'subscription/activated': z.object({ subscriptionId: z.uuid() }),
  /** A paid order started a subscription. For webhooks. */
  'subscription/created': z.object({ subscriptionId: z.uuid(), customerId: z.uuid() }),
  /** A subscription ended now (stopped by staff). For webhooks. */
  'subscription/ended': z.object({ subscriptionId: z.uuid() }),
  /** An open invoice was voided (its subscription stopped). For webhooks. */
  'billing/invoice.voided': z.object({ invoiceId: z.uuid(), subscriptionId: z.uuid().nullable() }),
  /** Money was received for an invoice (any way: provider, bank, by hand). For webhooks. */
  'payment/succeeded': z.object({ paymentId: z.uuid(), invoiceId: z.uuid(), subscriptionId: z.uuid().nullable() }),
  /** An autopay charge failed (temporarily or for good). For webhooks. */
  'payment/failed': z.object({ paymentId: z.uuid(), invoiceId: z.uuid(), subscriptionId: z.uuid().nullable() }),
  /** The first dunning step of a round was applied: the invoice is overdue. For webhooks. */
  'billing/invoice.overdue': z.object({ invoiceId: z.uuid(), subscriptionId: z.uuid() }),
  /** A dunning step (reminder, suspension, warning, termination) was applied to an invoice. For webhooks. */
  'billing/dunning.step_applied': z.object({ invoiceId: z.uuid(), subscriptionId: z.uuid(), step: z.number().int().min(0), action: z.string() }),
  /** A refund of a payment went through at the provider. For webhooks. */
  'payment/refunded': z.object({ paymentId: z.uuid(), refundId: z.uuid() }),
  /** A credit note was issued. For webhooks. */
  'credit-note/created': z.object({ creditNoteId: z.uuid(), invoiceId: z.uuid() }),
  /** A prepared autopay attempt should be charged (`charge-invoice`, with retries). */
  'billing/charge.requested': z.object({ paymentId: z.uuid() }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventData<N extends EventName> = z.infer<(typeof eventSchemas)[N]>;

/** The events services record; the others only pass between Inngest functions. */
export const DOMAIN_EVENT_NAMES = [
  'shop/order.paid',
  'billing/invoice.finalized',
  'billing/invoice.paid',
  'billing/subscription.changed',
  'subscription/stop.scheduled',
  'subscription/stop.undone',
  'subscription/retention.accepted',
  'subscription/paused',
  'subscription/resumed',
  'subscription/changed',
  'customer/created',
  'subscription/created',
  'subscription/ended',
  'billing/invoice.voided',
  'payment/succeeded',
  'payment/failed',
  'credit-note/created',
  'billing/invoice.overdue',
  'billing/dunning.step_applied',
  'payment/refunded',
  'customer/updated',
  'subscription/activated',
] as const satisfies readonly EventName[];

export type DomainEventName = (typeof DOMAIN_EVENT_NAMES)[number];

/** A domain event as a service records it. */
export type DomainEvent = { [N in DomainEventName]: { name: N; data: EventData<N> } }[DomainEventName];

export function isDomainEventName(name: string): name is DomainEventName {
  return (DOMAIN_EVENT_NAMES as readonly string[]).includes(name);
}
