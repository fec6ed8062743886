import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { vacuumWhereDue } from './vacuum-where-due';

const stats = async (table: string) => {
  const [row] = await db.execute<{ dead: number; vacuumed: boolean }>(
    sql`select n_dead_tup::int as dead, last_vacuum is not null as vacuumed from pg_stat_user_tables where relname = ${table}`,
  );
  return row;
};

test('vacuums the tables whose dead rows passed autovacuum\'s rule, and leaves the others', { timeout: 60_000 }, async () => {
  const suffix = randomUUID().replaceAll('-', '').slice(0, 12);
  const churned = `vacuum_probe_churned_${suffix}`;
  const calm = `vacuum_probe_calm_${suffix}`;
  // Out of PostgreSQL's own autovacuum's reach, which would otherwise race the call below.
  await db.execute(sql.raw(`create table ${churned} (n int) with (autovacuum_enabled = off); insert into ${churned} select generate_series(1, 1000)`));
  await db.execute(sql.raw(`create table ${calm} (n int) with (autovacuum_enabled = off); insert into ${calm} select generate_series(1, 1000)`));
  try {
    await db.execute(sql.raw(`delete from ${churned} where n <= 900`)); // 900 dead, 100 live: due
    await db.execute(sql.raw(`delete from ${calm} where n <= 10`)); // 10 dead, 990 live: not due
    // The server counts dead rows a moment after the commit (at most once a second per session).
    await vi.waitFor(async () => expect((await stats(churned))?.dead).toBe(900), { timeout: 20_000, interval: 250 });
    await vi.waitFor(async () => expect((await stats(calm))?.dead).toBe(10), { timeout: 20_000, interval: 250 });

    const vacuumed = await vacuumWhereDue();
    expect(vacuumed).toContain(`public.${churned}`);
    expect(vacuumed).not.toContain(`public.${calm}`);
    await vi.waitFor(async () => expect(await stats(churned)).toEqual({ dead: 0, vacuumed: true }), { timeout: 20_000, interval: 250 });
    expect(await stats(calm)).toEqual({ dead: 10, vacuumed: false });
  } finally {
    await db.execute(sql.raw(`drop table if exists ${churned}, ${calm}`));
  }
});
