import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import * as s from '@/db/schema';
import { REAL_TIME, type ClockScope } from '@/db/queries/clock-scope';
import { monthSpans, type MonthSpan } from '@/lib/billing/metrics/month-range';
import { compactDashboardTotals } from '@/lib/services/metrics/compact-dashboard-totals';
import { getMrrMonths } from './get-mrr-months';
import { scanInvoicedBetween } from './scan-invoiced-between';
import { scanMrrMonths } from './scan-mrr-months';
import { scanPaymentsReceivedBetween } from './scan-payments-received-between';
import { sumInvoicedBetween } from './sum-invoiced-between';
import { sumPaymentsReceivedBetween } from './sum-payments-received-between';

/**
 * The dashboard's figures read from dashboard_totals and mrr_crossings (kept by the triggers of
 * migration 0042) against their definitions, the passes over the rows (scan…), after a mix of
 * writes the way the services make them: invoices issued in a batch, paid, partly paid, voided,
 * written off; payments settled, reversed, failed, paid from the credit balance; MRR movements of
 * every kind, some written out of time order; a customer on a test clock, one moved onto it, one
 * deleted; two currencies; instants on and around month boundaries in three time zones.
 * Years 3930–3939, made-up currencies: nothing else writes there.
 */
const letters = () => String.fromCharCode(65 + Math.floor(Math.random() * 26), 65 + Math.floor(Math.random() * 26));
const A = `Q${letters()}`;
const B = `X${letters()}`;
const ZONES = ['Europe/Amsterdam', 'Asia/Kolkata', 'UTC'];
const at = (iso: string) => new Date(iso);
// Month starts of April 3931 in the three zones, an instant either side, and plain days.
const INSTANTS = [
  '3931-03-31T21:59:59.999Z', '3931-03-31T22:00:00Z', '3931-03-31T18:30:00Z', '3931-03-31T18:29:59Z', '3931-04-01T00:00:00Z',
  '3931-03-31T23:59:59.999Z', '3931-02-14T10:00:00Z', '3931-04-10T12:00:00Z', '3931-05-20T08:00:00Z', '3931-06-30T22:00:00Z',
].map(at);

let tag: string;
let clock: s.TestClock;
const customers: Record<'real' | 'real2' | 'onClock' | 'moved' | 'gone', s.Customer> = {} as never;

