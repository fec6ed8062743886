/**
 * `npm run bench:bill-run [-- 10000,100000]`: the bill run against PostgreSQL.
 *
 * For each N: a fresh database, N subscriptions whose announce, invoice and issue steps are all
 * due, then the embedded sweep (the production code path) until nothing is due. Prints
 * subscriptions/second, peak memory, and the ratio to a baseline measured in the same run:
 * COPY of the same number of invoice, invoice-line and engine-log rows into plain tables.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { withFreshDatabase } from './fresh-database';

const sizes = (process.argv[2] ?? '100000').split(',').map(Number);
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Result = {
  n: number;
  billRunMs: number;
  copyMs: number;
  copyIndexedMs: number;
  copyTablesMs: number;
  peakRssMb: number;
  /** Of which the JavaScript heap and the memory outside it (Buffers: rows sent and received). */
  peakHeapMb: number;
  peakExternalMb: number;
  retainedMb: number;
  invoices: number;
  composeMs: number;
  composed: number;
  nodeCpuMs: number;
  otherCpuMs: number;
};

type Baseline = 'bare' | 'indexed' | 'tables';

/**
 * The baseline: COPY N invoices, N lines and 3N log rows, in three shapes.
 * - `bare`: temporary tables with the columns only: no WAL, no index (the floor of writing rows).
 * - `indexed`: ordinary tables with the real tables' columns, keys and indexes (LIKE ... INCLUDING
 *   ALL; foreign keys are not copied).
 * - `tables`: our own tables, with their keys, indexes and foreign keys, one row per seeded
 *   subscription (rolled back afterwards): what storing exactly these rows in this schema costs.
 */
