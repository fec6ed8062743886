import { invoicesNotSentOnFinalize, sendFinalizedInvoiceEmail } from '@/lib/services/email/send-invoice-email';
import { sendOrderConfirmation } from '@/lib/services/email/send-order-confirmation';
import { sendInvoicePeppol } from '@/lib/services/einvoice/send-invoice-peppol';
import { eventSchemas, type DomainEventName, type EventData } from '@/lib/validations/events';
import type { EventDeliverer, PendingEvent } from './event-deliverer';

/**
 * What a relayed batch knows of all its events at once, so a reaction that most events of a bill
 * run skip needs no query per event (absent when a reaction runs alone, as in tests).
 */
type BatchFacts = { notSentOnFinalize: ReadonlySet<string> };

type Reaction<N extends DomainEventName> = (data: EventData<N>, batch?: BatchFacts) => Promise<unknown>;

/**
 * What happens to each domain event without Inngest: for every Inngest function triggered by the
 * event, its embedded counterpart under the same id (inngest/reactions-coverage.test.ts checks
 * that the two stay in step). Each calls services directly and is idempotent, since delivery is
 * at least once: the e-mails by their outbox dedupe keys.
 *
 * The billing engine's own reactions are no-ops here: without Inngest the embedded sweep is the
 * driver and reads the rows themselves (a restored or stopped subscription's new cursor, a paid
 * invoice that leaves dunning). Only billing-cycle runs wait for `billing/invoice.paid`; no
 * function is triggered by it.
 */
export const embeddedReactions: { [N in DomainEventName]: Record<string, Reaction<N>> } = {
  'shop/order.paid': {
    'send-order-confirmation': ({ orderId }) => sendOrderConfirmation(orderId),
  },
  'billing/invoice.finalized': {
    'send-invoice-email': ({ invoiceId }, batch) => sendFinalizedInvoiceEmail(invoiceId, batch?.notSentOnFinalize),
    'send-invoice-peppol': async ({ invoiceId }) => {
      const outcome = await sendInvoicePeppol(invoiceId);
      if (outcome.status === 'failed') throw new Error(outcome.message);
      return outcome;
    },
  },
  'billing/invoice.paid': {},
  'billing/subscription.changed': {
    'billing-resume': async () => 'the embedded sweep follows the new cursor',
  },
  // For the webhooks and the dashboard; the confirmation e-mail is queued with the change itself.
  'subscription/stop.scheduled': {},
  'subscription/stop.undone': {},
  // For the dashboard (why customers stayed); the confirmation e-mail is queued with the change.
  'subscription/retention.accepted': {},
  // Confirmed by e-mail in the transaction of the change, like a stop.
  'subscription/paused': {},
  'subscription/resumed': {},
  // For the webhooks and the dashboard; the confirmation e-mail is queued with the change itself.
  'subscription/changed': {},
  // Recorded for the outgoing webhooks (queued by the relay itself); nothing else reacts yet.
  'customer/created': {},
  'subscription/created': {},
  'subscription/ended': {},
  'billing/invoice.voided': {},
  'payment/succeeded': {},
  'payment/failed': {},
  'credit-note/created': {},
  'billing/invoice.overdue': {},
  'billing/dunning.step_applied': {},
  'payment/refunded': {},
  'customer/updated': {},
  'subscription/activated': {},
};

async function react<N extends DomainEventName>(name: N, payload: unknown, batch: BatchFacts): Promise<void> {
  const data = eventSchemas[name].parse(payload) as EventData<N>;
  const reactions: Record<string, Reaction<N>> = embeddedReactions[name];
  for (const reaction of Object.values(reactions)) await reaction(data, batch);
}

/**
 * NOTE: a bill run finalises thousands of invoices in one sweep; a query per event to find that
 * each one's e-mail is the bill run's own was most of relaying them (a round trip each).
 */
async function batchFacts(events: PendingEvent[]): Promise<BatchFacts> {
  const finalized = events.flatMap((event) => {
    if (event.name !== 'billing/invoice.finalized') return [];
    const parsed = eventSchemas['billing/invoice.finalized'].safeParse(event.payload);
    return parsed.success ? [parsed.data.invoiceId] : [];
  });
  return { notSentOnFinalize: await invoicesNotSentOnFinalize(finalized) };
}

/**
 * Delivers events in-process, one after the other: a failing event fails alone (all its
 * reactions run again on the retry, the ones that had succeeded finding their work done).
 */
export const deliverToEmbeddedReactions: EventDeliverer = async (events: PendingEvent[]) => {
  const failures = new Map<string, unknown>();
  const batch = await batchFacts(events);
  for (const event of events) {
    try {
      await react(event.name, event.payload, batch);
    } catch (error) {
      failures.set(event.id, error);
    }
  }
  return failures;
};
