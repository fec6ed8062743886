/**
 * `npm run bench:outbound [-- 25000,100000]`: the outbound pipeline after a bill run, PostgreSQL.
 *
 * For each N (by default 25,000 and 100,000: memory must be flat in N): a fresh database, N
 * subscriptions whose announce, invoice and issue steps are due, the bill run (not timed here;
 * bench:bill-run does), then:
 * - e-mails: the 2N messages it owes composed into the outbox (the production composer), then
 *   the queued ones delivered to a local Resend-compatible sink (batch endpoint, rate limit,
 *   idempotency keys) in another process; invoice e-mails link their PDF and go by batch too; the
 *   messages with an attachment (customers who asked for their documents attached) go one a
 *   request, on a sample;
 * - webhooks: N deliveries (invoice.finalized for each invoice) spread over 4 endpoints, sent to
 *   local receivers in another process that verify every signature (Standard Webhooks library).
 * The sinks count by id: lost and duplicated messages are reported. The baseline, measured in the
 * same run: a bare loop rendering the same templates with the same props (no database).
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { withFreshDatabase } from './fresh-database';

const sizes = (process.argv[2] ?? '25000,100000').split(',').map(Number);
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Requests a second the sink allows (Resend's limit is per team; 2 by default, raised on request). */
const RESEND_PER_SECOND = Number(process.env.BENCH_RESEND_PER_SECOND ?? 10);
/** Messages with an attachment sent, one a request (each renders its invoice PDF). */
const ATTACHMENT_SAMPLE = Number(process.env.BENCH_ATTACHMENT_SAMPLE ?? 50);
const ENDPOINTS = 4;

type Memory = { rssMb: number; heapMb: number };
type Result = {
  n: number;
  owed: number;
  composed: number;
  composeFailed: number;
  composeMs: number;
  bareRendered: number;
  bareMs: number;
  batchSent: number;
  batchMs: number;
  /** Of the batch's messages, the invoice e-mails (their PDF linked, no attachment). */
  invoiceBatchSent: number;
  singleSent: number;
  singleMs: number;
  stillQueued: number;
  sink: { messages: number; duplicates: number; requests: number; limited: number; batches: number };
  webhooks: number;
  webhookMs: number;
  webhookReport: { succeeded: number; failed: number };
  receivers: { ids: number; duplicates: number; badSignatures: number };
  memory: { start: Memory; afterCompose: Memory; end: Memory };
};

const gc = () => (globalThis as { gc?: () => void }).gc?.();
function memory(): Memory {
  gc();
  const m = process.memoryUsage();
  return { rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20 };
}

