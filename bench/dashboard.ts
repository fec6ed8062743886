/**
 * `npm run bench:dashboard [-- 100000 [invoicesPerSubscriber]]`: the dashboard's lists at scale,
 * against PostgreSQL (`BENCH_DATABASE_URL`, `DATABASE_URL` or the local server).
 *
 * Seeds a fresh database with N subscribers started over two years and M invoices each, written
 * by the database (INSERT … SELECT, no row-by-row round trips). Then it
 * times, server side, what the subscribers and invoices pages read and hand to the browser: the
 * first page, a deep page, searches, and the "overdue" view; p50 / p95 over repeated runs, and
 * the size of the rows serialized for the client (what the page's payload carries). The baseline,
 * measured in the same run: the unpaged query the pages used before (every row to the browser),
 * and a `count(*)` over the invoices.
 */
import { performance } from 'node:perf_hooks';
import { withFreshDatabase } from './fresh-database';

const n = Number(process.argv[2] ?? 100_000);
const perSubscriber = Number(process.argv[3] ?? 6);
const runs = Number(process.env.BENCH_RUNS ?? 15);
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Figure = { name: string; p50: number; p95: number; bytes: number; rows: number };

async function measure(name: string, times: number, read: () => PromiseLike<readonly unknown[]>): Promise<Figure> {
  const ms: number[] = [];
  let rows: readonly unknown[] = [];
  await read(); // warm the plan cache and the buffers: a live dashboard is warm
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    rows = await read();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]!;
  return { name, p50: at(0.5), p95: at(0.95), bytes: Buffer.byteLength(JSON.stringify(rows)), rows: rows.length };
}

