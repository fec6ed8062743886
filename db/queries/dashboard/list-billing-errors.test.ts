import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers, domainEvents, plans, products, subscriptions, testClocks, users, type Subscription } from '@/db/schema';
import { listBillingErrors, type EventDeliveryError } from './list-billing-errors';

const tag = randomUUID().slice(0, 8);
let customerId: string;
let productId: string;
let clockId: string;
let subs: Subscription[];

/** Its own customer, product, plan, three subscriptions and a clock: assertions filter on them. */
beforeAll(async () => {
  const [user] = await db.insert(users).values({ email: `errors-${tag}@example.test`, name: `Errors ${tag}` }).returning();
  const [customer] = await db
    .insert(customers)
    .values({
      userId: user!.id,
      name: `Errors Customer ${tag}`,
      email: `errors-${tag}@example.test`,
      addressLine1: 'Teststraat 1',
      postalCode: '1000 AA',
      city: 'Amsterdam',
      country: 'NL',
    })
    .returning();
  customerId = customer!.id;
  const [product] = await db.insert(products).values({ slug: `errors-${tag}`, name: `Errors Product ${tag}`, kind: 'digital' }).returning();
  productId = product!.id;
  const [plan] = await db
    .insert(plans)
    .values({ productId, code: `errors-${tag}`, name: 'Monthly', intervalUnit: 'month', intervalCount: 1, priceMinor: 1000, currency: 'EUR' })
    .returning();
  const subscription = (status: Subscription['status'], lastError: string | null, lastErrorAt: Date | null) => ({
    customerId,
    planId: plan!.id,
    status,
    quantity: 1,
    currency: 'EUR',
    unitPriceMinor: 1000,
    anchorAt: new Date('2031-01-01T00:00:00Z'),
    currentPeriodStart: new Date('2031-05-01T00:00:00Z'),
    currentPeriodEnd: new Date('2031-06-01T00:00:00Z'),
    startedAt: new Date('2031-01-01T00:00:00Z'),
    lastError,
    lastErrorAt,
  });
  // Far-future failure times: newer than anything another test file records, so ours stay in the limit.
  subs = await db
    .insert(subscriptions)
    .values([
      subscription('active', 'Mandate revoked by the bank', new Date('2099-01-02T10:00:00Z')),
      subscription('past_due', 'Invoice series is locked', new Date('2099-01-03T10:00:00Z')),
      // An error recorded without its time: listed last, not first.
      subscription('active', 'Old failure', null),
      subscription('active', null, null),
    ])
    .returning();
  const [clock] = await db.insert(testClocks).values({ name: `Errors ${tag}`, frozenTime: new Date('2031-05-01T00:00:00Z') }).returning();
  clockId = clock!.id;
});

afterAll(async () => {
  await db.delete(subscriptions).where(eq(subscriptions.customerId, customerId));
  await db.delete(plans).where(eq(plans.productId, productId));
  await db.delete(products).where(eq(products.id, productId));
  const [customer] = await db.delete(customers).where(eq(customers.id, customerId)).returning();
  await db.delete(users).where(inArray(users.id, [customer!.userId]));
  await db.delete(testClocks).where(eq(testClocks.id, clockId));
});

const mine = async (limit?: number) =>
  (await listBillingErrors({ limit })).filter((r) => r.kind === 'subscription' && r.customerId === customerId);

describe('listBillingErrors', () => {
  test('only subscriptions with an error, the most recent failure first, undated last', async () => {
    const rows = await mine(1000);
    expect(rows.map((r) => r.error)).toEqual(['Invoice series is locked', 'Mandate revoked by the bank', 'Old failure']);
    expect(rows[1]).toEqual({
      kind: 'subscription',
      subscriptionId: subs[0]!.id,
      customerId,
      customerName: `Errors Customer ${tag}`,
      productName: `Errors Product ${tag}`,
      planName: 'Monthly',
      status: 'active',
      error: 'Mandate revoked by the bank',
      at: '2099-01-02T10:00:00.000Z',
      testClockId: null,
      testClockName: null,
    });
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  test('a simulated customer’s error names its test clock', async () => {
    await db.update(customers).set({ testClockId: clockId }).where(eq(customers.id, customerId));
    const [first] = await mine(1000);
    expect(first).toMatchObject({ testClockId: clockId, testClockName: `Errors ${tag}` });
    await db.update(customers).set({ testClockId: null }).where(eq(customers.id, customerId));
  });

  test('an error cleared by the engine drops off the list', async () => {
    await db.update(subscriptions).set({ lastError: null, lastErrorAt: null }).where(eq(subscriptions.id, subs[1]!.id));
    expect((await mine(1000)).map((r) => r.error)).toEqual(['Mandate revoked by the bank', 'Old failure']);
  });

  test('events not delivered after a failed attempt are listed among them by the time of that attempt', async () => {
    const subjectId = randomUUID();
    const event = (id: string, values: Partial<typeof domainEvents.$inferInsert>) => ({
      id,
      name: 'shop/order.paid' as const,
      payload: { orderId: subjectId },
      subjectType: 'order' as const,
      subjectId,
      occurredAt: new Date('2099-01-01T09:00:00Z'),
      nextAttemptAt: new Date('2099-01-02T12:00:00Z'),
      ...values,
    });
    const [failing, delivered, fresh] = [randomUUID(), randomUUID(), randomUUID()];
    await db.insert(domainEvents).values([
      event(failing, { attempts: 2, lastError: 'Order vanished', lastAttemptAt: new Date('2099-01-02T11:00:00Z') }),
      // Delivered at last: its old error is history, not a current problem.
      event(delivered, { attempts: 3, lastError: 'Timeout', lastAttemptAt: new Date('2099-01-02T11:30:00Z'), deliveredAt: new Date('2099-01-02T11:30:00Z') }),
      // Never tried yet: nothing has failed.
      event(fresh, {}),
    ]);
    try {
      const rows = (await listBillingErrors({ limit: 1000 })).filter(
        (r) => (r.kind === 'subscription' && r.customerId === customerId) || (r.kind === 'event' && r.subjectId === subjectId),
      );
      expect(rows.map((r) => r.error)).toEqual(['Order vanished', 'Mandate revoked by the bank', 'Old failure']);
      expect(rows[0]).toEqual<EventDeliveryError>({
        kind: 'event',
        eventId: failing,
        eventName: 'shop/order.paid',
        subjectType: 'order',
        subjectId,
        attempts: 2,
        error: 'Order vanished',
        at: '2099-01-02T11:00:00.000Z',
        nextAttemptAt: '2099-01-02T12:00:00.000Z',
      });
    } finally {
      await db.delete(domainEvents).where(eq(domainEvents.subjectId, subjectId));
    }
  });

  test('at most `limit` rows', async () => {
    expect(await listBillingErrors({ limit: 1 })).toHaveLength(1);
  });
});
