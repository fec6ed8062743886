/**
 * `npm run bench:dashboard [-- 100000 [months]] [-- --no-http]`: the dashboard at scale, against
 * PostgreSQL (`BENCH_DATABASE_URL`, `DATABASE_URL` or the local server).
 *
 * Seeds a fresh database (dropped afterwards) with N subscribers and `months` (default 24) months
 * of history: one invoice per month each (≈ 2.4M at 100,000), a payment per paid invoice, and the
 * MRR ledger that history implies (new, expansion, contraction, churn, reactivation), all written
 * by the database (bench/dashboard-seed.ts); then the rows of the other lists: subscriptions
 * ending soon, failed payments, credit notes and refunds, the outbox, the engine log, engine
 * errors, abandoned checkouts (bench/dashboard-seed-lists.ts).
 *
 * `BENCH_KEEP_DATABASE=<url of an existing, empty or seeded, database>`: seed that database once
 * (about 17 minutes at 100,000 on a loaded 2-core machine) and keep it; a later run with the same
 * URL migrates it (a new index is built then), adds what a newer seed has that it lacks, and
 * measures the history already in it. Use it to measure again, or to EXPLAIN the queries by hand.
 *
 * Then it times:
 * - server side, the reads the pages make, by the same functions: the overview (readOverview,
 *   the last 12 months as the page shows by default, and each of its reads alone), the MRR
 *   movements (getMrrMonths over 12 and 24 months, the subscriptions behind a figure, page 1 and
 *   a deep page), and every list the dashboard offers: subscribers, invoices, payments, credit
 *   notes, the outbox, the engine log, engine errors, abandoned checkouts (first page, page 201
 *   where a list has that many, searches by name, e-mail, invoice number and payment reference,
 *   and the "to act on" views: ending soon, failed payments, overdue by dunning step, refused
 *   refunds); p50 / p95 over BENCH_RUNS runs, and the rows' size as JSON;
 * - over HTTP, the built app (`npm start`, scripts/start.ts, on port BENCH_PORT, default 3250)
 *   on the same database with the seeded owner's session: the overview, the MRR figure pages, the
 *   first and a deep page of subscribers and invoices, searches, and each other list's page and
 *   "to act on" view; p50 / p95 of the whole
 *   response and its HTML bytes (and gzipped). `--no-http` skips this (no build needed).
 * Target: p95 at most 150 ms for each. The baseline, in the same run: `count(*)` over the invoices.
 *
 * Figures at 100,000 subscribers and 2,386,500 invoices (a shared 2-core machine): README,
 * "Dashboard lists and exports", before and after each change, with the ratio of each p95 to the
 * `count(*)` of the same run (the machine's load moves every figure; the ratio much less). The
 * overview reads the daily totals of migration 0043 and the MRR at a month's end the spans of
 * 0045, which the seed's inserts fill through their triggers.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { withApp, measurePage, type PageFigure } from './dashboard-http';
import { countDashboardHistory, seedDashboardHistory } from './dashboard-seed';
import { seedDashboardLists } from './dashboard-seed-lists';
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

// BENCH_KEEP_DATABASE=<url>: see the header.
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
  const lists = await seedDashboardLists(sql, months);
  console.log(
    `${lists.seconds > 0 ? `Seeded in ${lists.seconds.toFixed(1)} s (load ${load()})` : 'Kept'}: ${lists.failedPayments} failed payments, ` +
      `${lists.creditNotes} credit notes (${lists.failedRefunds} refused refunds), ${lists.emails} e-mails, ${lists.engineSteps} engine steps, ` +
      `${lists.engineErrors} engine errors, ${lists.abandoned} abandoned checkouts, ${lists.ending} subscriptions with an end`,
  );
  // NOTE: the seed writes in bulk, and the dashboard_totals triggers for written payments and
  // changed invoices leave a delta row per row (migration 0049), millions here; every billing
  // tick folds them (compactDashboardTotals), so the dashboard is measured as it reads after one,
  // and once autovacuum has cleared the deleted rows and counted the table again (a scan over
  // 2.4M dead rows, planned for 2.4M live ones: invoiced and received took 26 / 40 ms p50 / p95
  // instead of 8 / 25, and the overview 129 / 164 instead of 65 / 75).
  const { compactDashboardTotals } = await import('../lib/services/metrics/compact-dashboard-totals');
  const [unfolded] = await sql<{ n: number }[]>`select count(*)::int as n from dashboard_totals`;
  const foldStarted = performance.now();
  const folded = await compactDashboardTotals();
  await sql`vacuum analyze dashboard_totals`;
  console.log(`Folded the dashboard totals as a billing tick does: ${unfolded!.n} rows to ${folded} in ${((performance.now() - foldStarted) / 1000).toFixed(1)} s`);

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
  const { listPaymentsPage, PAYMENT_LIST, totalPaymentsList } = await import('../db/queries/dashboard/list-payments-page');
  const { listCreditNotesPage, CREDIT_NOTE_LIST, countCreditNotesWithFailedRefunds } = await import('../db/queries/dashboard/list-credit-notes-page');
  const { listOutboxEmails, OUTBOX_LIST } = await import('../db/queries/dashboard/list-outbox-emails');
  const { listEngineLog, ENGINE_LOG_LIST } = await import('../db/queries/dashboard/list-engine-log');
  const { listEngineErrors, ENGINE_ERROR_LIST } = await import('../db/queries/dashboard/list-engine-errors');
  const { listAbandonedCheckouts, ABANDONED_CHECKOUT_LIST } = await import('../db/queries/dashboard/list-abandoned-checkouts');
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
  const [someInvoice] = await sql`select number, payment_reference from invoices where number is not null order by id offset ${Math.floor(n / 3)} limit 1`;
  // This month's payments (the payments page's default range) and a cursor 5,000 in, when it has that many.
  const thisMonth = monthSpan(current, timeZone);
  const paid = { from: thisMonth.start, to: thisMonth.end, status: 'paid' as const };
  const [deepPay] = await sql`select p.settled_at::text as v, p.id from payments p join customers c on c.id = p.customer_id
    where c.test_clock_id is null and p.status = 'paid' and p.settled_at >= ${thisMonth.start.toISOString()}::timestamptz and p.settled_at < ${thisMonth.end.toISOString()}::timestamptz
    order by p.settled_at desc, p.id desc offset 5000 limit 1`;
  const [deepMail] = await sql`select created_at::text as v, id from email_outbox order by created_at desc, id desc offset 5000 limit 1`;
  const [deepStep] = await sql`select applied_at::text as v, md5(subscription_id::text || ':' || term::text || ':' || action)::uuid as id
    from billing_actions order by 1 desc, 2 desc offset 5000 limit 1`;
  const subs = (changes: object) => defaultListQuery(SUBSCRIBER_LIST, changes);
  const invs = (changes: object) => defaultListQuery(INVOICE_LIST, changes);
  const pays = (changes: object) => defaultListQuery(PAYMENT_LIST, changes);
  const subsAfter = encodeCursor(deepSub!.v, deepSub!.id);
  const invsAfter = encodeCursor(deepInv!.v, deepInv!.id);
  const after = (row: { v: string; id: string } | undefined) => (row ? encodeCursor(row.v, row.id) : null);
  const paysAfter = after(deepPay as { v: string; id: string } | undefined);
  const mailAfter = after(deepMail as { v: string; id: string } | undefined);
  const stepsAfter = after(deepStep as { v: string; id: string } | undefined);
  // The MRR at the month's end, a page 5,000 rows in (of 50).
  const mrrDeepPage = 101;

  const reads: Figure[] = [];
  // BENCH_ONLY=<regular expression>: only the reads and pages whose name matches (to look at a few again quickly).
  const only = process.env.BENCH_ONLY;
  const wanted = (name: string) => !only || new RegExp(only).test(name);
  const read = async (name: string, fn: () => PromiseLike<unknown>) => void (wanted(name) && reads.push(await measure(name, runs, fn)));
  await read('overview: every read (12 months)', () => readOverview(REAL_TIME, shown));
  await read('  MRR months (12), getMrrMonths', () => getMrrMonths(REAL_TIME, shown));
  await read('  trials', () => getTrialMetrics(REAL_TIME, range));
  await read('  invoiced in range', () => sumInvoicedBetween(REAL_TIME, range));
  await read('  received in range', () => sumPaymentsReceivedBetween(REAL_TIME, range));
  await read(`MRR months (${months}), getMrrMonths`, () => getMrrMonths(REAL_TIME, all));
  await read('MRR figure: churn of a month', () => listMrrSubscriptions(REAL_TIME, { currency: 'EUR', month: monthSpan(figureMonth, timeZone), figure: 'churn', page: 1 }));
  await read('MRR figure: MRR at month end', () => listMrrSubscriptions(REAL_TIME, { currency: 'EUR', month: monthSpan(current, timeZone), figure: 'mrr', page: 1 }));
  await read(`MRR figure: MRR at month end, page ${mrrDeepPage}`, () =>
    listMrrSubscriptions(REAL_TIME, { currency: 'EUR', month: monthSpan(current, timeZone), figure: 'mrr', page: mrrDeepPage }),
  );
  await read('MRR figure: MRR at an earlier month end', () => listMrrSubscriptions(REAL_TIME, { currency: 'EUR', month: monthSpan(figureMonth, timeZone), figure: 'mrr', page: 1 }));
  await read('subscribers, first page', async () => (await listSubscribers(REAL_TIME, subs({}))).rows);
  await read('subscribers, page 201', async () => (await listSubscribers(REAL_TIME, subs({ after: subsAfter, page: 201 }))).rows);
  await read('subscribers, search by name', async () => (await listSubscribers(REAL_TIME, subs({ q: someone!.name }))).rows);
  await read('subscribers, search by e-mail part', async () => (await listSubscribers(REAL_TIME, subs({ q: String(someone!.email).split('@')[0]!.slice(-10) }))).rows);
  await read('subscribers, ending soon', async () => (await listSubscribers(REAL_TIME, subs({ filters: { view: 'ending' } }))).rows);
  await read('subscribers, ending soon, soonest first', async () =>
    (await listSubscribers(REAL_TIME, subs({ filters: { view: 'ending' }, sort: { id: 'endsAt', desc: false } }))).rows,
  );
  await read('invoices, first page', async () => (await listInvoicesPage(REAL_TIME, invs({}))).rows);
  await read('invoices, page 201', async () => (await listInvoicesPage(REAL_TIME, invs({ after: invsAfter, page: 201 }))).rows);
  await read('invoices, search by number', async () => (await listInvoicesPage(REAL_TIME, invs({ q: someInvoice!.number }))).rows);
  await read('invoices, search by name', async () => (await listInvoicesPage(REAL_TIME, invs({ q: someone!.name }))).rows);
  await read('invoices, search by e-mail', async () => (await listInvoicesPage(REAL_TIME, invs({ q: someone!.email }))).rows);
  await read('invoices, search by payment reference', async () => (await listInvoicesPage(REAL_TIME, invs({ q: someInvoice!.payment_reference }))).rows);
  await read('invoices, overdue', async () => (await listInvoicesPage(REAL_TIME, invs({ filters: { view: 'overdue' } }))).rows);
  await read('invoices, overdue at step 1', async () => (await listInvoicesPage(REAL_TIME, invs({ filters: { view: 'overdue', step: '1' } }))).rows);
  await read('payments, first page (this month)', async () => (await listPaymentsPage(REAL_TIME, paid, pays({}))).rows);
  await read('payments, totals (this month)', () => totalPaymentsList(REAL_TIME, paid, pays({})));
  if (paysAfter) await read('payments, page 201', async () => (await listPaymentsPage(REAL_TIME, paid, pays({ after: paysAfter, page: 201 }))).rows);
  await read('payments, failed (this month)', async () => (await listPaymentsPage(REAL_TIME, { ...paid, status: 'failed' }, pays({}))).rows);
  await read('payments, failed totals', () => totalPaymentsList(REAL_TIME, { ...paid, status: 'failed' }, pays({})));
  await read('payments, search by invoice number', async () =>
    (await listPaymentsPage(REAL_TIME, { from: all[0]!.start, to: thisMonth.end }, pays({ q: someInvoice!.number }))).rows,
  );
  await read('payments, search by name', async () => (await listPaymentsPage(REAL_TIME, { from: all[0]!.start, to: thisMonth.end }, pays({ q: someone!.name }))).rows);
  await read('credit notes, first page', async () => (await listCreditNotesPage(REAL_TIME, defaultListQuery(CREDIT_NOTE_LIST, {}))).rows);
  await read('credit notes, refused refunds', async () =>
    (await listCreditNotesPage(REAL_TIME, defaultListQuery(CREDIT_NOTE_LIST, { filters: { refunds: 'failed' } }))).rows,
  );
  await read('credit notes, count of refused refunds', () => countCreditNotesWithFailedRefunds(REAL_TIME));
  await read('credit notes, search by name', async () => (await listCreditNotesPage(REAL_TIME, defaultListQuery(CREDIT_NOTE_LIST, { q: someone!.name }))).rows);
  await read('outbox, first page', async () => (await listOutboxEmails(defaultListQuery(OUTBOX_LIST, {}))).rows);
  if (mailAfter) await read('outbox, page 201', async () => (await listOutboxEmails(defaultListQuery(OUTBOX_LIST, { after: mailAfter, page: 201 }))).rows);
  await read('outbox, failed', async () => (await listOutboxEmails(defaultListQuery(OUTBOX_LIST, { filters: { status: 'failed' } }))).rows);
  await read('outbox, search by e-mail', async () => (await listOutboxEmails(defaultListQuery(OUTBOX_LIST, { q: someone!.email }))).rows);
  await read('engine log, first page', async () => (await listEngineLog(REAL_TIME, defaultListQuery(ENGINE_LOG_LIST, {}))).rows);
  if (stepsAfter) await read('engine log, page 201', async () => (await listEngineLog(REAL_TIME, defaultListQuery(ENGINE_LOG_LIST, { after: stepsAfter, page: 201 }))).rows);
  await read('engine log, dunning steps', async () => (await listEngineLog(REAL_TIME, defaultListQuery(ENGINE_LOG_LIST, { filters: { action: 'dunning' } }))).rows);
  await read('engine log, search by name', async () => (await listEngineLog(REAL_TIME, defaultListQuery(ENGINE_LOG_LIST, { q: someone!.name }))).rows);
  await read('engine errors', async () => (await listEngineErrors(REAL_TIME, defaultListQuery(ENGINE_ERROR_LIST, {}))).rows);
  await read('abandoned checkouts', async () => (await listAbandonedCheckouts(REAL_TIME, defaultListQuery(ABANDONED_CHECKOUT_LIST, {}), new Date())).rows);
  const count = await measure('count(*) over invoices', Math.max(3, Math.floor(runs / 3)), () => sql`select count(*) from invoices`);
  const readsLoad = load();

  console.log(`\nDashboard, PostgreSQL, ${n} subscribers, ${seeded.invoices} invoices, ${seeded.movements} MRR movements; target p95 ≤ 150 ms`);
  console.log(`Server reads (the pages' own functions), ${runs} runs each, load average ${readsLoad}; size = the result as JSON`);
  const widths = [44, 9, 9, 10, 9];
  console.log(cell(['read', 'p50 ms', 'p95 ms', 'size KB', 'p95/count'], widths));
  for (const f of [...reads, count]) {
    const over = f.p95 > 150 && f !== count ? '  OVER' : '';
    console.log(cell([f.name, f.p50.toFixed(1), f.p95.toFixed(1), (f.bytes / 1024).toFixed(1), (f.p95 / count.p95).toFixed(2)], widths) + over);
  }
  let pages: PageFigure[] = [];
  let pagesLoad = '';
  let pagesCount = count;
  if (http) {
    const [owner] = await sql<{ id: string }[]>`select id from users where role = 'owner' order by created_at limit 1`;
    const { signedInCookie } = await import('../lib/auth/test-session');
    const cookie = await signedInCookie(owner!.id);
    const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;
    const pageRuns = Number(process.env.BENCH_PAGE_RUNS ?? 10);
    pages = await withApp(url, port, process.env.AUTH_SECRET!, async (base) => {
      const out: PageFigure[] = [];
      const page = async (name: string, path: string) => void (wanted(name) && out.push(await measurePage(base, cookie, name, path, pageRuns)));
      await page('overview', '/dashboard');
      await page('MRR figure: churn of a month', `/dashboard/metrics/subscriptions${q({ currency: 'EUR', month: figureMonth, figure: 'churn' })}`);
      await page('MRR figure: MRR at month end', `/dashboard/metrics/subscriptions${q({ currency: 'EUR', month: current, figure: 'mrr' })}`);
      await page(
        `MRR figure: MRR at month end, page ${mrrDeepPage}`,
        `/dashboard/metrics/subscriptions${q({ currency: 'EUR', month: current, figure: 'mrr', page: String(mrrDeepPage) })}`,
      );
      await page('subscribers, first page', '/dashboard/subscribers');
      await page('subscribers, page 201', `/dashboard/subscribers${q({ after: subsAfter, page: '201' })}`);
      await page('subscribers, search by name', `/dashboard/subscribers${q({ q: someone!.name })}`);
      await page('subscribers, ending soon (to act on)', `/dashboard/subscribers${q({ view: 'ending', sort: 'endsAt' })}`);
      await page('invoices, first page', '/dashboard/invoices');
      await page('invoices, page 201', `/dashboard/invoices${q({ after: invsAfter, page: '201' })}`);
      await page('invoices, search by number', `/dashboard/invoices${q({ q: someInvoice!.number })}`);
      await page('invoices, overdue (to act on)', `/dashboard/invoices${q({ view: 'overdue' })}`);
      await page('payments, first page', '/dashboard/payments');
      await page('payments, failed (to act on)', `/dashboard/payments${q({ status: 'failed' })}`);
      await page('credit notes, refused refunds', `/dashboard/credit-notes${q({ refunds: 'failed' })}`);
      await page('outbox, first page', '/dashboard/outbox');
      await page('engine log, first page', '/dashboard/engine-log');
      await page('engine errors', '/dashboard/engine-errors');
      await page('abandoned checkouts', '/dashboard/payments/abandoned');
      pagesLoad = load();
      return out;
    });
    pagesCount = await measure('count(*) over invoices', Math.max(3, Math.floor(runs / 3)), () => sql`select count(*) from invoices`);
  }

  if (pages.length > 0) {
    console.log(
      `\nPages over HTTP (npm start, signed in as the owner), ${Number(process.env.BENCH_PAGE_RUNS ?? 10)} requests each, load average ${pagesLoad}; ` +
        `count(*) right after: p50 ${pagesCount.p50.toFixed(0)} ms, p95 ${pagesCount.p95.toFixed(0)} ms`,
    );
    console.log(cell(['page', 'p50 ms', 'p95 ms', 'HTML KB', 'gzip KB', 'p95/count'], [44, 9, 9, 10, 9, 10]));
    for (const p of pages) {
      const over = p.p95 > 150 ? '  OVER' : '';
      console.log(
        cell([p.name, p.p50.toFixed(0), p.p95.toFixed(0), (p.bytes / 1024).toFixed(1), (p.gzipBytes / 1024).toFixed(1), (p.p95 / pagesCount.p95).toFixed(2)], [44, 9, 9, 10, 9, 10]) +
          over,
      );
    }
  }
  await sql.end();
});
process.exit(0);
