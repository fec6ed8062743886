import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

/** What a key may do: `read` answers GETs; `write` also creates and changes. */
export type ApiKeyScope = 'read' | 'write';

/**
 * The shop's keys for the public REST API (/api/v1). Only a hash of the secret is stored: the
 * owner sees the whole key once, at creation; after that only its visible prefix
 * (`kad_live_ab12cd34`) tells keys apart. A revoked key stays, for the audit log and the list.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    // The first characters of the key as shown in lists, e.g. `kad_live_ab12cd34`.
    prefix: text().notNull(),
    // sha256 of the whole key, hex. The key has 192 random bits: no slow hash is needed.
    secretHash: text().notNull(),
    scope: text().$type<ApiKeyScope>().notNull(),
    // The owner who made it; the key acts in their name (the audit log) and only while they are
    // an owner. Removing them from the staff removes their keys.
    createdBy: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: text().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('api_keys_secret_hash_key').on(t.secretHash),
    index('api_keys_created_at_idx').on(t.createdAt),
  ],
);

/**
 * The first answer to each POST sent with an `Idempotency-Key`, per API key, kept 24 hours: a
 * retry with the same key and body gets the same answer again, without doing the work twice.
 * `status_code` is null while the first request is still running (a concurrent retry gets 409).
 */
export const apiIdempotencyKeys = pgTable(
  'api_idempotency_keys',
  {
    apiKeyId: uuid()
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    // sha256 of method, path and body: the same key with another request is refused (422).
    requestHash: text().notNull(),
    statusCode: integer(),
    responseBody: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'api_idempotency_keys_pkey', columns: [t.apiKeyId, t.key] }),
    index('api_idempotency_keys_created_at_idx').on(t.createdAt),
  ],
);

export type ApiKey = typeof apiKeys.$inferSelect;
export type NewApiKey = typeof apiKeys.$inferInsert;
export type ApiIdempotencyKey = typeof apiIdempotencyKeys.$inferSelect;