async function startSinks(secrets: string[]) {
  const child = spawn('npx', ['tsx', 'bench/outbound-sinks.ts', JSON.stringify({ secrets, resendPerSecond: RESEND_PER_SECOND })], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const { port } = JSON.parse(line) as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    stats: async () => (await (await fetch(`http://127.0.0.1:${port}/stats`)).json()) as { mail: Result['sink']; hooks: Result['receivers'] },
    stop: () => child.stdin!.end(),
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
  const { newWebhookSecret, sealWebhookSecret } = await import('../lib/services/webhooks/webhook-signing');
  const { timeZone } = await getShopSettings(client.db);

  const startAt = new Date(Date.now() - 40 * 86_400_000);
  await insertSubscribers(client.db, { count: n, planCode: 'trendhouse-monthly', startAt, clockId: null, timeZone, chunk: 2000 });
  await client.sql`analyze`;
  const report = await tick({ now: new Date(), batchSize: 2000, composeEmails: false });
  if (report.failed.length) throw new Error(`bill run failed for ${report.failed.length}: ${report.failed[0]!.error}`);
  await client.sql`analyze`;

  const secrets = Array.from({ length: ENDPOINTS }, () => newWebhookSecret());
  const sinks = await startSinks(secrets);
  process.env.RESEND_API_KEY = 're_bench_only';
  process.env.RESEND_BASE_URL = sinks.url;
  process.env.RESEND_REQUESTS_PER_SECOND = String(RESEND_PER_SECOND);

  const [{ owed }] = await client.sql<{ owed: number }[]>`
    select (select count(*) from billing_actions where mail_pending)::int + (select count(*) from invoices where email_pending)::int as owed`;
  const start = memory();

  // E-mails: composed into the outbox (the production composer), timed apart from delivery.
  const { composePendingEmails } = await import('../lib/services/email/compose-pending-emails');
  let started = performance.now();
  const composedResult = await composePendingEmails({ limit: owed, deliver: false });
  const composeMs = performance.now() - started;
  const afterCompose = memory();

  // The baseline: the same templates with the same props, rendered in a bare loop.
  const { renderEmail } = await import('../emails/render');
  const sample = await client.sql<{ template: string; locale: string; props: Record<string, unknown> }[]>`
    (select template, locale, props from email_outbox where template = 'term-announcement' limit 1000)
    union all (select template, locale, props from email_outbox where template = 'invoice' limit 1000)`;
  for (const row of sample.slice(0, 50)) await renderEmail(row.template as 'invoice', { ...row.props, locale: row.locale } as never);
  started = performance.now();
  for (const row of sample) await renderEmail(row.template as 'invoice', { ...row.props, locale: row.locale } as never);
  const bareMs = performance.now() - started;

  // Delivery to the sink: every message without an attachment (batch endpoint), then a sample of those with one.
  const { sendQueuedEmails } = await import('../lib/services/email/send-queued-emails');
  const [{ plain }] = await client.sql<{ plain: number }[]>`select count(*)::int as plain from email_outbox where status = 'queued' and attachments is null`;
  started = performance.now();
  const batch = await sendQueuedEmails({ limit: plain });
  const batchMs = performance.now() - started;
  const [{ invoiceBatchSent }] = await client.sql<{ invoiceBatchSent: number }[]>`
    select count(*)::int as "invoiceBatchSent" from email_outbox where template = 'invoice' and status = 'sent' and attachments is null`;
  started = performance.now();
  const single = await sendQueuedEmails({ limit: ATTACHMENT_SAMPLE });
  const singleMs = performance.now() - started;
  const [{ queued }] = await client.sql<{ queued: number }[]>`select count(*)::int as queued from email_outbox where status = 'queued'`;

  // Webhooks: one delivery per invoice, spread over the endpoints.
  const endpointIds: string[] = [];
  for (const [i, secret] of secrets.entries()) {
    // Stored encrypted, as the dashboard stores it: each delivery decrypts it to sign.
    const id = crypto.randomUUID();
    await client.sql`
      insert into webhook_endpoints (id, url, event_types, secret) values (${id}, ${`${sinks.url}/hook/${i}`}, ${['invoice.finalized']}, ${sealWebhookSecret(id, secret)})`;
    endpointIds.push(id);
  }
  await client.sql`
    insert into webhook_deliveries (id, endpoint_id, event_id, event_type, object_type, object_id, ordering_key, occurred_at, next_attempt_at, retry_until, created_at)
    select gen_random_uuid(), (${endpointIds}::uuid[])[1 + (row_number() over (order by i.id)) % ${ENDPOINTS}], gen_random_uuid(),
      'invoice.finalized', 'invoice', i.id, i.subscription_id, now(), now(), now() + interval '3 days', now()
    from (select id, subscription_id from invoices order by id limit ${n}) i`;
  await client.sql`analyze webhook_deliveries`;
  const [{ webhooks }] = await client.sql<{ webhooks: number }[]>`select count(*)::int as webhooks from webhook_deliveries`;
  const { deliverWebhooks } = await import('../lib/services/webhooks/deliver-webhooks');
  started = performance.now();
  const webhookReport = await deliverWebhooks({
    batchSize: 256,
    perEndpoint: 32,
    maxBatches: Number.MAX_SAFE_INTEGER,
    policy: { requireHttps: false, allowPrivate: true },
  });
  const webhookMs = performance.now() - started;
  const end = memory();

  const stats = await sinks.stats();
  sinks.stop();
  await client.sql.end();
  return {
    n,
    owed,
    composed: composedResult.composed,
    composeFailed: composedResult.failed,
    composeMs,
    bareRendered: sample.length,
    bareMs,
    batchSent: batch.sent,
    batchMs,
    invoiceBatchSent,
    singleSent: single.sent,
    singleMs,
    stillQueued: queued,
    sink: stats.mail,
    webhooks,
    webhookMs,
    webhookReport,
    receivers: stats.hooks,
    memory: { start, afterCompose, end },
  };
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
      const child = spawnSync('npx', ['tsx', 'bench/outbound.ts', '--one', String(n)], {
        env: {
          ...process.env,
          // As in production: React's development build is several times slower.
          NODE_ENV: 'production',
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`,
          DATABASE_URL: url,
          KADENS_DB_POOL_SIZE: '8',
          AUTH_SECRET: process.env.AUTH_SECRET ?? 'bench-only-secret',
          // The e-mails' links (pay page, invoice PDF) are built from it, as in production.
          APP_URL: process.env.APP_URL ?? 'https://shop.example.com',
        },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 64 * 2 ** 20,
      });
      const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) throw new Error(`benchmark for ${n} failed (exit ${child.status}; its error is printed above)`);
      return JSON.parse(line.slice('RESULT '.length)) as Result;
    }),
  );
}

const rate = (count: number, ms: number) => Math.round(count / (ms / 1000));
console.log('\nOutbound pipeline after a bill run of N subscriptions, PostgreSQL');
console.log(`Resend sink allows ${RESEND_PER_SECOND} requests/s; baseline: a bare loop rendering the same templates and props.`);
for (const r of results) {
  const bare = rate(r.bareRendered, r.bareMs);
  const composeRate = rate(r.composed, r.composeMs);
  console.log(`\nN=${r.n}`);
  console.log(`  e-mails owed ${r.owed}, composed ${r.composed} (failed ${r.composeFailed}) in ${(r.composeMs / 1000).toFixed(1)} s = ${composeRate}/s`);
  console.log(`  bare render loop: ${bare}/s; compose / bare = ${(composeRate / bare).toFixed(2)}`);
  // They share the batch's requests (up to 100 messages each) with the other e-mails: same rate.
  console.log(`  invoice e-mails (PDF linked) through the batch path: ${r.invoiceBatchSent} of the ${r.batchSent} sent by batch, at ${rate(r.batchSent, r.batchMs)}/s`);
  console.log(`  sent by batch: ${r.batchSent} in ${(r.batchMs / 1000).toFixed(1)} s = ${rate(r.batchSent, r.batchMs)}/s; with attachment, one a request: ${r.singleSent} in ${(r.singleMs / 1000).toFixed(1)} s; left queued ${r.stillQueued}`);
  console.log(`  sink: ${r.sink.messages} distinct messages, ${r.sink.duplicates} duplicated, ${r.sink.requests} requests (${r.sink.batches} batches, ${r.sink.limited} answered 429); lost: ${r.batchSent + r.singleSent - r.sink.messages}`);
  console.log(`  webhooks: ${r.webhooks} queued, ${r.webhookReport.succeeded} delivered (${r.webhookReport.failed} failed) in ${(r.webhookMs / 1000).toFixed(1)} s = ${rate(r.webhookReport.succeeded, r.webhookMs)}/s`);
  console.log(`  receivers: ${r.receivers.ids} distinct, ${r.receivers.duplicates} duplicated, ${r.receivers.badSignatures} bad signatures; lost: ${r.webhooks - r.receivers.ids}`);
  const m = r.memory;
  console.log(`  memory RSS / heap MB: start ${m.start.rssMb.toFixed(0)} / ${m.start.heapMb.toFixed(0)}, after composing ${m.afterCompose.rssMb.toFixed(0)} / ${m.afterCompose.heapMb.toFixed(0)}, end ${m.end.rssMb.toFixed(0)} / ${m.end.heapMb.toFixed(0)}`);
}
process.exit(0);
