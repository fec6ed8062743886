import type { DbOrTx } from './client';
import { withEmbeddedSessionSetting } from './embedded-session-setting';

/**
 * Runs `work` with `synchronous_commit = off`: each commit returns without first writing the
 * WAL up to it (PostgreSQL writes it a little later, in larger pieces), for a batch job of
 * thousands of small transactions (the demo shop's history: its commits took half the time).
 * Rows and their consistency are the same; what a crash meanwhile could lose is the last
 * commits, and the history is built in memory, written to its data dir only at the end, after a
 * CHECKPOINT (copyDataDir) that writes every change out. Embedded database only (withEmbeddedSessionSetting).
 */
export function withAsyncCommits<T>(db: DbOrTx, work: () => Promise<T>): Promise<T> {
  return withEmbeddedSessionSetting(db, 'synchronous_commit', 'off', work);
}
