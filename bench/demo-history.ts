/**
 * `npm run bench:demo-history [-- customers [months]]`: the demo shop's history as the first
 * `npm run dev` plays it, on a fresh embedded database in a temporary directory.
 *
 * Prints the time to open, migrate and seed the shop, then the history's wall time, this
 * process's CPU time (user + system: the embedded database runs in this process too), the queries
 * the services sent, what the history left (subscribers, invoices, the engine log, MRR movements)
 * and the load average, since other work on the machine stretches the wall time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { startEmbeddedDatabase } from '../db/embedded/server';
import { migrateDatabase } from '../db/migrate';
import { seedDemoShop } from '../db/seed';
import { seedShopDefaults } from '../db/seed-defaults';
import { DEMO_HISTORY } from '../scripts/lib/prepare-database';

const customers = Number(process.argv[2] ?? DEMO_HISTORY.customers);
const months = Number(process.argv[3] ?? DEMO_HISTORY.months);
delete process.env.DATABASE_URL;
process.env.AUTH_SECRET ??= 'bench-demo-history-secret-0123456789abcdef';
process.env.APP_URL ??= 'http://localhost:3000';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kadens-demo-history-'));
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return ((used.user + used.system) / 1e6).toFixed(1);
};

const prepStarted = performance.now();
const prepCpu = process.cpuUsage();
const database = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pglite'), port: 0 });
try {
  await migrateDatabase(database.url);
  await seedShopDefaults(database.url);
  await seedDemoShop(database.url);
  console.log(`open + migrate + seed: ${((performance.now() - prepStarted) / 1000).toFixed(1)} s wall, ${cpuSeconds(prepCpu)} s CPU`);

  // The app's pool, made here so that every query the services send is counted.
  let queries = 0;
  process.env.KADENS_EMBEDDED_DATABASE_URL = database.url;
  (globalThis as unknown as { kadensSql?: postgres.Sql }).kadensSql = postgres(database.url, {
    max: Number(process.env.KADENS_DB_POOL_SIZE ?? 10),
    onnotice: () => {},
    debug: (_connection: number, query: string) => {
      queries += 1;
      // BENCH_QUERY_LOG=<file>: each query's text after the CPU time (µs) when it was sent.
      if (process.env.BENCH_QUERY_LOG) {
        const cpu = process.cpuUsage();
        fs.appendFileSync(process.env.BENCH_QUERY_LOG, `${cpu.user + cpu.system}\t${query.replace(/\s+/g, ' ').slice(0, 160)}\n`);
      }
    },
  });
  const { seedDemoHistory } = await import('../lib/services/demo/seed-demo-history');
  const loadBefore = load();
  const cpu = process.cpuUsage();
  const seeded = await seedDemoHistory({ customers, months, now: new Date() });
  console.log(
    `history: ${customers} customers over ${months} months: ${(seeded.ms / 1000).toFixed(1)} s wall, ${cpuSeconds(cpu)} s CPU, ${queries} queries ` +
      `(load average before ${loadBefore}, after ${load()})`,
  );
  console.log(JSON.stringify(seeded));
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  const [row] = await sql`select
      (select count(*)::int from subscriptions) as subscriptions,
      (select count(*)::int from payments where status = 'failed') as failed_payments,
      (select count(*)::int from payments where source = 'manual') as transfers,
      (select json_object_agg(kind, n) from (select kind, count(*)::int as n from mrr_movements group by kind) k) as movements,
      (select json_object_agg(status, n) from (select status, count(*)::int as n from subscriptions group by status) s) as statuses,
      (select count(*)::int from pg_prepared_statements) as prepared_statements_left`;
  console.log(JSON.stringify(row));
  await sql.end();
} finally {
  await database.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