async function copyBaseline(url: string, n: number, shape: Baseline): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const now = new Date().toISOString();
  const subs = (await sql`select id, customer_id from subscriptions order by id limit ${n}`).map((r) => ({
    id: r.id as string,
    customer: r.customer_id as string,
  }));
  if (subs.length < n) throw new Error(`the baseline needs ${n} subscriptions, found ${subs.length}`);
  const tables = { invoices: 'invoices', lines: 'invoice_lines', actions: 'billing_actions' };
  if (shape !== 'tables') {
    const create = shape === 'bare' ? 'create temp table' : 'create table';
    const like = shape === 'bare' ? 'including defaults' : 'including all';
    for (const [key, table] of Object.entries(tables) as [keyof typeof tables, string][]) {
      await sql.unsafe(`drop table if exists b_${key}`);
      await sql.unsafe(`${create} b_${key} (like ${table} ${like})`);
      tables[key] = `b_${key}`;
    }
  }
  let ms = 0;
  const rollback = new Error('rollback');
  await sql
    .begin(async (tx) => {
      const started = performance.now();
      // Sequence numbers far above the seeded shop's own, so they never meet its unique key.
      await copy(tx, `${tables.invoices} (id, customer_id, subscription_id, status, currency, subtotal_minor, tax_minor, total_minor, series_id, sequence_number, number, term, issued_at, due_at)`, n, (i) =>
        [uuid(i), subs[i]!.customer, subs[i]!.id, 'open', 'EUR', 2936, 264, 3200, 'invoice', 1e9 + i, `KD-${1e9 + i}`, 1, now, now].join('\t'),
      );
      await copy(tx, `${tables.lines} (id, invoice_id, position, kind, description, quantity, unit_amount_minor, amount_minor, tax_rate_bp, tax_minor, subscription_id, term)`, n, (i) =>
        [uuid(n + i), uuid(i), 0, 'plan', 'Trendhouse — Monthly', 1, 3200, 3200, 900, 264, subs[i]!.id, 1].join('\t'),
      );
      await copy(tx, `${tables.actions} (subscription_id, term, action, due_at, applied_at)`, 3 * n, (i) =>
        [subs[i % n]!.id, 1, ['announce', 'invoice', 'issue'][Math.floor(i / n)], now, now].join('\t'),
      );
      ms = performance.now() - started;
      // Our own tables must be left as they were for the bill run; the others are dropped.
      if (shape === 'tables') throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  if (shape !== 'tables') for (const table of Object.values(tables)) await sql.unsafe(`drop table ${table}`);
  await sql.end();
  return ms;
}

async function copy(sql: postgres.Sql | postgres.TransactionSql, target: string, rows: number, line: (i: number) => string) {
  const stream = await sql.unsafe(`copy ${target} from stdin`).writable();
  for (let i = 0; i < rows; i += 1) {
    if (!stream.write(`${line(i)}\n`)) await new Promise((r) => stream.once('drain', r));
  }
  stream.end();
  await new Promise((r, j) => (stream.on('finish', r), stream.on('error', j)));
}

function uuid(i: number): string {
  const hex = i.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

/**
 * A CPU profile of the bill run alone (not the seeding), for `BENCH_CPU_PROFILE=<dir>`: open it
 * in Chrome DevTools or any .cpuprofile viewer.
 */
async function startCpuProfile() {
  const inspector = await import('node:inspector/promises');
  const { writeFile } = await import('node:fs/promises');
  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(file: string) {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

/** One size, in this process (its own pool and memory): the child side of the benchmark. */
async function benchOne(n: number, url: string): Promise<Result> {
  const { migrateDatabase } = await import('../db/migrate');
  const { seedDemoShop } = await import('../db/seed');
  await migrateDatabase(url);
  await seedDemoShop(url);
  const client = await import('../db/client');
  const { insertSubscribers } = await import('../test/support/bulk-subscriptions');
  const { tick } = await import('../lib/services/billing/tick');
  const { getShopSettings } = await import('../lib/services/settings/get-shop-settings');
  const { timeZone } = await getShopSettings(client.db);

  // Started 40 days ago: term 1's announce, invoice and issue are all due now.
  const startAt = new Date(Date.now() - 40 * 86_400_000);
  await insertSubscribers(client.db, { count: n, planCode: 'trendhouse-monthly', startAt, clockId: null, timeZone, chunk: 2000 });
  // NOTE: statistics as autovacuum would have them on a live database; straight after a bulk
  // insert the planner still thinks the tables are empty and picks scans that cost 10x.
  await client.sql`analyze`;
  const copyMs = await copyBaseline(url, n, 'bare');
  const copyIndexedMs = await copyBaseline(url, n, 'indexed');
  const copyTablesMs = await copyBaseline(url, n, 'tables');
  // NOTE: the rolled-back rows left dead tuples and index entries behind (and autovacuum may be
  // off); rewriting the three tables gives the bill run the same clean tables as before.
  await client.sql`vacuum full analyze invoices, invoice_lines, billing_actions`;

  // The baselines' and the seeding's garbage is not the bill run's memory.
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const heapBeforeMb = process.memoryUsage().heapUsed / 2 ** 20;
  const peakParts = { heapTotal: 0, external: 0 };
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    peakParts.heapTotal = Math.max(peakParts.heapTotal, m.heapTotal);
    peakParts.external = Math.max(peakParts.external, m.external);
  }, 25);
  const profiler = process.env.BENCH_CPU_PROFILE ? await startCpuProfile() : null;
  const cpuBefore = { node: process.cpuUsage(), machine: await machineCpuMs() };
  const started = performance.now();
  const report = await tick({
    now: new Date(),
    batchSize: Number(process.env.BENCH_BATCH ?? 2000),
    concurrency: process.env.BENCH_CONCURRENCY ? Number(process.env.BENCH_CONCURRENCY) : undefined,
    composeEmails: false,
  });
  const billRunMs = performance.now() - started;
  const nodeCpu = process.cpuUsage(cpuBefore.node);
  const nodeCpuMs = (nodeCpu.user + nodeCpu.system) / 1000;
  const machineMs = (await machineCpuMs()) - cpuBefore.machine;
  if (profiler) await profiler.stop(`${process.env.BENCH_CPU_PROFILE}/bill-run-${n}.cpuprofile`);
  clearInterval(sampler);
  // What the run left behind once collected: flat in N means nothing accumulates per batch.
  (globalThis as { gc?: () => void }).gc?.();
  const retainedMb = process.memoryUsage().heapUsed / 2 ** 20 - heapBeforeMb;
  // The e-mails the run decided on (announcement, invoice with PDF) are composed after it, as
  // the outbox relay does in production: timed apart, on a sample when N is large.
  const { composePendingEmails } = await import('../lib/services/email/compose-pending-emails');
  const composeStarted = performance.now();
  const { composed } = await composePendingEmails({ limit: Math.min(n * 2, Number(process.env.BENCH_COMPOSE_SAMPLE ?? 2000)) });
  const composeMs = performance.now() - composeStarted;
  if (report.failed.length) throw new Error(`bill run failed for ${report.failed.length}: ${report.failed[0]!.error}`);
  const [row] = await client.sql`select count(*)::int as count from invoices where term = 1`;
  await client.sql.end();
  return {
    n,
    billRunMs,
    copyMs,
    copyIndexedMs,
    copyTablesMs,
    peakRssMb: peak / 2 ** 20,
    peakHeapMb: peakParts.heapTotal / 2 ** 20,
    peakExternalMb: peakParts.external / 2 ** 20,
    retainedMb,
    invoices: row!.count as number,
    composeMs,
    composed,
    nodeCpuMs,
    otherCpuMs: machineMs - nodeCpuMs,
  };
}

/**
 * CPU time used by the whole machine so far (Linux /proc/stat; NaN elsewhere): the bill run's
 * machine time minus this process's is, on a quiet machine, what the database server spent.
 */
async function machineCpuMs(): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  try {
    const cpu = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: busy = all but idle and iowait.
    const busy = cpu.slice(0, 8).reduce((a, b) => a + b, 0) - cpu[3]! - cpu[4]!;
    return (busy * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

if (process.argv[2] === '--one') {
  const result = await benchOne(Number(process.argv[3]), process.env.DATABASE_URL!);
  console.log(`RESULT ${JSON.stringify(result)}`);
  process.exit(0);
}

const results: Result[] = [];
for (const n of sizes) {
  results.push(
    await withFreshDatabase(adminUrl, async (url) => {
      const child = spawnSync('npx', ['tsx', 'bench/bill-run.ts', '--one', String(n)], {
        // A fixed secret: the run signs a pay link for every invoice it e-mails.
        env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`, DATABASE_URL: url, KADENS_DB_POOL_SIZE: '4', AUTH_SECRET: process.env.AUTH_SECRET ?? 'bench-only-secret' },
        encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 64 * 2 ** 20,
      });
      const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) throw new Error(`benchmark for ${n} failed (exit ${child.status}; its error is printed above)`);
      return JSON.parse(line.slice('RESULT '.length)) as Result;
    }),
  );
}
console.log('\nBill run (announce + invoice + issue for every subscription), PostgreSQL');
console.log('Baselines: COPY of the same N invoices, N lines and 3N log rows: into bare temporary tables');
console.log('("bare"), into copies with the real keys and indexes ("indexed"), and into our own tables');
console.log('with their keys, indexes and foreign keys, rolled back ("tables"); ratio = bill run / COPY.');
const head = ['N', 'bill run s', 'subs/s', 'bare s', 'ratio', 'indexed s', 'ratio', 'tables s', 'ratio', 'peak RSS MB', 'invoices'];
const widths = [8, 11, 9, 8, 7, 10, 7, 9, 7, 12, 9];
console.log(head.map((h, i) => h.padStart(widths[i]!)).join(' '));
for (const r of results) {
  const cells = [
    String(r.n),
    (r.billRunMs / 1000).toFixed(2),
    Math.round(r.n / (r.billRunMs / 1000)).toString(),
    (r.copyMs / 1000).toFixed(2),
    (r.billRunMs / r.copyMs).toFixed(2),
    (r.copyIndexedMs / 1000).toFixed(2),
    (r.billRunMs / r.copyIndexedMs).toFixed(2),
    (r.copyTablesMs / 1000).toFixed(2),
    (r.billRunMs / r.copyTablesMs).toFixed(2),
    r.peakRssMb.toFixed(0),
    String(r.invoices),
  ];
  console.log(cells.map((c, i) => c.padStart(widths[i]!)).join(' '));
}
console.log('\nMemory (MB): peak heap reserved, peak outside the heap, heap the run left behind once collected');
for (const r of results) {
  console.log(`  N=${r.n}: ${r.peakHeapMb.toFixed(0)} / ${r.peakExternalMb.toFixed(0)} / ${r.retainedMb.toFixed(1)}`);
}
console.log('\nCPU during the bill run (seconds): this process / the rest of the machine (the database server)');
for (const r of results) console.log(`  N=${r.n}: ${(r.nodeCpuMs / 1000).toFixed(2)} / ${(r.otherCpuMs / 1000).toFixed(2)}`);
console.log('\nE-mail composition after the run (load, render, store in the outbox), on a sample:');
for (const r of results) {
  console.log(`  N=${r.n}: ${r.composed} e-mails in ${(r.composeMs / 1000).toFixed(2)} s = ${Math.round(r.composed / (r.composeMs / 1000))}/s`);
}
process.exit(0);