async function seed(url: string) {
  process.env.DATABASE_URL = url;
  const { migrateDatabase } = await import('../db/migrate');
  const { seedDemoShop } = await import('../db/seed');
  await migrateDatabase(url);
  await seedDemoShop(url);
  const client = await import('../db/client');
  const started = performance.now();
  // NOTE: written by the database itself (INSERT … SELECT over generate_series, like COPY: no
  // round trip per row): the bill-run benchmark's seeding goes through the ORM in chunks, 18 s for
  // 5,000 subscribers here, and these lists need rows, not engine cursors.
  await client.sql.unsafe(`
    insert into users (id, name, email, role)
    select 'bench-' || g, 'Subscriber ' || g, 'subscriber-' || g || '@example.invalid', 'customer' from generate_series(1, ${n}) g;
    insert into customers (user_id, name, email, address_line1, postal_code, city, country)
    select id, name, email, 'Bulk street 1', '1000 AA', 'Amsterdam', 'NL' from users where id like 'bench-%';
    insert into subscriptions (customer_id, plan_id, status, quantity, currency, unit_price_minor, anchor_at, current_term,
      current_period_start, current_period_end, commitment_ends_at, started_at, created_at)
    select customer_id, plan_id, 'active', 1, currency, price_minor, start, 0, start, start + interval '1 month',
      start + interval '12 months', start, start
    from (
      -- random() in the select list: once per row (a lateral subquery would be evaluated once).
      select c.id as customer_id, p.id as plan_id, p.currency, p.price_minor, now() - random() * interval '730 days' as start
      from customers c cross join (select id, currency, price_minor from plans where code = 'trendhouse-monthly') p
      where c.email like 'subscriber-%@example.invalid'
    ) x;`);
  await client.sql`insert into invoice_series (id, prefix) values ('bench', 'BN-') on conflict do nothing`;
  await client.sql.unsafe(`
    insert into invoices (customer_id, subscription_id, term, status, series_id, sequence_number, number, currency,
      subtotal_minor, tax_minor, total_minor, amount_paid_minor, customer_snapshot, payment_reference,
      issued_at, due_at, paid_at, next_dunning_step, next_dunning_at, created_at)
    select s.customer_id, s.id, t.term,
      (case when t.term = ${perSubscriber} and s.rn % 10 = 0 then 'open' else 'paid' end)::invoice_status,
      'bench', (s.rn - 1) * ${perSubscriber} + t.term, 'BN-' || lpad(((s.rn - 1) * ${perSubscriber} + t.term)::text, 9, '0'), 'EUR',
      2800, 400, 3200, case when t.term = ${perSubscriber} and s.rn % 10 = 0 then 0 else 3200 end,
      jsonb_build_object('name', c.name, 'email', c.email),
      'RF' || lpad(((s.rn - 1) * ${perSubscriber} + t.term)::text, 12, '0'),
      now() - ((${perSubscriber} - t.term) * 30 + 20) * interval '1 day', now() - ((${perSubscriber} - t.term) * 30 + 6) * interval '1 day',
      null, case when t.term = ${perSubscriber} and s.rn % 10 = 0 then (s.rn % 3)::int end, null,
      now() - (${perSubscriber} - t.term) * interval '30 days' + (s.rn % 86400) * interval '1 second'
    from (select id, customer_id, row_number() over (order by id) as rn from subscriptions) s
    join customers c on c.id = s.customer_id
    cross join generate_series(1, ${perSubscriber}) as t(term)`);
  await client.sql`analyze`;
  console.log(`Seeded ${n} subscribers and ${n * perSubscriber} invoices in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return client;
}

// BENCH_KEEP_DATABASE=<url>: seed that database once and keep it (to EXPLAIN the queries by hand).
const keep = process.env.BENCH_KEEP_DATABASE;
await (keep ? (run: (url: string) => Promise<void>) => run(keep) : (run: (url: string) => Promise<void>) => withFreshDatabase(adminUrl, run))(async (url) => {
  const client = await seed(url);
  const { REAL_TIME } = await import('../db/queries/clock-scope');
  const { listSubscribers, SUBSCRIBER_LIST } = await import('../db/queries/dashboard/list-subscribers');
  const { listInvoicesPage, INVOICE_LIST } = await import('../db/queries/dashboard/list-invoices');
  const { encodeCursor } = await import('../db/queries/lists/keyset-page');
  const { defaultListQuery } = await import('../lib/validations/list-query');
  const { sql } = client;

  // A cursor 5,000 rows in (page 201 of 25), found once with OFFSET, outside the timing.
  const [deepSub] = await sql`select s.started_at::text as v, s.id from subscriptions s join customers c on c.id = s.customer_id
    where c.test_clock_id is null order by s.started_at desc, s.id desc offset ${Math.min(5000, n - 1)} limit 1`;
  const [deepInv] = await sql`select i.created_at::text as v, i.id from invoices i join customers c on c.id = i.customer_id
    where c.test_clock_id is null order by i.created_at desc, i.id desc offset ${Math.min(5000, n - 1)} limit 1`;
  const [someone] = await sql`select name, email from customers order by id offset ${Math.floor(n / 2)} limit 1`;
  const [someInvoice] = await sql`select number from invoices where number is not null order by id offset ${Math.floor(n / 3)} limit 1`;
  const subs = (changes: object) => defaultListQuery(SUBSCRIBER_LIST, changes);
  const invs = (changes: object) => defaultListQuery(INVOICE_LIST, changes);

  const figures: Figure[] = [];
  const baselineRuns = Math.max(3, Math.floor(runs / 5));
  // The pages before: every row with its joins, newest first, all of it handed to the browser.
  figures.push(
    await measure('subscribers, unpaged (before)', baselineRuns, () =>
      sql`select s.*, c.name as customer_name, c.email as customer_email, c.can_cancel, p.name as plan_name, p.interval_unit,
          p.interval_count, pr.name as product_name
        from subscriptions s join customers c on c.id = s.customer_id join plans p on p.id = s.plan_id join products pr on pr.id = p.product_id
        where c.test_clock_id is null order by s.created_at desc, s.id desc`,
    ),
  );
  figures.push(await measure('subscribers, first page', runs, async () => (await listSubscribers(REAL_TIME, subs({}))).rows));
  figures.push(
    await measure('subscribers, page 201', runs, async () =>
      (await listSubscribers(REAL_TIME, subs({ after: encodeCursor(deepSub!.v, deepSub!.id), page: 201 }))).rows,
    ),
  );
  figures.push(await measure('subscribers, search by name', runs, async () => (await listSubscribers(REAL_TIME, subs({ q: someone!.name }))).rows));
  figures.push(
    await measure('subscribers, search by e-mail part', runs, async () =>
      (await listSubscribers(REAL_TIME, subs({ q: String(someone!.email).split('@')[0]!.slice(-10) }))).rows,
    ),
  );
  figures.push(await measure('subscribers, ending soon', runs, async () => (await listSubscribers(REAL_TIME, subs({ filters: { view: 'ending' } }))).rows));
  figures.push(
    await measure('invoices, unpaged (before)', baselineRuns, () =>
      sql`select i.id, i.number, i.status, i.customer_id, coalesce(i.customer_snapshot->>'name', c.name) as customer_name, i.currency,
          i.total_minor, i.issued_at, i.due_at, i.created_at
        from invoices i join customers c on c.id = i.customer_id where c.test_clock_id is null order by i.created_at desc, i.id desc`,
    ),
  );
  figures.push(await measure('invoices, first page', runs, async () => (await listInvoicesPage(REAL_TIME, invs({}))).rows));
  figures.push(
    await measure('invoices, page 201', runs, async () =>
      (await listInvoicesPage(REAL_TIME, invs({ after: encodeCursor(deepInv!.v, deepInv!.id), page: 201 }))).rows,
    ),
  );
  figures.push(await measure('invoices, search by number', runs, async () => (await listInvoicesPage(REAL_TIME, invs({ q: someInvoice!.number }))).rows));
  figures.push(await measure('invoices, search by name', runs, async () => (await listInvoicesPage(REAL_TIME, invs({ q: someone!.name }))).rows));
  figures.push(
    await measure('invoices, overdue at step 1', runs, async () => (await listInvoicesPage(REAL_TIME, invs({ filters: { view: 'overdue', step: '1' } }))).rows),
  );
  const count = await measure('count(*) over invoices', baselineRuns, () => sql`select count(*) from invoices`);

  console.log(`\nDashboard lists, PostgreSQL, ${n} subscribers, ${n * perSubscriber} invoices; ${runs} runs each (baselines ${baselineRuns})`);
  console.log('Times are the server reading the page (query + mapping); size is the rows serialized for the browser.');
  const head = ['list', 'p50 ms', 'p95 ms', 'rows', 'size KB', 'p95 / count(*)'];
  const widths = [38, 9, 9, 8, 10, 15];
  console.log(head.map((h, i) => (i === 0 ? h.padEnd(widths[i]!) : h.padStart(widths[i]!))).join(' '));
  for (const f of [...figures, count]) {
    const cells = [f.name, f.p50.toFixed(1), f.p95.toFixed(1), String(f.rows), (f.bytes / 1024).toFixed(1), (f.p95 / count.p95).toFixed(2)];
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' '));
  }
  for (const list of ['subscribers', 'invoices']) {
    const before = figures.find((f) => f.name === `${list}, unpaged (before)`)!;
    const first = figures.find((f) => f.name === `${list}, first page`)!;
    console.log(
      `${list}: first page ${(before.p50 / first.p50).toFixed(0)}× faster (p50), ${(before.bytes / first.bytes).toFixed(0)}× smaller than every row (${(before.bytes / 2 ** 20).toFixed(1)} MB → ${(first.bytes / 1024).toFixed(1)} KB)`,
    );
  }
  await sql.end();
});
process.exit(0);
