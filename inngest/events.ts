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

/** Every event the app emits, by name. */
export const kadensEvents = {
  'shop/order.paid': orderPaid,
  'billing/invoice.finalized': invoiceFinalized,
} as const;

export type KadensEventName = keyof typeof kadensEvents;
export type KadensEventData<N extends KadensEventName> = z.infer<(typeof kadensEvents)[N]['schema']>;

/** An event as emitted; `id` makes Inngest drop a repeat of it (for 24 hours). */
export type KadensEvent = {
  [N in KadensEventName]: { name: N; data: KadensEventData<N>; id?: string };
}[KadensEventName];
