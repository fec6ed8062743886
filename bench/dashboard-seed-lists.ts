import { performance } from 'node:perf_hooks';

/** What the lists' seed added (seconds: 0 when it was there already). */
export type ListSeedCounts = {
  ending: number;
  failedPayments: number;
  creditNotes: number;
  failedRefunds: number;
  emails: number;
  engineSteps: number;
  engineErrors: number;
  abandoned: number;
  seconds: number;
};

/**
 * The rows the dashboard's other lists show, on top of seedDashboardHistory's (run after it, once:
 * a database that has them is left as it is). Every row is written by the database. By the
 * subscriber's number k (`subscriber-k@…`) and the invoice's sequence number:
 * - "ending soon": k % 100 = 3 stops at its term's end, 5 is on its plan's last (24th) instalment,
 *   7 on a plan of 36 instalments (not ending), 11's commitment ends with its term, 13's two months
 *   after it (not within 30 days): about 4 % of the shop ends within 30 days;
 * - failed payments: every 25th invoice had a failed autopay attempt the day before it was paid;
 * - credit notes: every 100th paid invoice was credited and refunded, every 5,000th refund failed;
 * - the outbox: an invoice e-mail for each invoice of the last three terms (≈ 300,000), one in 256 failed;
 * - the engine log: announce, invoice and issue for each invoice of the last six terms and the
 *   dunning steps of each open one (≈ 1.8M rows);
 * - engine errors: k % 1000 = 17 (100 subscriptions);
 * - abandoned checkouts: k % 500 = 99 left an order's checkout (200), spread over 30 days.
 */
