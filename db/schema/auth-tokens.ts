import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

/** What an e-mailed one-time link lets its holder do. */
export const authTokenPurpose = pgEnum('auth_token_purpose', ['confirm-email', 'reset-password', 'change-email']);

/**
 * One-time links for account security (confirming a registration, resetting a password, moving
 * the sign-in address). Only a SHA-256 of the token is stored: a copy of this table opens nothing.
 */
export const authTokens = pgTable(
  'auth_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: authTokenPurpose().notNull(),
    tokenHash: text().notNull(),
    // The address a `change-email` link moves the account to; null for the other purposes.
    newEmail: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    // Set when the link is used: a link works once.
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('auth_tokens_token_hash_key').on(t.tokenHash), index('auth_tokens_user_id_idx').on(t.userId)],
);

export type AuthToken = typeof authTokens.$inferSelect;
export type AuthTokenPurpose = AuthToken['purpose'];
