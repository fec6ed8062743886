import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One-time tokens for the first-owner setup (/setup). Only a SHA-256 of each token is kept: the
 * token itself exists in the server log and the setup-token file. Every row is deleted when the
 * owner is created, so a token dies when used.
 */
export const setupTokens = pgTable('setup_tokens', {
  id: uuid().primaryKey().defaultRandom(),
  tokenHash: text().notNull().unique('setup_tokens_token_hash_key'),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type SetupToken = typeof setupTokens.$inferSelect;
