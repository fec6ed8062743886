import { eq, lt, sql } from 'drizzle-orm';
import { RateLimiterDrizzle } from 'rate-limiter-flexible';
import { db } from '@/db/client';
import { rateLimits } from '@/db/schema';

type StoredCounter = { key: string; points: number; expire: Date | null };

const SWEEP_EVERY_MS = 5 * 60_000;
const KEEP_EXPIRED_MS = 60 * 60_000;

/**
 * rate-limiter-flexible's drizzle store, with its queries written here against the app's own
 * drizzle handle (postgres-js: PostgreSQL and the embedded server alike).
 *
 * NOTE: the library's own methods load drizzle-orm with an import() hidden from bundlers, which
 * a Next.js (Turbopack) build cannot resolve ("expression is too dynamic"). These overrides are
 * the store's extension points (RateLimiterStoreAbstract's _upsert, _get, _delete); the
 * library's atomic counting, blocking and refusals are used as they are.
 */
export class PostgresLimiter extends RateLimiterDrizzle {
  constructor(options: { keyPrefix: string; points: number; duration: number; sweepExpired: boolean }) {
    super({ ...options, storeClient: db, schema: rateLimits, clearExpiredByTimeout: false });
    if (options.sweepExpired) this.sweepExpired();
  }

  /** One atomic upsert: a counter whose window has passed starts again at `points`. */
  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<StoredCounter> {
    const expire = msDuration > 0 ? new Date(Date.now() + msDuration) : null;
    const newExpire = sql.param(expire, rateLimits.expire);
    const windowOver = sql`${rateLimits.expire} <= ${sql.param(new Date(), rateLimits.expire)}`;
    const [row] = await db
      .insert(rateLimits)
      .values({ key, points, expire })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: forceExpire
          ? { points, expire }
          : {
              points: sql`case when ${windowOver} then ${points} else ${rateLimits.points} + ${points} end`,
              expire: sql`case when ${windowOver} then ${newExpire} else ${rateLimits.expire} end`,
            },
      })
      .returning();
    return row!;
  }

  async _get(key: string): Promise<StoredCounter | null> {
    const [row] = await db
      .select()
      .from(rateLimits)
      .where(sql`${rateLimits.key} = ${key} and (${rateLimits.expire} is null or ${rateLimits.expire} > ${sql.param(new Date(), rateLimits.expire)})`)
      .limit(1);
    return row ?? null;
  }

  async _delete(key: string): Promise<boolean> {
    const deleted = await db.delete(rateLimits).where(eq(rateLimits.key, key)).returning({ key: rateLimits.key });
    return deleted.length > 0;
  }

  /** Counters an hour past their window are removed every few minutes (the sweep is table-wide). */
  private sweepExpired() {
    const timer = setTimeout(async () => {
      try {
        await db.delete(rateLimits).where(lt(rateLimits.expire, new Date(Date.now() - KEEP_EXPIRED_MS)));
      } catch (error) {
        console.warn('Could not remove expired rate-limit counters:', error instanceof Error ? error.message : error);
      }
      this.sweepExpired();
    }, SWEEP_EVERY_MS);
    timer.unref();
  }
}
