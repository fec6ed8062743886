import { sql } from 'drizzle-orm';
import { db } from './client';

/**
 * Vacuums and analyzes the tables whose dead rows have passed autovacuum's own default rule
 * (more than 50 plus a fifth of the live rows), largest first; returns their names.
 *
 * NOTE: for the embedded database. PGlite runs no autovacuum, so the rows every update and delete
 * leaves behind (a domain event is updated three times, each billing tick folds the dashboard
 * totals) would stay for good, and tables and indexes would only grow; on PostgreSQL autovacuum
 * does this already. VACUUM runs outside a transaction, one table at a time.
 */
export async function vacuumWhereDue(): Promise<string[]> {
  const due = await db.execute<{ name: string }>(sql`
    select format('%I.%I', schemaname, relname) as name from pg_stat_user_tables
    where n_dead_tup > 50 + 0.2 * n_live_tup
    order by n_dead_tup desc`);
  const names = due.map((row) => row.name);
  // The names come from the catalog, quoted by format('%I'): never input.
  for (const name of names) await db.execute(sql.raw(`vacuum (analyze) ${name}`));
  return names;
}
