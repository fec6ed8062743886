import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A simulated "now" for customers created on it: the merchant (and the e2e suite) advances it and
 * the billing engine runs for those customers as if that time had come.
 */
export const testClocks = pgTable('test_clocks', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  frozenTime: timestamp({ withTimezone: true }).notNull(),
  // Simulate the shop in another IANA time zone (null: the shop's own): the engine dates this
  // clock's terms, timelines and dunning in it, e.g. to watch a DST change in Auckland.
  timeZone: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type TestClock = typeof testClocks.$inferSelect;