export async function seedDashboardLists(sql: import('postgres').Sql, months: number): Promise<ListSeedCounts> {
  const started = performance.now();
  const [done] = await sql`select 1 from plans where code = 'bench-24-instalments'`;
  if (!done) {
    const last = months - 1;
    await sql.unsafe(`
    create temporary table bench_plan as select * from plans where code = 'trendhouse-monthly';
    insert into plans select (p).* from (
      select jsonb_populate_record(b, to_jsonb(b) || jsonb_build_object('id', gen_random_uuid(), 'code', 'bench-' || n || '-instalments',
        'name', 'Trendhouse in ' || n || ' instalments', 'max_instalments', n, 'active', false)) as p
      from bench_plan b cross join (values (24), (36)) as v(n)) x;
    create temporary table bench_k as
    select s.id, split_part(split_part(c.email, '@', 1), '-', 2)::int as k
    from subscriptions s join customers c on c.id = s.customer_id where c.email like 'subscriber-%@example.invalid';
    update subscriptions s set cancel_at_period_end = true, stop_reason = 'too_expensive', stop_requested_at = now() - interval '3 days'
    from bench_k b where b.id = s.id and b.k % 100 = 3 and s.status = 'active';
    update subscriptions s set plan_id = (select id from plans where code = 'bench-' || (case when b.k % 100 = 5 then 24 else 36 end) || '-instalments')
    from bench_k b where b.id = s.id and b.k % 100 in (5, 7);
    update subscriptions s set commitment_ends_at = s.current_period_end + case when b.k % 100 = 13 then interval '2 months' else interval '0' end
    from bench_k b where b.id = s.id and b.k % 100 in (11, 13);
    update subscriptions s set last_error = 'The payment provider did not answer (timeout after 30 s)', last_error_at = now() - (b.k % 97) * interval '1 hour'
    from bench_k b where b.id = s.id and b.k % 1000 = 17;
    insert into payments (customer_id, invoice_id, attempt, provider, method, amount_minor, currency, status, source, failure_reason, failure_kind,
      created_at, settled_at)
    select customer_id, id, 2, 'test', 'card', total_minor, currency, 'failed', 'autopay', 'Insufficient funds', 'temporary', issued_at, issued_at + interval '1 day'
    from invoices where series_id = 'bench' and status = 'paid' and sequence_number % 25 = 4;
    insert into invoice_series (id, prefix) values ('bench-cn', 'BNC-') on conflict do nothing;
    create temporary table bench_credited as
    select i.id as invoice_id, i.customer_id, i.currency, i.subtotal_minor, i.tax_minor, i.total_minor, i.customer_snapshot, i.paid_at + interval '5 days' as at,
      row_number() over (order by i.sequence_number) as seq, p.id as payment_id
    from invoices i join payments p on p.invoice_id = i.id and p.status = 'paid'
    where i.series_id = 'bench' and i.status = 'paid' and i.sequence_number % 100 = 42;
    insert into credit_notes (customer_id, invoice_id, series_id, sequence_number, number, currency, subtotal_minor, tax_minor, total_minor,
      reason, disposition, customer_snapshot, issued_at)
    select customer_id, invoice_id, 'bench-cn', seq, 'BNC-' || lpad(seq::text, 7, '0'), currency, subtotal_minor, tax_minor, total_minor,
      'Delivered damaged', 'refund', customer_snapshot, at
    from bench_credited;
    insert into refunds (payment_id, credit_note_id, provider, amount_minor, currency, status, failure_reason, created_at, settled_at)
    select b.payment_id, n.id, 'test', b.total_minor, b.currency, (case when b.seq % 50 = 7 then 'failed' else 'refunded' end)::refund_status,
      case when b.seq % 50 = 7 then 'The card was closed' end, b.at, b.at + interval '1 day'
    from bench_credited b join credit_notes n on n.invoice_id = b.invoice_id and n.series_id = 'bench-cn';
    insert into email_outbox (dedupe_key, template, to_address, subject, props, html, text, transport, status, error, created_at, sent_at)
    select 'bench-invoice-' || i.id, 'invoice', i.customer_snapshot->>'email', 'Your invoice ' || i.number, jsonb_build_object('invoiceId', i.id),
      '<p>Your invoice ' || i.number || '</p>', 'Your invoice ' || i.number, 'outbox',
      (case when left(i.id::text, 2) = '0a' then 'failed' else 'stored' end)::email_status,
      case when left(i.id::text, 2) = '0a' then 'Mailbox unavailable' end, i.issued_at, i.issued_at
    from invoices i where i.series_id = 'bench' and i.term >= ${last - 2};
    insert into billing_actions (subscription_id, term, action, due_at, applied_at)
    select i.subscription_id, i.term, a.action, i.issued_at - a.before, i.issued_at - a.before + interval '40 seconds'
    from invoices i cross join (values ('announce', interval '14 days'), ('invoice', interval '7 days'), ('issue', interval '0')) as a(action, before)
    where i.series_id = 'bench' and i.term >= ${last - 5};
    insert into billing_actions (subscription_id, term, action, due_at, applied_at)
    select i.subscription_id, i.term, 'dunning:' || step, i.due_at + step * interval '7 days', i.due_at + step * interval '7 days' + interval '40 seconds'
    from invoices i cross join generate_series(0, 2) as step
    where i.series_id = 'bench' and i.status = 'open' and step < i.next_dunning_step and i.due_at + step * interval '7 days' < now();
    create temporary table bench_orders as
    select gen_random_uuid() as id, c.id as customer_id, now() - interval '2 hours' - (b.k % 720) * interval '1 hour' as at
    from bench_k b join subscriptions s on s.id = b.id join customers c on c.id = s.customer_id where b.k % 500 = 99;
    insert into orders (id, customer_id, checkout_token, status, currency, payment_method, total_minor, tax_minor, pricing, created_at)
    select id, customer_id, 'bench-' || id, 'pending_payment', 'EUR', 'ideal', 3200, 264, '{}'::jsonb, at from bench_orders;
    insert into payments (customer_id, order_id, provider, provider_payment_id, method, amount_minor, currency, status, source, created_at)
    select customer_id, id, 'test', 'bench-checkout-' || id, 'ideal', 3200, 'EUR', 'pending', 'checkout', at from bench_orders;
    drop table bench_plan, bench_k, bench_credited, bench_orders;`);
    await sql`analyze`;
  }
  const [counts] = await sql<Omit<ListSeedCounts, 'seconds'>[]>`select
    (select count(*)::int from subscriptions s join plans p on p.id = s.plan_id where s.cancel_at_period_end or s.commitment_ends_at > now() or p.max_instalments is not null) as ending,
    (select count(*)::int from payments where status = 'failed') as "failedPayments",
    (select count(*)::int from credit_notes) as "creditNotes",
    (select count(*)::int from refunds where status = 'failed') as "failedRefunds",
    (select count(*)::int from email_outbox) as emails,
    (select count(*)::int from billing_actions) as "engineSteps",
    (select count(*)::int from subscriptions where last_error is not null) as "engineErrors",
    (select count(*)::int from payments where source = 'checkout' and status = 'pending') as abandoned`;
  return { ...counts!, seconds: done ? 0 : (performance.now() - started) / 1000 };
}
