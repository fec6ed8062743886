/**
 * `npm run bench:api`: GET /api/v1/invoices?limit=100 with 100,000 invoices, against PostgreSQL.
 *
 * A fresh database (migrated, the demo shop seeded), N invoices of 1,000 customers, then the route
 * handler called in-process (key check, parsing, query, JSON): the first page, pages walking the
 * list by cursor, and one customer's filter. Prints p50/p95/max per kind; exits 1 when the first
 * page's or the cursor pages' p95 is over the target of 50 ms.
 */
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';

const n = Number(process.argv[2] ?? 100_000);
const rounds = 200;
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `kadens_bench_api_${Date.now()}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= 'bench-only-secret';
process.env.KADENS_RATE_LIMITS = 'off';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

try {
  const { migrateDatabase } = await import('../db/migrate');
  const { seedDemoShop } = await import('../db/seed');
  await migrateDatabase(url.toString());
  await seedDemoShop(url.toString());
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const started = performance.now();
  await sql`insert into users (id, email, name, role) select 'bench-' || g, 'bench-' || g || '@example.test', 'Bench', 'customer' from generate_series(1, 1000) g`;
  await sql`insert into customers (user_id, name, email, address_line1, postal_code, city, country)
            select 'bench-' || g, 'Bench ' || g, 'bench-' || g || '@example.test', 'Street 1', '1234', 'Oslo', 'NO' from generate_series(1, 1000) g`;
  await sql`insert into invoice_series (id, prefix, next_number) values ('bench', 'B-', ${n + 1})`;
  await sql`insert into invoices (customer_id, status, series_id, sequence_number, number, currency, subtotal_minor, tax_minor, total_minor, issued_at, created_at)
            select c.id, (array['open','paid','void'])[1 + g % 3]::invoice_status, 'bench', g, 'B-' || g, 'EUR', 1000, 210, 1210, now(), now() - (g || ' seconds')::interval
            from generate_series(1, ${n}) g join (select id, row_number() over () as r from customers where email like 'bench-%') c on c.r = 1 + g % 1000`;
  await sql`analyze`;
  const owner = (await sql`select id from users where role = 'owner' limit 1`)[0]!.id as string;
  await sql.end();
  console.log(`${n} invoices written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const { createApiKey } = await import('../lib/services/api-keys/create-api-key');
  const { GET } = await import('../app/api/v1/invoices/route');
  const created = await createApiKey({ name: 'bench', scope: 'read' }, { staffUserId: owner });
  if (!created.ok) throw new Error(created.error.message);
  const headers = { authorization: `Bearer ${created.value.key}` };
  const get = async (query: string) => {
    const t = performance.now();
    const response = await GET(new Request(`http://localhost/api/v1/invoices?${query}`, { headers }), { params: Promise.resolve({}) });
    const body = (await response.json()) as { data: unknown[]; next_cursor: string | null };
    if (response.status !== 200 || body.data.length === 0) throw new Error(`GET ${query}: ${response.status}`);
    return { ms: performance.now() - t, cursor: body.next_cursor };
  };

  for (let i = 0; i < 20; i += 1) await get('limit=100'); // warm-up
  const kinds: Record<string, number[]> = { 'first page': [], 'pages by cursor': [], 'one customer': [] };
  let cursor: string | null = null;
  for (let i = 0; i < rounds; i += 1) {
    kinds['first page']!.push((await get('limit=100')).ms);
    const page = await get(cursor ? `limit=100&starting_after=${encodeURIComponent(cursor)}` : 'limit=100');
    kinds['pages by cursor']!.push(page.ms);
    cursor = page.cursor;
  }
  const one = (await postgres(url.toString(), { max: 1 })`select id from customers where email = 'bench-7@example.test'`)[0]!.id as string;
  for (let i = 0; i < rounds; i += 1) kinds['one customer']!.push((await get(`limit=100&customer=${one}`)).ms);
  for (const [kind, values] of Object.entries(kinds)) {
    console.log(`${kind.padEnd(16)} p50 ${percentile(values, 50).toFixed(1)} ms  p95 ${percentile(values, 95).toFixed(1)} ms  max ${Math.max(...values).toFixed(1)} ms`);
  }
  process.exitCode = percentile(kinds['first page']!, 95) <= 50 && percentile(kinds['pages by cursor']!, 95) <= 50 ? 0 : 1;
} finally {
  const { sql: appSql } = await import('../db/client');
  await appSql.end({ timeout: 1 });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
