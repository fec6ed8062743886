import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client';
import { inProcessConnector } from './embedded/in-process-connector';

/**
 * Runs `work` with a session setting (`set <name> = <value>`), reset after it: for a batch job
 * on the embedded database served by this process, whose one session every pooled connection
 * shares, so that one SET covers every query of the job and one RESET ends it. On PostgreSQL it
 * would reach one pooled connection, and linger there: left alone (`work` runs as it is).
 * `name` and `value` are the code's own, never input.
 */
export async function withEmbeddedSessionSetting<T>(db: DbOrTx, name: string, value: string, work: () => Promise<T>): Promise<T> {
  if (!inProcessConnector()) return work();
  await db.execute(sql.raw(`set ${name} = ${value}`));
  try {
    return await work();
  } finally {
    await db.execute(sql.raw(`reset ${name}`));
  }
}
