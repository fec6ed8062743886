import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, invoices, payments, plans, products, subscriptions, type Plan } from '@/db/schema';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

// In this file's own far-future years, so no other test's dates come near.
const START = new Date('3721-01-10T09:00:00Z');

let plan: Plan;

beforeAll(async () => {
  const tag = crypto.randomUUID().slice(0, 8);
  const [product] = await db.insert(products).values({ slug: `collection-${tag}`, name: 'Weekly Paper', kind: 'service' }).returning();
  [plan] = (await db
    .insert(plans)
    .values({ productId: product!.id, code: `collection-${tag}`, name: 'Monthly', currency: 'EUR', intervalUnit: 'month', intervalCount: 1, priceMinor: 2900, taxRateBp: 2500 })
    .returning()) as [Plan];
});

/** A customer with a stored method whose subscription renews once, collected as `collection` says. */
async function renewedOnce(collection: 'charge_automatically' | 'send_invoice') {
  const clock = await createTestClock({ name: `collection ${collection}`, startAt: START });
  const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: true });
  if (!done.ok) throw new Error(done.error);
  await db.update(subscriptions).set({ collection }).where(eq(subscriptions.customerId, done.value.customerId));
  await advanceTestClock({ clockId: clock.id, to: new Date('3721-02-12T09:00:00Z') });
  const [renewal] = await db.select().from(invoices).where(and(eq(invoices.customerId, done.value.customerId), eq(invoices.term, 1)));
  if (!renewal) throw new Error('The term was not invoiced');
  const charges = await db.select().from(payments).where(and(eq(payments.invoiceId, renewal.id), eq(payments.source, 'autopay')));
  const emails = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${renewal.id}`));
  return { renewal, charges, emails };
}

test.each([
  ['charge_automatically', 'paid', 1, 0],
  ['send_invoice', 'open', 0, 1],
] as const)('a renewal of a subscription collected by %s, the customer having a stored method: %s', async (collection, status, charged, emailed) => {
  const { renewal, charges, emails } = await renewedOnce(collection);
  expect(renewal.status).toBe(status);
  expect(charges).toHaveLength(charged);
  expect(emails).toHaveLength(emailed);
});
