import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DomainEventName } from '../../lib/validations/events';

/**
 * The transactional outbox of domain events: a row is written in the same transaction as the
 * change it reports, and a relay delivers it after the commit (to Inngest, or to the embedded
 * reactions). So no committed change loses its follow-ups, whatever dies after the commit.
 *
 * NOTE: delivery is at least once. `next_attempt_at` is when a sweep may next pick the row up: a
 * little after it was written (the writer's own nudge delivers it first), then the end of a claim's
 * lease, then the backoff after a failure. Readers that page the table (outgoing webhooks) go by
 * (occurred_at, id) and find what the event is about in subject_type/subject_id.
 */
/** What an event is about (its subject), as stored and as the API's event log names it. */
export const DOMAIN_EVENT_SUBJECT_TYPES = ['order', 'invoice', 'subscription', 'customer', 'payment', 'credit_note'] as const;
export type DomainEventSubjectType = (typeof DOMAIN_EVENT_SUBJECT_TYPES)[number];

export const domainEvents = pgTable(
  'domain_events',
  {
    // A time-ordered id, made by the writer; it is also the event id Inngest deduplicates on.
    id: uuid().primaryKey(),
    name: text().$type<DomainEventName>().notNull(),
    payload: jsonb().notNull(),
    subjectType: text().$type<DomainEventSubjectType>(),
    subjectId: uuid(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    deliveredAt: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    lastError: text(),
    lastAttemptAt: timestamp({ withTimezone: true }),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('domain_events_undelivered_idx').on(t.nextAttemptAt).where(sql`${t.deliveredAt} is null`),
    index('domain_events_subject_idx').on(t.subjectId),
    index('domain_events_occurred_at_idx').on(t.occurredAt, t.id),
  ],
);

export type DomainEventRow = typeof domainEvents.$inferSelect;
export type NewDomainEventRow = typeof domainEvents.$inferInsert;
