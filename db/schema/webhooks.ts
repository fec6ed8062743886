import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Where the shop's outgoing webhooks go: registered by the owner, signed with `secret` (Standard
 * Webhooks, `whsec_…`). After a rotation the previous secret signs too until
 * `previous_secret_expires_at`, so a receiver can switch without losing a delivery.
 *
 * NOTE: the secrets cannot be hashed (every delivery is an HMAC with them): they are encrypted,
 * AES-256-GCM bound to the row's id (`enc:v1:…`, lib/crypto/secret-box.ts), with a key from the
 * settings; plain text from before that is sealed by the migrations (db/encrypt-webhook-secrets.ts).
 */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid().primaryKey().defaultRandom(),
  url: text().notNull(),
  description: text(),
  // Public event types (lib/validations/webhook-events.ts).
  eventTypes: text().array().notNull(),
  secret: text().notNull(),
  previousSecret: text(),
  previousSecretExpiresAt: timestamp({ withTimezone: true }),
  enabled: boolean().notNull().default(true),
  // Why it is disabled: `owner` (by hand) or `failing` (every delivery failed for days).
  disabledReason: text().$type<'owner' | 'failing'>(),
  disabledAt: timestamp({ withTimezone: true }),
  // The first failure since the last success; null while deliveries succeed.
  failingSince: timestamp({ withTimezone: true }),
  // Only events that happened after this are sent to the endpoint.
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;

/**
 * One row per endpoint and domain event: the durable queue of outgoing webhooks and its log.
 * `status` is `pending` until a 2xx answer (`succeeded`) or until retries run out (`failed`).
 * `ordering_key` (the subscription) keeps an endpoint's events about one subscription in order:
 * a row is not sent while an older pending row with the same key waits.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid().primaryKey(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    // The domain event's id: the `webhook-id` header, the same on every attempt (receivers dedupe on it).
    eventId: uuid().notNull(),
    eventType: text().notNull(),
    objectType: text().notNull(),
    objectId: uuid().notNull(),
    orderingKey: uuid(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    status: text().$type<'pending' | 'succeeded' | 'failed'>().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull(),
    // Retries stop after this (about three days after the event, or after a manual replay).
    retryUntil: timestamp({ withTimezone: true }).notNull(),
    lastAttemptAt: timestamp({ withTimezone: true }),
    lastResponseStatus: integer(),
    lastError: text(),
    deliveredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_endpoint_event_key').on(t.endpointId, t.eventId),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    // The claim's path: each endpoint's due rows, oldest first, read only as far as its LIMIT.
    index('webhook_deliveries_endpoint_due_idx').on(t.endpointId, t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('webhook_deliveries_order_idx').on(t.endpointId, t.orderingKey, t.occurredAt).where(sql`${t.status} = 'pending'`),
    index('webhook_deliveries_log_idx').on(t.endpointId, t.createdAt),
    index('webhook_deliveries_created_at_idx').on(t.createdAt),
  ],
);

export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;

/** Every HTTP attempt of a delivery, for the dashboard's log: what was sent and what came back. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: uuid().primaryKey().defaultRandom(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    at: timestamp({ withTimezone: true }).notNull(),
    requestBody: text().notNull(),
    responseStatus: integer(),
    // The first 1,000 characters of the answer.
    responseBody: text(),
    error: text(),
    latencyMs: integer().notNull(),
  },
  (t) => [
    index('webhook_attempts_delivery_idx').on(t.deliveryId, t.at),
    // The retention purge's work list.
    index('webhook_attempts_at_idx').on(t.at),
  ],
);

export type WebhookAttempt = typeof webhookAttempts.$inferSelect;
