import { pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { locale } from './enums';

/**
 * The merchant's own wording of a catalog message, for one e-mail (or the thank-you page) in one
 * language. Rendering consults these before messages/<locale>.json, which stays the default:
 * "reset to default" deletes the row.
 *
 * NOTE: scoped to its target (`invoice`, `reminder`, `thank-you`...) even for a shared message
 * such as `emails.common.greeting`, so changing the greeting of one e-mail leaves the others'.
 */
export const messageOverrides = pgTable(
  'message_overrides',
  {
    id: uuid().primaryKey().defaultRandom(),
    // An e-mail template's name (emails/registry.ts) or `thank-you`.
    target: text().notNull(),
    locale: locale().notNull(),
    // The catalog message replaced, as its full path: `emails.invoice.intro`.
    messageKey: text().notNull(),
    text: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('message_overrides_target_locale_key_unique').on(t.target, t.locale, t.messageKey)],
);

export type MessageOverride = typeof messageOverrides.$inferSelect;
export type NewMessageOverride = typeof messageOverrides.$inferInsert;
