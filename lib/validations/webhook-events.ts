import { z } from 'zod';

/** The event types a webhook endpoint can ask for (the public names, Stripe-like). */
export const WEBHOOK_EVENT_TYPES = [
  'customer.created',
  'customer.updated',
  'subscription.created',
  'subscription.activated',
  'subscription.changed',
  'subscription.paused',
  'subscription.resumed',
  'subscription.canceled',
  'subscription.ended',
  'invoice.finalized',
  'invoice.paid',
  'invoice.overdue',
  'invoice.voided',
  'payment.succeeded',
  'payment.failed',
  'payment.refunded',
  'credit_note.created',
  'dunning.step_applied',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** What a webhook's `data` describes. */
export type WebhookObjectType = 'customer' | 'subscription' | 'invoice' | 'payment' | 'credit_note';

type Mapping = {
  type: WebhookEventType;
  object: WebhookObjectType;
  /** The payload field holding the object's id. */
  idField: string;
};

/**
 * Which domain event (lib/validations/events.ts) becomes which public event. Keyed by name, not
 * by the typed list, so an event another change adds is mapped by adding its line here; a name
 * not (yet) recorded anywhere simply never matches. Events without a line (an order paid, the
 * engine's own `billing/subscription.changed`) are not sent.
 */
export const WEBHOOK_EVENT_OF_DOMAIN_EVENT: Readonly<Record<string, Mapping>> = {
  'customer/created': { type: 'customer.created', object: 'customer', idField: 'customerId' },
  'customer/updated': { type: 'customer.updated', object: 'customer', idField: 'customerId' },
  'subscription/created': { type: 'subscription.created', object: 'subscription', idField: 'subscriptionId' },
  'subscription/activated': { type: 'subscription.activated', object: 'subscription', idField: 'subscriptionId' },
  'subscription/changed': { type: 'subscription.changed', object: 'subscription', idField: 'subscriptionId' },
  'subscription/paused': { type: 'subscription.paused', object: 'subscription', idField: 'subscriptionId' },
  'subscription/resumed': { type: 'subscription.resumed', object: 'subscription', idField: 'subscriptionId' },
  'subscription/stop.scheduled': { type: 'subscription.canceled', object: 'subscription', idField: 'subscriptionId' },
  'subscription/canceled': { type: 'subscription.canceled', object: 'subscription', idField: 'subscriptionId' },
  'subscription/ended': { type: 'subscription.ended', object: 'subscription', idField: 'subscriptionId' },
  'billing/invoice.finalized': { type: 'invoice.finalized', object: 'invoice', idField: 'invoiceId' },
  'billing/invoice.paid': { type: 'invoice.paid', object: 'invoice', idField: 'invoiceId' },
  'billing/invoice.overdue': { type: 'invoice.overdue', object: 'invoice', idField: 'invoiceId' },
  'billing/invoice.voided': { type: 'invoice.voided', object: 'invoice', idField: 'invoiceId' },
  'payment/succeeded': { type: 'payment.succeeded', object: 'payment', idField: 'paymentId' },
  'payment/failed': { type: 'payment.failed', object: 'payment', idField: 'paymentId' },
  'payment/refunded': { type: 'payment.refunded', object: 'payment', idField: 'paymentId' },
  'credit-note/created': { type: 'credit_note.created', object: 'credit_note', idField: 'creditNoteId' },
  'billing/dunning.step_applied': { type: 'dunning.step_applied', object: 'invoice', idField: 'invoiceId' },
};

/**
 * The public event a domain event becomes, with its object and the subscription it keeps in order
 * with (its `subscriptionId`, or itself for a subscription event); null when it is not sent.
 */
export function webhookEventOf(name: string, payload: unknown): { type: WebhookEventType; object: WebhookObjectType; objectId: string; subscriptionId: string | null } | null {
  const mapping = WEBHOOK_EVENT_OF_DOMAIN_EVENT[name];
  if (!mapping || typeof payload !== 'object' || payload === null) return null;
  const data = payload as Record<string, unknown>;
  const objectId = data[mapping.idField];
  if (typeof objectId !== 'string') return null;
  const subscriptionId = typeof data.subscriptionId === 'string' ? data.subscriptionId : null;
  return { type: mapping.type, object: mapping.object, objectId, subscriptionId };
}

const eventTypeList = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1, 'Choose at least one event type.');

const urlField = z.string().trim().min(1, 'Enter the URL that receives the webhooks.').max(2000, 'The URL is too long.');

/** The endpoint form: URL, optional description and the event types (checkboxes named `eventTypes`). */
export const webhookEndpointSchema = z.object({
  url: urlField,
  description: z.string().trim().max(200, 'At most 200 characters.').optional().transform((value) => value || null),
  eventTypes: eventTypeList,
});
export type WebhookEndpointInput = z.infer<typeof webhookEndpointSchema>;

export const webhookEndpointIdSchema = z.object({ endpointId: z.uuid() });
export const webhookEndpointEnabledSchema = z.object({ endpointId: z.uuid(), enabled: z.enum(['true', 'false']).transform((value) => value === 'true') });
export const webhookDeliveryIdSchema = z.object({ deliveryId: z.uuid() });
