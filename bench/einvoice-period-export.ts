/**
 * `npm run bench:einvoice -- db [20000]`: the month export as the merchant runs it, against
 * PostgreSQL (`DATABASE_URL`): N finalised invoices (two lines each, an OSS and a reverse-charge
 * customer alternating) written in a far-future month, then periodEinvoices reads them back,
 * builds, serializes and zips them to /dev/null. Prints documents/s and peak RSS; the rows are
 * removed afterwards.
 */
import { createWriteStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { finished } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { bulkInsert } from '@/db/bulk-insert';
import { db, sql as client } from '@/db/client';
import { exportPeriodEinvoices } from '@/lib/services/einvoice/export-period-einvoices';

const SERIES = 'bench-einvoice-3799';
const from = new Date('3799-03-01T00:00:00Z');
const to = new Date('3799-04-01T00:00:00Z');

async function seed(count: number): Promise<void> {
  await clean();
  await db.execute(sql`insert into invoice_series (id, prefix) values (${SERIES}, 'BENCH-')`);
  const customerIds: string[] = [];
  for (const [index, country, vatId, company] of [
    [0, 'DE', null, null],
    [1, 'BE', 'BE0876543270', 'Brugse Boekhandel BV'],
  ] as const) {
    const userId = `bench-einvoice-user-${index}`;
    await db.execute(sql`insert into users (id, email) values (${userId}, ${`${userId}@example.com`})`);
    const [row] = (await db.execute(sql`insert into customers (user_id, name, email, company_name, vat_id, address_line1, postal_code, city, country)
      values (${userId}, 'Bench Buyer', ${`${userId}@example.com`}, ${company}, ${vatId}, 'Street 1', '1000', 'City', ${country}) returning id`)) as unknown as [{ id: string }];
    customerIds.push(row.id);
  }
  const ids = Array.from({ length: count }, (_, i) => i);
  for (let start = 0; start < count; start += 5_000) {
    const chunk = ids.slice(start, start + 5_000);
    const invoiceId = (i: number) => `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`;
    const business = (i: number) => i % 2 === 1;
    await bulkInsert(
      db,
      'invoices',
      [
        { name: 'id', type: 'uuid', value: (i: number) => invoiceId(i) },
        { name: 'customer_id', type: 'uuid', value: (i) => customerIds[i % 2] },
        { name: 'status', type: 'invoice_status', value: () => 'open' },
        { name: 'series_id', type: 'text', value: () => SERIES },
        { name: 'sequence_number', type: 'int', value: (i) => i + 1 },
        { name: 'number', type: 'text', value: (i) => `BENCH-${i + 1}` },
        { name: 'currency', type: 'char(3)', value: () => 'EUR' },
        { name: 'subtotal_minor', type: 'bigint', value: (i) => (business(i) ? 3695 : 3695 - 511 - 79) },
        { name: 'tax_minor', type: 'bigint', value: (i) => (business(i) ? 0 : 511 + 79) },
        { name: 'total_minor', type: 'bigint', value: () => 3695 },
        { name: 'customer_snapshot', type: 'jsonb', value: () => null },
        { name: 'vat_notes', type: 'jsonb', value: (i) => (business(i) ? { AE: 'Reverse charge' } : null) },
        { name: 'issued_at', type: 'timestamptz', value: (i) => new Date(from.getTime() + i * 1000) },
        { name: 'due_at', type: 'timestamptz', value: (i) => new Date(from.getTime() + i * 1000 + 14 * 86_400_000) },
      ],
      chunk,
    );
    const lines = chunk.flatMap((i) => [
      { i, position: 0, amount: 3200, rate: business(i) ? 0 : 1900, tax: business(i) ? 0 : 511 },
      { i, position: 1, amount: 495, rate: business(i) ? 0 : 1900, tax: business(i) ? 0 : 79 },
    ]);
    await bulkInsert(
      db,
      'invoice_lines',
      [
        { name: 'invoice_id', type: 'uuid', value: (l: (typeof lines)[number]) => invoiceId(l.i) },
        { name: 'position', type: 'int', value: (l) => l.position },
        { name: 'kind', type: 'invoice_line_kind', value: (l) => (l.position === 0 ? 'plan' : 'setup_fee') },
        { name: 'description', type: 'text', value: (l) => (l.position === 0 ? 'Trendhouse — Monthly' : 'Setup fee') },
        { name: 'quantity', type: 'int', value: () => 1 },
        { name: 'unit_amount_minor', type: 'bigint', value: (l) => l.amount },
        { name: 'amount_minor', type: 'bigint', value: (l) => l.amount },
        { name: 'tax_rate_bp', type: 'int', value: (l) => l.rate },
        { name: 'tax_minor', type: 'bigint', value: (l) => l.tax },
        { name: 'vat_category', type: 'text', value: (l) => (business(l.i) ? 'AE' : 'S') },
      ],
      lines,
    );
  }
}

async function clean(): Promise<void> {
  await db.execute(sql`delete from invoice_lines where invoice_id in (select id from invoices where series_id = ${SERIES})`);
  await db.execute(sql`delete from invoices where series_id = ${SERIES}`);
  await db.execute(sql`delete from invoice_series where id = ${SERIES}`);
  await db.execute(sql`delete from customers where user_id like 'bench-einvoice-user-%'`);
  await db.execute(sql`delete from users where id like 'bench-einvoice-user-%'`);
}

export async function benchPeriodExport(count: number): Promise<void> {
  await seed(count);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    const t0 = performance.now();
    const out = createWriteStream('/dev/null');
    const { count: written } = await exportPeriodEinvoices({ from, to }, out);
    out.end();
    await finished(out);
    const ms = performance.now() - t0;
    const rate = Math.round(count / (ms / 1000));
    console.log(`period export from PostgreSQL: ${written} documents in ${(ms / 1000).toFixed(1)} s, ${rate} documents/s, peak RSS ${Math.round(peakRss / 1048576)} MB`);
    console.log(`target >= 2000 documents/s: ${rate >= 2000 ? 'met' : 'NOT met'}`);
  } finally {
    clearInterval(sampler);
    await clean();
    await client.end();
  }
}
