/**
 * `npm run bench:dashboard [-- 100000 [months]] [-- --no-http]`: the dashboard at scale, against
 * PostgreSQL (`BENCH_DATABASE_URL`, `DATABASE_URL` or the local server).
 *
 * Seeds a fresh database (dropped afterwards) with N subscribers and `months` (default 24) months
 * of history: one invoice per month each (≈ 2.4M at 100,000), a payment per paid invoice, and the
 * MRR ledger that history implies (new, expansion, contraction, churn, reactivation), all written
 * by the database (bench/dashboard-seed.ts). Then it times:
 * - server side, the reads the pages make, by the same functions: the overview (readOverview,
 *   the last 12 months as the page shows by default, and each of its reads alone), the MRR
 *   movements (getMrrMonths over 12 and 24 months, the subscriptions behind a figure), and the
 *   subscribers and invoices lists (first page, page 201, searches, the "ending soon" and
 *   "overdue" views); p50 / p95 over BENCH_RUNS runs, and the rows' size as JSON;
 * - over HTTP, the built app (`npm start`, scripts/start.ts, on port BENCH_PORT, default 3250)
 *   on the same database with the seeded owner's session: the overview, the MRR figure page, the
 *   first and a deep page of subscribers and invoices, and searches; p50 / p95 of the whole
 *   response and its HTML bytes (and gzipped). `--no-http` skips this (no build needed).
 * Target: p95 at most 150 ms for each. The baseline, in the same run: `count(*)` over the invoices.
 *
 * Figures at 100,000 subscribers and 2,386,500 invoices (a shared 2-core machine): README,
 * "Dashboard lists and exports". The lists and the overview meet the target (the overview reads the
 * daily totals of migration 0042, which the seed's inserts fill through their triggers); the MRR at
 * a month's end and "ending soon" do not yet.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { withApp, measurePage, type PageFigure } from './dashboard-http';
import { countDashboardHistory, seedDashboardHistory } from './dashboard-seed';
import { withFreshDatabase } from './fresh-database';
import { percentiles } from './percentiles';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 100_000);
const months = Number(args[1] ?? 24);
const http = !process.argv.includes('--no-http');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const port = Number(process.env.BENCH_PORT ?? 3250);
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
if (months < 22) throw new Error('at least 22 months: the churned subscribers come back at term 21');
process.env.AUTH_SECRET ??= 'bench-dashboard-only-secret-0123456789abcdef';

type Figure = { name: string; p50: number; p95: number; bytes: number };

async function measure(name: string, times: number, read: () => PromiseLike<unknown>): Promise<Figure> {
  const ms: number[] = [];
  let result = await read(); // warm the plan cache and the buffers: a live dashboard is warm
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    result = await read();
    ms.push(performance.now() - started);
  }
  return { name, ...percentiles(ms), bytes: Buffer.byteLength(JSON.stringify(result) ?? '') };
}

const load = () => os.loadavg()[0]!.toFixed(1);
const cell = (values: string[], widths: number[]) => values.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');

// BENCH_KEEP_DATABASE=<url>: seed that database once and keep it (to EXPLAIN the queries by hand,
// or to measure again without seeding again).
const keep = process.env.BENCH_KEEP_DATABASE;
await (keep ? (run: (url: string) => Promise<void>) => run(keep) : (run: (url: string) => Promise<void>) => withFreshDatabase(adminUrl, run))(async (url) => {
  process.env.DATABASE_URL = url;
  const { migrateDatabase } = await import('../db/migrate');
  const { seedDemoShop } = await import('../db/seed');
  await migrateDatabase(url);
  await seedDemoShop(url);
  const { sql } = await import('../db/client');
  // A kept database is seeded once: later runs measure the history already in it.
  const [held] = await sql<{ n: number }[]>`select count(*)::int as n from customers where email like 'subscriber-%@example.invalid'`;
  const seeded = held!.n > 0 ? await countDashboardHistory(sql) : await seedDashboardHistory(sql, { subscribers: n, months });
  if (held!.n > 0 && held!.n !== n) throw new Error(`the kept database holds ${held!.n} subscribers, not ${n}`);
  console.log(
    `${held!.n > 0 ? 'Kept' : 'Seeded'} ${n} subscribers, ${seeded.invoices} invoices, ${seeded.payments} payments, ${seeded.movements} MRR movements` +
      (held!.n > 0 ? '' : ` in ${seeded.seconds.toFixed(1)} s (load ${load()})`),
  );

  const { REAL_TIME } = await import('../db/queries/clock-scope');
  const { getDashboardSettings } = await import('../db/queries/dashboard/get-dashboard-settings');
  const { readOverview } = await import('../db/queries/dashboard/read-overview');
  const { getMrrMonths } = await import('../db/queries/dashboard/get-mrr-months');
  const { getTrialMetrics } = await import('../db/queries/dashboard/get-trial-metrics');
  const { sumInvoicedBetween } = await import('../db/queries/dashboard/sum-invoiced-between');
  const { sumPaymentsReceivedBetween } = await import('../db/queries/dashboard/sum-payments-received-between');
  const { listMrrSubscriptions } = await import('../db/queries/dashboard/list-mrr-subscriptions');
  const { listSubscribers, SUBSCRIBER_LIST } = await import('../db/queries/dashboard/list-subscribers');
  const { listInvoicesPage, INVOICE_LIST } = await import('../db/queries/dashboard/list-invoices');
  const { encodeCursor } = await import('../db/queries/lists/keyset-page');
  const { defaultListQuery } = await import('../lib/validations/list-query');
  const { addMonthsToKey, monthKeyOf, monthSpan, monthSpans } = await import('../lib/billing/metrics/month-range');
  const { DEFAULT_METRICS_MONTHS } = await import('../lib/validations/metrics-range');

  const { timeZone } = await getDashboardSettings();
  const current = monthKeyOf(new Date(), timeZone);
  const shown = monthSpans(addMonthsToKey(current, 1 - DEFAULT_METRICS_MONTHS), current, timeZone);
  const all = monthSpans(addMonthsToKey(current, 1 - months), current, timeZone);
  const range = { from: shown[0]!.start, to: shown[shown.length - 1]!.end };
  // The month 18 terms in: its churn and contraction figures have rows (see the seed).
  const figureMonth = addMonthsToKey(current, 18 - months);

  // A cursor 5,000 rows in (page 201 of 25), found once with OFFSET, outside the timing.
  const [deepSub] = await sql`select s.started_at::text as v, s.id from subscriptions s join customers c on c.id = s.customer_id
    where c.test_clock_id is null order by s.started_at desc, s.id desc offset ${Math.min(5000, n - 1)} limit 1`;
  const [deepInv] = await sql`select i.created_at::text as v, i.id from invoices i join customers c on c.id = i.customer_id
    where c.test_clock_id is null order by i.created_at desc, i.id desc offset 5000 limit 1`;
  const [someone] = await sql`select name, email from customers order by id offset ${Math.floor(n / 2)} limit 1`;
  const [someInvoice] = await sql`select number from invoices where number is not null order by id offset ${Math.floor(n / 3)} limit 1`;
  const subs = (changes: object) => defaultListQuery(SUBSCRIBER_LIST, changes);
  const invs = (changes: object) => defaultListQuery(INVOICE_LIST, changes);
  const subsAfter = encodeCursor(deepSub!.v, deepSub!.id);
  const invsAfter = encodeCursor(deepInv!.v, deepInv!.id);

  const reads: Figure[] = [];
  const read = async (name: string, fn: () => PromiseLike<unknown>) => void reads.push(await measure(name, runs, fn));
  await read('overview: every read (12 months)', () => readOverview(REAL_TIME, shown));
  await read('  MRR months (12), getMrrMonths', () => getMrrMonths(REAL_TIME, shown));
  await read('  trials', () => getTrialMetrics(REAL_TIME, range));
  await read('  invoiced in range', () => sumInvoicedBetween(REAL_TIME, range));
  await read('  received in range', () => sumPaymentsReceivedBetween(REAL_TIME, range));
  await read(`MRR months (${months}), getMrrMonths`, () => getMrrMonths(REAL_TIME, all));
  await read('MRR figure: churn of a month', () => listMrrSubscriptions(REAL_TIME, { currency: 'EUR', month: monthSpan(figureMonth, timeZone), figure: 'churn', page: 1 }));
  await read('MRR figure: MRR at month end', () => listMrrSubscriptions(REAL_TIME, { currency: 'EUR', month: monthSpan(current, timeZone), figure: 'mrr', page: 1 }));
  await read('subscribers, first page', async () => (await listSubscribers(REAL_TIME, subs({}))).rows);
  await read('subscribers, page 201', async () => (await listSubscribers(REAL_TIME, subs({ after: subsAfter, page: 201 }))).rows);
  await read('subscribers, search by name', async () => (await listSubscribers(REAL_TIME, subs({ q: someone!.name }))).rows);
  await read('subscribers, search by e-mail part', async () => (await listSubscribers(REAL_TIME, subs({ q: String(someone!.email).split('@')[0]!.slice(-10) }))).rows);
  await read('subscribers, ending soon', async () => (await listSubscribers(REAL_TIME, subs({ filters: { view: 'ending' } }))).rows);
  await read('invoices, first page', async () => (await listInvoicesPage(REAL_TIME, invs({}))).rows);
  await read('invoices, page 201', async () => (await listInvoicesPage(REAL_TIME, invs({ after: invsAfter, page: 201 }))).rows);
  await read('invoices, search by number', async () => (await listInvoicesPage(REAL_TIME, invs({ q: someInvoice!.number }))).rows);
  await read('invoices, search by name', async () => (await listInvoicesPage(REAL_TIME, invs({ q: someone!.name }))).rows);
  await read('invoices, overdue at step 1', async () => (await listInvoicesPage(REAL_TIME, invs({ filters: { view: 'overdue', step: '1' } }))).rows);
  const count = await measure('count(*) over invoices', Math.max(3, Math.floor(runs / 3)), () => sql`select count(*) from invoices`);
  const readsLoad = load();

  console.log(`\nDashboard, PostgreSQL, ${n} subscribers, ${seeded.invoices} invoices, ${seeded.movements} MRR movements; target p95 ≤ 150 ms`);
  console.log(`Server reads (the pages' own functions), ${runs} runs each, load average ${readsLoad}; size = the result as JSON`);
  const widths = [38, 9, 9, 10, 9];
  console.log(cell(['read', 'p50 ms', 'p95 ms', 'size KB', 'p95/count'], widths));
  for (const f of [...reads, count]) {
    const over = f.p95 > 150 && f !== count ? '  OVER' : '';
    console.log(cell([f.name, f.p50.toFixed(1), f.p95.toFixed(1), (f.bytes / 1024).toFixed(1), (f.p95 / count.p95).toFixed(2)], widths) + over);
  }
  let pages: PageFigure[] = [];
  let pagesLoad = '';
  if (http) {
    const [owner] = await sql<{ id: string }[]>`select id from users where role = 'owner' order by created_at limit 1`;
    const { signedInCookie } = await import('../lib/auth/test-session');
    const cookie = await signedInCookie(owner!.id);
    const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;
    const pageRuns = Number(process.env.BENCH_PAGE_RUNS ?? 10);
    pages = await withApp(url, port, process.env.AUTH_SECRET!, async (base) => {
      const out: PageFigure[] = [];
      const page = async (name: string, path: string) => void out.push(await measurePage(base, cookie, name, path, pageRuns));
      await page('overview', '/dashboard');
      await page('MRR figure: churn of a month', `/dashboard/metrics/subscriptions${q({ currency: 'EUR', month: figureMonth, figure: 'churn' })}`);
      await page('subscribers, first page', '/dashboard/subscribers');
      await page('subscribers, page 201', `/dashboard/subscribers${q({ after: subsAfter, page: '201' })}`);
      await page('subscribers, search by name', `/dashboard/subscribers${q({ q: someone!.name })}`);
      await page('invoices, first page', '/dashboard/invoices');
      await page('invoices, page 201', `/dashboard/invoices${q({ after: invsAfter, page: '201' })}`);
      await page('invoices, search by number', `/dashboard/invoices${q({ q: someInvoice!.number })}`);
      pagesLoad = load();
      return out;
    });
  }

  if (pages.length > 0) {
    console.log(`\nPages over HTTP (npm start, signed in as the owner), ${Number(process.env.BENCH_PAGE_RUNS ?? 10)} requests each, load average ${pagesLoad}`);
    console.log(cell(['page', 'p50 ms', 'p95 ms', 'HTML KB', 'gzip KB', 'p95/count'], [38, 9, 9, 10, 9, 10]));
    for (const p of pages) {
      const over = p.p95 > 150 ? '  OVER' : '';
      console.log(
        cell([p.name, p.p50.toFixed(0), p.p95.toFixed(0), (p.bytes / 1024).toFixed(1), (p.gzipBytes / 1024).toFixed(1), (p.p95 / count.p95).toFixed(2)], [38, 9, 9, 10, 9, 10]) +
          over,
      );
    }
  }
  await sql.end();
});
process.exit(0);
