import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import * as s from '@/db/schema';
import { monthBounds } from './month-bounds';

/**
 * Test data for the dashboard queries, unique per call: its own user, customer, product, plans,
 * invoice series and a made-up currency, so that the assertions can filter on it while other test
 * files write to the same database at the same time.
 */
export async function createDashboardFixture() {
  const tag = randomUUID().slice(0, 8);
  // NOTE: a currency no other test uses (Q.. is not an ISO code): per-currency totals are ours alone.
  const currency = `Q${String.fromCharCode(65 + rand(26), 65 + rand(26))}`;
  const range = monthBounds(new Date('2031-05-15T12:00:00Z'), 'Europe/Amsterdam');
  const inMonth = new Date('2031-05-10T09:00:00Z');
  const lastMonth = new Date('2031-04-20T09:00:00Z');

  const [user] = await db
    .insert(s.users)
    .values({ email: `dash-${tag}@example.test`, name: `Dash ${tag}` })
    .returning();
  const [customer] = await db
    .insert(s.customers)
    .values({
      userId: user.id,
      name: `Dash Customer ${tag}`,
      email: `dash-${tag}@example.test`,
      addressLine1: 'Teststraat 1',
      postalCode: '1000 AA',
      city: 'Amsterdam',
      country: 'NL',
    })
    .returning();
  const [product] = await db
    .insert(s.products)
    .values({ slug: `dash-${tag}`, name: `Dash Product ${tag}`, kind: 'digital' })
    .returning();
  const plan = (code: string, intervalUnit: 'week' | 'month' | 'year', intervalCount: number) => ({
    productId: product.id,
    code: `dash-${tag}-${code}`,
    name: `Plan ${code}`,
    intervalUnit,
    intervalCount,
    priceMinor: 100,
    currency,
  });
  const [monthly, quarterly, yearly, weekly] = await db
    .insert(s.plans)
    .values([plan('monthly', 'month', 1), plan('quarterly', 'month', 3), plan('yearly', 'year', 1), plan('weekly', 'week', 1)])
    .returning();

  const subscription = (planId: string, status: s.Subscription['status'], unitPriceMinor: number, quantity: number, createdAt: Date) => ({
    customerId: customer.id,
    planId,
    status,
    quantity,
    currency,
    unitPriceMinor,
    anchorAt: new Date('2031-01-01T00:00:00Z'),
    currentPeriodStart: new Date('2031-05-01T00:00:00Z'),
    currentPeriodEnd: new Date('2031-06-01T00:00:00Z'),
    startedAt: new Date('2031-01-01T00:00:00Z'),
    createdAt,
  });
  const subscriptions = await db
    .insert(s.subscriptions)
    .values([
      subscription(monthly.id, 'active', 3200, 1, new Date('2031-01-01T00:00:01Z')),
      subscription(quarterly.id, 'active', 9000, 2, new Date('2031-01-01T00:00:02Z')),
      subscription(yearly.id, 'active', 32000, 1, new Date('2031-01-01T00:00:03Z')),
      subscription(weekly.id, 'active', 1100, 1, new Date('2031-01-01T00:00:04Z')),
      subscription(monthly.id, 'trialing', 2900, 1, new Date('2031-01-01T00:00:05Z')),
      subscription(monthly.id, 'past_due', 5000, 1, new Date('2031-01-01T00:00:06Z')),
    ])
    .returning();

  const seriesId = `dash-${tag}`;
  await db.insert(s.invoiceSeries).values({ id: seriesId, prefix: `DASH-${tag}-` });
  const snapshot: s.CustomerSnapshot = {
    name: `Snapshot Name ${tag}`,
    email: customer.email,
    companyName: null,
    vatId: null,
    addressLine1: customer.addressLine1,
    addressLine2: null,
    postalCode: customer.postalCode,
    city: customer.city,
    country: customer.country,
  };
  let sequence = 0;
  const invoice = (status: s.Invoice['status'], totalMinor: number, issuedAt: Date | null, createdAt: Date) => {
    const numbered = status !== 'draft';
    if (numbered) sequence += 1;
    return {
      customerId: customer.id,
      status,
      seriesId: numbered ? seriesId : null,
      sequenceNumber: numbered ? sequence : null,
      number: numbered ? `DASH-${tag}-${sequence}` : null,
      currency,
      subtotalMinor: totalMinor - 100,
      taxMinor: 100,
      totalMinor,
      customerSnapshot: numbered ? snapshot : null,
      issuedAt,
      createdAt,
    };
  };
  const [paidInvoice, openAtStart, voidInvoice, lastMonthInvoice, atEnd, draft] = await db
    .insert(s.invoices)
    .values([
      invoice('paid', 3200, inMonth, new Date('2031-05-10T09:00:00Z')),
      invoice('open', 6000, range.start, new Date('2031-05-10T09:00:01Z')),
      invoice('void', 999, inMonth, new Date('2031-05-10T09:00:02Z')),
      invoice('paid', 777, lastMonth, new Date('2031-05-10T09:00:03Z')),
      invoice('open', 555, range.end, new Date('2031-05-10T09:00:04Z')),
      invoice('draft', 1234, null, new Date('2031-05-10T09:00:05Z')),
    ])
    .returning();

  let attempt = 0;
  const payment = (status: s.Payment['status'], amountMinor: number, settledAt: Date | null) => ({
    customerId: customer.id,
    // One attempt number per payment: (invoice, attempt) is unique.
    attempt: (attempt += 1),
    invoiceId: paidInvoice.id,
    provider: 'test',
    providerPaymentId: `dash-${tag}-${randomUUID()}`,
    method: 'ideal' as const,
    amountMinor,
    currency,
    status,
    settledAt,
  });
  const payments = await db
    .insert(s.payments)
    .values([
      payment('paid', 3200, inMonth),
      payment('paid', 450, range.start),
      payment('paid', 100, lastMonth),
      payment('paid', 200, range.end),
      payment('failed', 500, inMonth),
      payment('pending', 600, null),
    ])
    .returning();

  const email = (key: string, createdAt: Date, status: s.OutboxEmail['status'], error: string | null) => ({
    dedupeKey: `dash-${tag}-${key}`,
    template: 'invoice',
    toAddress: customer.email,
    subject: `Your invoice ${key} ${tag}`,
    props: { key },
    html: `<p>Hello <b>${key}</b></p>`,
    text: `Hello ${key}`,
    transport: 'outbox' as const,
    status,
    error,
    createdAt,
  });
  const [olderEmail, newerEmail] = await db
    .insert(s.emailOutbox)
    .values([
      email('older', new Date('2031-05-10T09:00:00Z'), 'stored', null),
      email('newer', new Date('2031-05-10T10:00:00Z'), 'failed', 'Mailbox unavailable'),
    ])
    .returning();

  async function cleanUp() {
    await db.delete(s.emailOutbox).where(inArray(s.emailOutbox.id, [olderEmail.id, newerEmail.id]));
    await db.delete(s.payments).where(inArray(s.payments.id, payments.map((p) => p.id)));
    await db.delete(s.invoices).where(inArray(s.invoices.customerId, [customer.id]));
    await db.delete(s.invoiceSeries).where(inArray(s.invoiceSeries.id, [seriesId]));
    await db.delete(s.subscriptions).where(inArray(s.subscriptions.customerId, [customer.id]));
    await db.delete(s.plans).where(inArray(s.plans.productId, [product.id]));
    await db.delete(s.products).where(inArray(s.products.id, [product.id]));
    await db.delete(s.customers).where(inArray(s.customers.id, [customer.id]));
    await db.delete(s.users).where(inArray(s.users.id, [user.id]));
  }

  return {
    tag,
    currency,
    range,
    customer,
    product,
    plans: { monthly, quarterly, yearly, weekly },
    subscriptions,
    invoices: { paidInvoice, openAtStart, voidInvoice, lastMonthInvoice, atEnd, draft },
    emails: { olderEmail, newerEmail },
    cleanUp,
  };
}

export type DashboardFixture = Awaited<ReturnType<typeof createDashboardFixture>>;

function rand(n: number): number {
  return Math.floor(Math.random() * n);
}
