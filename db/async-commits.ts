import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client';
import { inProcessConnector } from './embedded/in-process-connector';

/**
 * Runs `work` with `synchronous_commit = off`: each commit returns without first writing the
 * WAL up to it (PostgreSQL writes it a little later, in larger pieces), for a batch job of
 * thousands of small transactions (the demo shop's history: its commits took half the time).
 * Rows and their consistency are the same; what a crash meanwhile could lose is the last
 * commits, and the history is built in memory, written to its data dir only at the end, after a
 * CHECKPOINT (copyDataDir) that writes every change out.
 *
 * Only on the embedded database served by this process, as withGenericPlans (one session for
 * every pooled connection): on PostgreSQL the setting would reach one pooled connection.
 */
export async function withAsyncCommits<T>(db: DbOrTx, work: () => Promise<T>): Promise<T> {
  if (!inProcessConnector()) return work();
  await db.execute(sql`set synchronous_commit = off`);
  try {
    return await work();
  } finally {
    await db.execute(sql`reset synchronous_commit`);
  }
}
