import type { DbOrTx } from './client';
import { withEmbeddedSessionSetting } from './embedded-session-setting';

/**
 * Runs `work` with PostgreSQL planning each prepared statement once (`plan_cache_mode =
 * force_generic_plan`) instead of again on every execution: for a batch job that sends the same
 * statements thousands of times with new dates (the demo shop's history), where PostgreSQL's
 * default keeps planning the engine's date searches anew (custom plans: a generic plan costs more
 * in its estimate) and planning took longer than running them. Plans only: the rows are the same.
 *
 * Only on the embedded database served by this process (withEmbeddedSessionSetting).
 */
export function withGenericPlans<T>(db: DbOrTx, work: () => Promise<T>): Promise<T> {
  return withEmbeddedSessionSetting(db, 'plan_cache_mode', 'force_generic_plan', work);
}
