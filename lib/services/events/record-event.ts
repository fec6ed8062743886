import { sql } from 'drizzle-orm';
import { builtOnceQuery } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { bulkInsert } from '@/db/bulk-insert';
import { domainEvents, type DomainEventRow } from '@/db/schema';
import { timeOrderedId } from '@/lib/ids/time-ordered-id';
import { eventSchemas, type DomainEvent, type DomainEventName, type EventData } from '@/lib/validations/events';

/**
 * How long a sweep leaves a new event to the nudge of the request that wrote it. Without it the
 * sweep could claim the row between the commit and the nudge, and the request would return before
 * its e-mails are in the outbox.
 */
export const NUDGE_GRACE_MS = 30_000;

type Subject = { type: NonNullable<DomainEventRow['subjectType']>; id: string };

/** What each event is about: how a nudge finds it, and what outgoing webhooks will filter on. */
const subjectOf: { [N in DomainEventName]: (data: EventData<N>) => Subject } = {
  'shop/order.paid': (data) => ({ type: 'order', id: data.orderId }),
  'billing/invoice.finalized': (data) => ({ type: 'invoice', id: data.invoiceId }),
  'billing/invoice.paid': (data) => ({ type: 'invoice', id: data.invoiceId }),
  'billing/subscription.changed': (data) => ({ type: 'subscription', id: data.subscriptionId }),
  'subscription/stop.scheduled': (data) => ({ type: 'subscription', id: data.subscriptionId }),
  'subscription/stop.undone': (data) => ({ type: 'subscription', id: data.subscriptionId }),
  'subscription/retention.accepted': (data) => ({ type: 'subscription', id: data.subscriptionId }),
  'subscription/paused': (data) => ({ type: 'subscription', id: data.subscriptionId }),
  'subscription/resumed': (data) => ({ type: 'subscription', id: data.subscriptionId }),
  'subscription/changed': (data) => ({ type: 'subscription', id: data.subscriptionId }),
  'customer/created': (data) => ({ type: 'customer', id: data.customerId }),
  'subscription/created': (data) => ({ type: 'subscription', id: data.subscriptionId }),
  'subscription/ended': (data) => ({ type: 'subscription', id: data.subscriptionId }),
  'billing/invoice.voided': (data) => ({ type: 'invoice', id: data.invoiceId }),
  'payment/succeeded': (data) => ({ type: 'payment', id: data.paymentId }),
  'payment/failed': (data) => ({ type: 'payment', id: data.paymentId }),
  'credit-note/created': (data) => ({ type: 'credit_note', id: data.creditNoteId }),
  'billing/invoice.overdue': (data) => ({ type: 'invoice', id: data.invoiceId }),
  'billing/dunning.step_applied': (data) => ({ type: 'invoice', id: data.invoiceId }),
  'payment/refunded': (data) => ({ type: 'payment', id: data.paymentId }),
  'customer/updated': (data) => ({ type: 'customer', id: data.customerId }),
  'subscription/activated': (data) => ({ type: 'subscription', id: data.subscriptionId }),
};

/**
 * Built once: most changes record an event, tens of thousands in the demo history
 * (db/built-once.ts). Each value a placeholder (drizzle encodes it by its column, as written in place).
 */
const insertStatement = builtOnceQuery<never>(() =>
  db.insert(domainEvents).values({
    id: sql.placeholder('id'),
    name: sql.placeholder('name'),
    payload: sql.placeholder('payload'),
    subjectType: sql.placeholder('subjectType'),
    subjectId: sql.placeholder('subjectId'),
    occurredAt: sql.placeholder('occurredAt'),
    nextAttemptAt: sql.placeholder('nextAttemptAt'),
  }),
);

/**
 * Records a domain event in the caller's transaction: it commits, and is delivered, exactly when
 * the change it reports commits. After the commit, nudge the relay (nudgeEventRelay) with the
 * event's subject so that it is delivered at once; if nothing nudges, the sweep delivers it.
 *
 * Invalid event data is a bug: it throws, and the transaction rolls back with it.
 */
export async function recordEvent(tx: Tx, event: DomainEvent): Promise<string> {
  const data = eventSchemas[event.name].parse(event.data);
  const subject = (subjectOf[event.name] as (data: unknown) => Subject)(data);
  const id = timeOrderedId();
  // NOTE: wall-clock time, also for a simulated customer: delivery and its retries happen now.
  const now = new Date();
  await insertStatement(tx, {
    id,
    name: event.name,
    payload: data,
    subjectType: subject.type,
    subjectId: subject.id,
    occurredAt: now,
    nextAttemptAt: new Date(now.getTime() + NUDGE_GRACE_MS),
  });
  return id;
}

/**
 * Records many events of one name in the caller's transaction, in one statement (a bill run
 * finalises thousands of invoices per batch; an insert per event would cost a round trip each).
 * Nothing nudges the relay after a batch, so they are due at once: the sweep delivers them.
 */
export async function recordEvents<N extends DomainEventName>(tx: Tx, name: N, events: readonly EventData<N>[]): Promise<void> {
  if (events.length === 0) return;
  const schema = eventSchemas[name];
  const subject = subjectOf[name] as (data: unknown) => Subject;
  const now = new Date();
  const rows = events.map((event) => {
    const data = schema.parse(event);
    return { id: timeOrderedId(), data, subject: subject(data) };
  });
  type Row = (typeof rows)[number];
  await bulkInsert(
    tx,
    'domain_events',
    [
      { name: 'id', type: 'uuid', value: (r: Row) => r.id },
      { name: 'name', type: 'text', value: () => name },
      { name: 'payload', type: 'jsonb', value: (r) => r.data },
      { name: 'subject_type', type: 'text', value: (r) => r.subject.type },
      { name: 'subject_id', type: 'uuid', value: (r) => r.subject.id },
      { name: 'occurred_at', type: 'timestamptz', value: () => now },
      { name: 'next_attempt_at', type: 'timestamptz', value: () => now },
    ],
    rows,
  );
}
