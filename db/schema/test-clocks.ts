import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A simulated "now" for customers created on it: the merchant (and the e2e suite) advances it and
 * the billing engine runs for those customers as if that time had come.
 */
export const testClocks = pgTable('test_clocks', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  frozenTime: timestamp({ withTimezone: true }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type TestClock = typeof testClocks.$inferSelect;
