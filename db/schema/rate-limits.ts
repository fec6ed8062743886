import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Counters of the rate limits (rate-limiter-flexible's store layout: key, points, expire), in
 * the database every app instance shares. Keys hold hashes, never an address or an IP as typed.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text().primaryKey(),
    points: integer().notNull().default(0),
    expire: timestamp({ mode: 'date', withTimezone: true }),
  },
  (t) => [index('rate_limits_expire_idx').on(t.expire)],
);
