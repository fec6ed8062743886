import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client';
import { inProcessConnector } from './embedded/in-process-connector';

/**
 * Runs `work` with PostgreSQL planning each prepared statement once (`plan_cache_mode =
 * force_generic_plan`) instead of again on every execution: for a batch job that sends the same
 * statements thousands of times with new dates (the demo shop's history), where PostgreSQL's
 * default keeps planning the engine's date searches anew (custom plans: a generic plan costs more
 * in its estimate) and planning took longer than running them. Plans only: the rows are the same.
 *
 * Only on the embedded database served by this process, whose one session every pooled
 * connection shares: there one SET covers every query of the job and one RESET ends it. On
 * PostgreSQL it would reach one pooled connection, and linger there: left alone.
 */
export async function withGenericPlans<T>(db: DbOrTx, work: () => Promise<T>): Promise<T> {
  if (!inProcessConnector()) return work();
  await db.execute(sql`set plan_cache_mode = force_generic_plan`);
  try {
    return await work();
  } finally {
    await db.execute(sql`reset plan_cache_mode`);
  }
}
