import { performance } from 'node:perf_hooks';

/** The history bench:dashboard writes: who subscribed when, and what happened to each. */
export type SeedShape = { subscribers: number; months: number };

export type SeedCounts = { subscribers: number; invoices: number; payments: number; movements: number; seconds: number };

/** The trendhouse monthly plan of the demo shop: 32.00 a month with 9 % VAT included. */
const PRICE = { total: 3200, net: 2936, tax: 264 } as const;

/**
 * Seeds `url` (migrated, with the demo shop) with `subscribers` monthly subscriptions started
 * `months` months ago, and their whole history: one invoice per term, a payment for each paid
 * one, and the MRR ledger (mrr_movements) that history implies. Every row is written by the
 * database (INSERT … SELECT over generate_series, no round trip per row).
 *
 * The history, by subscriber number rn (so the MRR movements have every kind in every month):
 * - every subscription starts in the first month (`new`), its start spread over 28 days;
 * - rn % 10 = 0 doubles its quantity at term 12 (`expansion`), and rn % 30 = 0 of those goes
 *   back to one at term 18 (`contraction`);
 * - rn % 40 = 7 stops after term 17 (`churn`, no invoices from term 18), and rn % 200 = 47 of
 *   those comes back at term 21 (`reactivation`, invoiced again from there);
 * - the last term's invoice of rn % 10 = 0 is open (overdue at dunning step rn % 3); the other
 *   invoices are paid two days after issue, each by one autopay payment.
 */
export async function seedDashboardHistory(sql: import('postgres').Sql, shape: SeedShape): Promise<SeedCounts> {
  const { subscribers: n, months } = shape;
  const last = months - 1;
  const started = performance.now();
  // NOTE: the plan of each subscriber in a table of its own (dropped at the end), so that the
  // subscriptions, invoices, payments and movements below are all derived from the same facts.
  await sql.unsafe(`
    insert into users (id, name, email, role)
    select 'bench-' || g, 'Subscriber ' || g, 'subscriber-' || g || '@example.invalid', 'customer' from generate_series(1, ${n}) g;
    insert into customers (user_id, name, email, address_line1, postal_code, city, country)
    select id, name, email, 'Bulk street 1', '1000 AA', 'Amsterdam', 'NL' from users where id like 'bench-%';
    create unlogged table bench_history as
    select c.id as customer_id, c.name, c.email, rn,
      date_trunc('hour', now()) - interval '${months} months' + (rn % 672) * interval '1 hour' as start,
      rn % 10 = 0 as expands, rn % 30 = 0 as contracts,
      case when rn % 40 = 7 then 18 end as churn_term,
      case when rn % 200 = 47 then 21 end as back_term
    from (select id, name, email, row_number() over (order by email) as rn from customers where email like 'subscriber-%@example.invalid') c;
    -- What each subscriber holds in each term it is invoiced for (none between a churn and a return).
    create unlogged table bench_terms as
    select h.*, t.term, h.start + t.term * interval '1 month' as term_start,
      case when h.expands and t.term >= 12 and not (h.contracts and t.term >= 18) then 2 else 1 end as quantity
    from bench_history h cross join generate_series(0, ${last}) as t(term)
    where h.churn_term is null or t.term < h.churn_term or (h.back_term is not null and t.term >= h.back_term);
    insert into subscriptions (customer_id, plan_id, status, quantity, currency, unit_price_minor, anchor_at, current_term,
      current_period_start, current_period_end, commitment_ends_at, started_at, ended_at, created_at)
    select h.customer_id, p.id, case when h.churn_term is not null and h.back_term is null then 'ended' else 'active' end::subscription_status,
      case when h.expands and not h.contracts then 2 else 1 end, p.currency, p.price_minor, h.start, ${last},
      h.start + interval '${last} months', h.start + interval '${months} months', h.start + interval '12 months', h.start,
      case when h.churn_term is not null and h.back_term is null then h.start + h.churn_term * interval '1 month' end, h.start
    from bench_history h cross join (select id, currency, price_minor from plans where code = 'trendhouse-monthly') p;
    insert into invoice_series (id, prefix) values ('bench', 'BN-') on conflict do nothing;
    insert into invoices (customer_id, subscription_id, term, status, series_id, sequence_number, number, currency,
      subtotal_minor, tax_minor, total_minor, amount_paid_minor, customer_snapshot, payment_reference,
      issued_at, due_at, paid_at, next_dunning_step, created_at)
    select t.customer_id, s.id, t.term, (case when open then 'open' else 'paid' end)::invoice_status,
      'bench', seq, 'BN-' || lpad(seq::text, 9, '0'), 'EUR',
      ${PRICE.net} * t.quantity, ${PRICE.tax} * t.quantity, ${PRICE.total} * t.quantity, case when open then 0 else ${PRICE.total} * t.quantity end,
      jsonb_build_object('name', t.name, 'email', t.email), 'RF' || lpad(seq::text, 12, '0'),
      t.term_start, t.term_start + interval '14 days', case when not open then t.term_start + interval '2 days' end,
      case when open then (t.rn % 3)::int end, t.term_start - interval '7 days'
    from (select *, (rn - 1) * ${months} + term + 1 as seq, term = ${last} and rn % 10 = 0 as open from bench_terms) t
    join subscriptions s on s.customer_id = t.customer_id;
    insert into payments (customer_id, invoice_id, provider, method, amount_minor, currency, status, source, created_at, settled_at)
    select customer_id, id, 'test', 'card', total_minor, currency, 'paid', 'autopay', issued_at, paid_at
    from invoices where status = 'paid' and series_id = 'bench';
    -- The ledger: each change of a subscriber's monthly value, at the start of the term it takes effect.
    insert into mrr_movements (subscription_id, customer_id, currency, kind, delta_minor, mrr_after_minor, occurred_at)
    select s.id, h.customer_id, 'EUR', m.kind::mrr_movement_kind, m.delta * ${PRICE.net}, m.after * ${PRICE.net}, h.start + m.term * interval '1 month'
    from bench_history h join subscriptions s on s.customer_id = h.customer_id
    cross join lateral (values
      ('new', 0, 1, 1, true),
      ('expansion', 12, 1, 2, h.expands),
      ('contraction', 18, -1, 1, h.contracts),
      ('churn', coalesce(h.churn_term, 0), -1, 0, h.churn_term is not null),
      ('reactivation', coalesce(h.back_term, 0), 1, 1, h.back_term is not null)
    ) as m(kind, term, delta, after, happened)
    where m.happened and m.term <= ${last};
    drop table bench_terms;
    drop table bench_history;`);
  await sql`analyze`;
  return { ...(await countDashboardHistory(sql)), seconds: (performance.now() - started) / 1000 };
}

/** What a seeded database holds (seconds: 0). */
export async function countDashboardHistory(sql: import('postgres').Sql): Promise<SeedCounts> {
  const [counts] = await sql<Omit<SeedCounts, 'seconds'>[]>`select
    (select count(*)::int from customers where email like 'subscriber-%@example.invalid') as subscribers,
    (select count(*)::int from invoices where series_id = 'bench') as invoices,
    (select count(*)::int from payments where provider = 'test' and source = 'autopay') as payments,
    (select count(*)::int from mrr_movements) as movements`;
  return { ...counts!, seconds: 0 };
}