async function customer(name: string, testClockId: string | null) {
  const [user] = await db.insert(s.users).values({ email: `totals-${tag}-${name}@example.test`, name }).returning();
  const [row] = await db
    .insert(s.customers)
    .values({ userId: user!.id, name, email: user!.email, addressLine1: 'Teststraat 1', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL', testClockId })
    .returning();
  return row!;
}

beforeAll(async () => {
  tag = randomUUID().slice(0, 8);
  [clock] = await db.insert(s.testClocks).values({ name: `totals-${tag}`, frozenTime: at('3931-01-01T00:00:00Z') }).returning();
  customers.real = await customer('real', null);
  customers.real2 = await customer('real2', null);
  customers.onClock = await customer('onClock', clock!.id);
  customers.moved = await customer('moved', null);
  customers.gone = await customer('gone', null);
  const [product] = await db.insert(s.products).values({ slug: `totals-${tag}`, name: `Totals ${tag}`, kind: 'digital' }).returning();
  const plans = await db
    .insert(s.plans)
    .values([A, B].map((currency) => ({ productId: product!.id, code: `totals-${tag}-${currency}`, name: currency, intervalUnit: 'month' as const, intervalCount: 1, priceMinor: 1000, currency })))
    .returning();
  const seriesId = `totals-${tag}`;
  await db.insert(s.invoiceSeries).values({ id: seriesId, prefix: `TOT-${tag}-` });

  // Two subscriptions per customer and currency, so a customer keeps MRR while one of them churns.
  const subscriptionRows = Object.values(customers).flatMap((c) =>
    plans.flatMap((plan) =>
      [1, 2].map(() => ({
        customerId: c.id,
        planId: plan.id,
        status: 'active' as const,
        quantity: 1,
        currency: plan.currency,
        unitPriceMinor: 1000,
        anchorAt: at('3931-01-01T00:00:00Z'),
        currentPeriodStart: at('3931-01-01T00:00:00Z'),
        currentPeriodEnd: at('3931-02-01T00:00:00Z'),
        startedAt: at('3931-01-01T00:00:00Z'),
      })),
    ),
  );
  const subscriptions = await db.insert(s.subscriptions).values(subscriptionRows).returning();
  const subsOf = (c: s.Customer, currency: string) => subscriptions.filter((x) => x.customerId === c.id && x.currency === currency);

  // Invoices: one batch statement (as the bill run issues them), then changes one by one.
  let sequence = 0;
  const invoice = (c: s.Customer, currency: string, status: s.Invoice['status'], totalMinor: number, issuedAt: Date | null) => {
    const numbered = status !== 'draft';
    sequence += numbered ? 1 : 0;
    return {
      customerId: c.id,
      status,
      seriesId: numbered ? seriesId : null,
      sequenceNumber: numbered ? sequence : null,
      number: numbered ? `TOT-${tag}-${sequence}` : null,
      currency,
      subtotalMinor: totalMinor - 1,
      taxMinor: 1,
      totalMinor,
      issuedAt,
    };
  };
  const batch = Object.values(customers).flatMap((c, i) =>
    [A, B].flatMap((currency, j) => INSTANTS.map((instant, k) => invoice(c, currency, (['open', 'paid', 'void', 'uncollectible'] as const)[(i + j + k) % 4], 1000 + 17 * i + 101 * j + k, instant))),
  );
  const invoices = await db.insert(s.invoices).values(batch).returning();
  const drafts = await db.insert(s.invoices).values([invoice(customers.real, A, 'draft', 4321, null), invoice(customers.onClock, B, 'draft', 999, null)]).returning();
  // Issue the drafts (a number and an instant on a boundary), void one open invoice, pay another,
  // and a paid invoice corrected to another amount.
  for (const [i, d] of drafts.entries()) {
    sequence += 1;
    await db.update(s.invoices).set({ status: 'open', seriesId, sequenceNumber: sequence, number: `TOT-${tag}-${sequence}`, issuedAt: INSTANTS[i + 1] }).where(eq(s.invoices.id, d.id));
  }
  const open = invoices.filter((i) => i.status === 'open');
  await db.update(s.invoices).set({ status: 'void' }).where(eq(s.invoices.id, open[0]!.id));
  await db.update(s.invoices).set({ status: 'paid' }).where(eq(s.invoices.id, open[1]!.id));
  await db.update(s.invoices).set({ status: 'uncollectible' }).where(eq(s.invoices.id, open[2]!.id));
  await db.update(s.invoices).set({ emailPending: true }).where(inArray(s.invoices.id, open.slice(3, 8).map((i) => i.id)));

  // Payments: a batch of settled ones on the boundaries, partial payments, credit balance use,
  // a pending one settled later, one reversed, one failed.
  let attempt = 0;
  const payment = (inv: s.Invoice, status: s.Payment['status'], amountMinor: number, settledAt: Date | null, source: s.Payment['source'] = 'autopay') => ({
    customerId: inv.customerId,
    invoiceId: inv.id,
    attempt: (attempt += 1),
    provider: 'test',
    providerPaymentId: `totals-${tag}-${randomUUID()}`,
    method: 'ideal' as const,
    amountMinor,
    currency: inv.currency,
    status,
    source,
    settledAt,
  });
  const paid = invoices.filter((i) => i.status === 'paid');
  const payments = await db
    .insert(s.payments)
    .values([
      ...paid.map((inv, k) => payment(inv, 'paid', inv.totalMinor, INSTANTS[(k + 3) % INSTANTS.length]!)),
      payment(open[3]!, 'paid', 300, INSTANTS[1]!),
      payment(open[3]!, 'paid', 250, INSTANTS[4]!),
      payment(open[4]!, 'paid', 500, INSTANTS[2]!, 'balance'),
      payment(open[5]!, 'pending', 800, null),
      payment(open[6]!, 'failed', 900, null),
    ])
    .returning();
  const pending = payments.find((p) => p.status === 'pending')!;
  await db.update(s.payments).set({ status: 'paid', settledAt: INSTANTS[0] }).where(eq(s.payments.id, pending.id));
  await db.update(s.payments).set({ status: 'charged_back', reversedAt: INSTANTS[8] }).where(eq(s.payments.id, payments[0]!.id));

  // MRR movements, per customer and currency: new on both subscriptions, an expansion, one
  // subscription churned, then the other (the customer churns), a reactivation; the movements of
  // `real2` in currency A written newest first.
  const movement = (sub: s.Subscription, kind: s.MrrMovement['kind'], deltaMinor: number, mrrAfterMinor: number, occurredAt: Date) => ({
    subscriptionId: sub.id,
    customerId: sub.customerId,
    currency: sub.currency,
    kind,
    deltaMinor,
    mrrAfterMinor,
    occurredAt,
  });
  const history = (c: s.Customer, currency: string, shift: number) => {
    const [one, two] = subsOf(c, currency);
    const t = (i: number) => INSTANTS[(i + shift) % INSTANTS.length]!;
    return [
      movement(one!, 'new', 1000, 1000, at('3931-01-15T00:00:00Z')),
      movement(two!, 'new', 1000, 1000, t(6)),
      movement(one!, 'expansion', 500, 1500, t(1)),
      movement(two!, 'churn', -1000, 0, t(0)),
      movement(one!, 'contraction', -300, 1200, t(7)),
      movement(one!, 'churn', -1200, 0, t(8)),
      movement(one!, 'reactivation', 1200, 1200, t(9)),
    ];
  };
  for (const [i, c] of Object.values(customers).entries()) {
    const rows = [...history(c, A, i), ...history(c, B, i + 3)];
    if (c === customers.real2) for (const row of rows.reverse()) await db.insert(s.mrrMovements).values(row);
    else await db.insert(s.mrrMovements).values(rows);
  }

  // A customer moved onto the test clock with its history; another deleted with its.
  await db.update(s.customers).set({ testClockId: clock!.id }).where(eq(s.customers.id, customers.moved.id));
  await db.delete(s.payments).where(eq(s.payments.customerId, customers.gone.id));
  await db.delete(s.invoices).where(eq(s.invoices.customerId, customers.gone.id));
  await db.delete(s.subscriptions).where(eq(s.subscriptions.customerId, customers.gone.id));
  await db.delete(s.customers).where(eq(s.customers.id, customers.gone.id));
}, 120_000);

afterAll(async () => {
  if (!tag) return;
  const ids = Object.values(customers).map((c) => c.id);
  await db.delete(s.payments).where(inArray(s.payments.customerId, ids));
  await db.delete(s.invoices).where(inArray(s.invoices.customerId, ids));
  await db.delete(s.subscriptions).where(inArray(s.subscriptions.customerId, ids));
  await db.delete(s.customers).where(inArray(s.customers.id, ids));
  await db.delete(s.testClocks).where(eq(s.testClocks.id, clock.id));
});

const ours = <T extends { currency: string }>(rows: T[]) => rows.filter((r) => r.currency === A || r.currency === B);
const scopes = (): [string, ClockScope][] => [
  ['real time', REAL_TIME],
  ['the test clock', { kind: 'test-clock', clockId: clock.id }],
];
// Ranges: each month of February to July 3931 in each zone, the whole half year, a few hours
// across a boundary, and instants inside a day.
const ranges = () => [
  ...ZONES.flatMap((zone) => monthSpans('3931-02', '3931-07', zone).map((m) => ({ from: m.start, to: m.end }))),
  ...ZONES.map((zone) => {
    const months = monthSpans('3931-02', '3931-07', zone);
    return { from: months[0]!.start, to: months[months.length - 1]!.end };
  }),
  { from: at('3931-03-31T18:00:00Z'), to: at('3931-04-01T03:00:00Z') },
  { from: at('3931-04-10T11:00:00Z'), to: at('3931-04-10T13:00:00Z') },
];

async function expectSameFigures() {
  for (const [, scope] of scopes()) {
    for (const range of ranges()) {
      expect(ours(await sumInvoicedBetween(scope, range))).toEqual(ours(await scanInvoicedBetween(scope, range)));
      expect(ours(await sumPaymentsReceivedBetween(scope, range))).toEqual(ours(await scanPaymentsReceivedBetween(scope, range)));
    }
    for (const zone of ZONES) {
      const spans: MonthSpan[] = monthSpans('3930-12', '3931-08', zone);
      expect(ours(await getMrrMonths(scope, spans))).toEqual(ours(await scanMrrMonths(scope, spans)));
    }
  }
}

describe('the dashboard totals', () => {
  test('hold figures: both currencies in each scope, the moved customer on the clock, the deleted one nowhere', async () => {
    const half = { from: at('3931-01-01T00:00:00Z'), to: at('3931-08-01T00:00:00Z') };
    const clockScope: ClockScope = { kind: 'test-clock', clockId: clock.id };
    for (const scope of [REAL_TIME, clockScope]) {
      expect(ours(await sumInvoicedBetween(scope, half)).map((t) => t.currency)).toEqual([A, B].sort());
      expect(ours(await sumPaymentsReceivedBetween(scope, half)).length).toBeGreaterThan(0);
    }
    // The clock's customers: onClock and moved, each with 2 subscriptions, one of them churned in
    // each currency at the end (reactivated), so 2 subscribers with 1,200 each remain per currency.
    const months = monthSpans('3931-01', '3931-07', 'UTC');
    const mrr = ours(await getMrrMonths(clockScope, months));
    expect(mrr.map((c) => c.months.at(-1)!.closingMinor)).toEqual([2400, 2400]);
    expect(mrr.map((c) => c.months.at(-1)!.subscribersAtEnd)).toEqual([2, 2]);
    expect(mrr.flatMap((c) => c.months.map((m) => m.churnedCustomers)).reduce((a, b) => a + b)).toBeGreaterThan(0);
  });

  test('equal the passes over the rows, per currency, scope, time zone and range', { timeout: 120_000 }, async () => {
    await expectSameFigures();
  });

  test('still equal them after the rows are folded, into fewer rows (compactDashboardTotals)', { timeout: 120_000 }, async () => {
    const ourRows = async () => {
      const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from dashboard_totals where currency in (${A}, ${B})`);
      return Number(row!.n);
    };
    const before = await ourRows();
    await compactDashboardTotals();
    expect(await ourRows()).toBeLessThan(before);
    await expectSameFigures();
  });
});
