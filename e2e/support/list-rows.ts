import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { e2eDatabaseUrl } from './e2e-database';

/**
 * `count` subscribers of Trendhouse monthly named "<tag> NN", one a minute apart, and one issued
 * invoice for the first, written straight into the app's database. NOTE: the lists spec needs
 * more rows than a page; buying them one by one through the shop would take minutes, and these
 * rows are what an import of existing subscribers leaves: customers, subscriptions, an invoice.
 */
export async function seedListRows(tag: string, count: number): Promise<{ invoiceNumber: string }> {
  const sql = postgres(e2eDatabaseUrl(), { max: 1, onnotice: () => {} });
  try {
    return await sql.begin(async (tx) => {
      const [plan] = await tx<{ id: string; currency: string; price_minor: number }[]>`
        select id, currency, price_minor from plans where code = 'trendhouse-monthly'`;
      const base = Date.parse('2026-01-01T08:00:00Z');
      let firstCustomer = '';
      for (let i = 1; i <= count; i += 1) {
        const name = `${tag} ${String(i).padStart(2, '0')}`;
        const email = `${tag.toLowerCase()}-${i}@example.test`;
        const userId = randomUUID();
        await tx`insert into users (id, name, email, role) values (${userId}, ${name}, ${email}, 'customer')`;
        const [customer] = await tx<{ id: string }[]>`
          insert into customers (user_id, name, email, address_line1, postal_code, city, country)
          values (${userId}, ${name}, ${email}, 'Liststraat 1', '1000 AA', 'Amsterdam', 'NL') returning id`;
        if (i === 1) firstCustomer = customer!.id;
        const started = new Date(base + i * 60_000);
        const end = new Date(started.getTime() + 31 * 86_400_000);
        await tx`
          insert into subscriptions (customer_id, plan_id, status, quantity, currency, unit_price_minor, anchor_at,
            current_period_start, current_period_end, started_at)
          values (${customer!.id}, ${plan!.id}, 'active', 1, ${plan!.currency}, ${plan!.price_minor}, ${started}, ${started}, ${end}, ${started})`;
      }
      const series = `lists-${tag.toLowerCase()}`;
      const invoiceNumber = `${tag}-INV-1`;
      await tx`insert into invoice_series (id, prefix, next_number) values (${series}, ${`${tag}-INV-`}, 2)`;
      await tx`
        insert into invoices (customer_id, status, series_id, sequence_number, number, currency, subtotal_minor, tax_minor, total_minor, issued_at, due_at)
        values (${firstCustomer}, 'open', ${series}, 1, ${invoiceNumber}, ${plan!.currency}, 2936, 264, 3200, now(), now() + interval '14 days')`;
      return { invoiceNumber };
    });
  } finally {
    await sql.end();
  }
}
