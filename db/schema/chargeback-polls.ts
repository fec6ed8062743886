import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Where the daily chargeback poll of each payment provider stands (pollChargebacks): one row per
 * provider. `polledThrough` is the watermark: every chargeback the provider made before it has
 * been read and applied (the next poll reads again from a little before it). Null until a first
 * poll succeeded. `nextPollAt` says when the next poll is due, and doubles as the claim that keeps
 * two sweeps from polling at once. An outage leaves `polledThrough` where it was.
 */
export const chargebackPolls = pgTable('chargeback_polls', {
  provider: text().primaryKey(),
  polledThrough: timestamp({ withTimezone: true }),
  nextPollAt: timestamp({ withTimezone: true }).notNull(),
  lastPolledAt: timestamp({ withTimezone: true }),
  // Chargebacks the last successful poll read, and of those how many it recorded (their webhook was lost).
  lastFound: integer().notNull().default(0),
  lastRecorded: integer().notNull().default(0),
  lastError: text(),
});

export type ChargebackPoll = typeof chargebackPolls.$inferSelect;
