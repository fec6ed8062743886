/**
 * `npm run bench:demo-history [-- customers [months]]`: the demo shop's history as the first
 * `npm run dev` plays it: on a fresh embedded database in memory, then written to a data dir in
 * a temporary directory and opened there (db/embedded/build-in-memory.ts, persist-data-dir.ts).
 *
 * Prints the time to open, migrate and seed the shop, then the history's wall time, this
 * process's CPU time (user + system: the embedded database runs in this process too), the queries
 * the services sent, what the history left (subscribers, invoices, the engine log, MRR movements,
 * the e-mails in the outbox) and the load average, since other work on the machine stretches the
 * wall time. The baseline, measured in the same run before and after the history: 5,000 one-row
 * round trips through the same pool to the same database; the ratio of the history's CPU time to
 * it is what compares across runs on a machine whose load changes. Last, the time to persist
 * it (the dump of the data dir, then writing and opening it), and the first start's total.
 */
// First, as in the launcher: React's production build for the history's e-mails.
import '../scripts/lib/react-production';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { buildDataDirInMemory } from '../db/embedded/build-in-memory';
import { useInProcessConnections } from '../db/embedded/in-process-connector';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../db/embedded/server';
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
const dataDir = path.join(dir, 'pglite');
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const BASELINE_ROUND_TRIPS = 5000;
/**
 * The baseline: CPU seconds of BASELINE_ROUND_TRIPS prepared one-row selects sent one after the
 * other through the app's pool, to the same embedded database (a round trip's fixed cost, which
 * every query of the history pays too).
 */
async function roundTrips(pool: postgres.Sql): Promise<number> {
  const started = process.cpuUsage();
  for (let i = 0; i < BASELINE_ROUND_TRIPS; i += 1) await pool.unsafe('select $1::int as n', [i], { prepare: true });
  return cpuSeconds(started);
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const prepStarted = performance.now();
const prepCpu = process.cpuUsage();
let prepared = 0;
let filled = 0;
let written = 0;
let historyStarted = 0;
let historyEnded = 0;
// As a first start builds it (scripts/lib/prepare-database.ts): in memory, written to the data
// dir once at the end, then opened there.
const database = await startEmbeddedDatabase({
  dataDir,
  port: 0,
  firstStart: (directory) =>
    buildDataDirInMemory(directory, async (memory) => {
      await history(memory);
      filled = performance.now();
    }).then(() => void (written = performance.now())),
});
const opened = performance.now();
await database.stop();
const persist = opened - filled;
// The first start's time: without this benchmark's own measuring (the baselines, the counts).
const firstStart = prepared - prepStarted + (historyEnded - historyStarted) + persist;
console.log(
  `persist: ${(persist / 1000).toFixed(1)} s (written to the data dir in ${((written - filled) / 1000).toFixed(1)} s, opened there in ${((opened - written) / 1000).toFixed(1)} s); ` +
    `first start: open + migrate + seed, history, persist: ${(firstStart / 1000).toFixed(1)} s`,
);
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);

async function history(database: EmbeddedDatabase): Promise<void> {
  await migrateDatabase(database.url);
  await seedShopDefaults(database.url);
  await seedDemoShop(database.url);
  prepared = performance.now();
  console.log(`open + migrate + seed: ${seconds(prepStarted)} s wall, ${cpuSeconds(prepCpu).toFixed(1)} s CPU`);

  // The app's pool, made here so that the queries the services send can be logged.
  // NOTE: queries are counted by the server (each statement it runs), not with postgres-js's
  // `debug` hook: with a hook set, postgres-js captures a stack trace for every query (CPU the
  // app does not spend); only a query log asks for it.
  const queryLog = process.env.BENCH_QUERY_LOG;
  process.env.KADENS_EMBEDDED_DATABASE_URL = database.url;
  useInProcessConnections(database.connectInProcess);
  const poolOptions: postgres.Options<Record<string, never>> & { socket?: () => unknown } = {
    max: Number(process.env.KADENS_DB_POOL_SIZE ?? 10),
    onnotice: () => {},
    // As `npm run dev` connects its own pool: in process, without TCP (db/embedded/in-process-connector.ts).
    socket: database.connectInProcess,
    // BENCH_QUERY_LOG=<file>: each query's text after the CPU time (µs) when it was sent.
    debug: queryLog
      ? (_connection: number, query: string) => {
          const cpu = process.cpuUsage();
          fs.appendFileSync(queryLog, `${cpu.user + cpu.system}\t${query.replace(/\s+/g, ' ').slice(0, 160)}\n`);
        }
      : undefined,
  };
  (globalThis as unknown as { kadensSql?: postgres.Sql }).kadensSql = postgres(database.url, poolOptions);
  const { seedDemoHistory } = await import('../lib/services/demo/seed-demo-history');
  const pool = (globalThis as unknown as { kadensSql: postgres.Sql }).kadensSql;
  const baselineBefore = await roundTrips(pool);
  const statementsBefore = database.statements();
  const loadBefore = load();
  const cpu = process.cpuUsage();
  historyStarted = performance.now();
  const seeded = await seedDemoHistory({ customers, months, now: new Date() });
  historyEnded = performance.now();
  const historyCpu = cpuSeconds(cpu);
  const historyQueries = database.statements() - statementsBefore;
  const loadAfter = load();
  const baselineAfter = await roundTrips(pool);
  console.log(
    `history: ${customers} customers over ${months} months: ${(seeded.ms / 1000).toFixed(1)} s wall, ${historyCpu.toFixed(1)} s CPU, ${historyQueries} queries ` +
      `(load average before ${loadBefore}, after ${loadAfter})`,
  );
  // The baseline, before and after the history in the same run: the machine's load stretches both alike.
  const baseline = (baselineBefore + baselineAfter) / 2;
  console.log(
    `baseline: ${BASELINE_ROUND_TRIPS} one-row round trips through the same pool: ${baselineBefore.toFixed(2)} s CPU before, ${baselineAfter.toFixed(2)} s after ` +
      `(${((baseline / BASELINE_ROUND_TRIPS) * 1e6).toFixed(0)} µs each)`,
  );
  console.log(
    `ratio: history CPU / baseline CPU = ${(historyCpu / baseline).toFixed(1)} ` +
      `(the history costs as much CPU as ${Math.round((historyCpu / baseline) * BASELINE_ROUND_TRIPS)} round trips; ${(historyCpu / baseline / customers).toFixed(2)} baselines per customer)`,
  );
  console.log(JSON.stringify(seeded));
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  const [row] = await sql`select
      (select count(*)::int from subscriptions) as subscriptions,
      (select count(*)::int from payments where status = 'failed') as failed_payments,
      (select count(*)::int from payments where source = 'manual') as transfers,
      (select json_object_agg(kind, n) from (select kind, count(*)::int as n from mrr_movements group by kind) k) as movements,
      (select json_object_agg(status, n) from (select status, count(*)::int as n from subscriptions group by status) s) as statuses,
      (select count(*)::int from pg_prepared_statements) as prepared_statements_left,
      (select json_object_agg(template, n) from (select template, count(*)::int as n from email_outbox group by template) e) as emails`;
  console.log(JSON.stringify(row));
  await sql.end();
}
