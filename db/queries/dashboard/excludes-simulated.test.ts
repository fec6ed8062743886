import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { defaultListQuery } from '@/lib/validations/list-query';
import { INVOICE_LIST, listInvoicesPage } from './list-invoices';
import { listPaymentsPage, PAYMENT_LIST, totalPaymentsList } from './list-payments-page';
import { listSubscribers, SUBSCRIBER_LIST } from './list-subscribers';

describe('the dashboard shows the business, not simulations', () => {
  test("a test clock's simulated subscriber and invoice are not in the subscriber and invoice lists", async () => {
    const clock = await createTestClock({ name: 'not in the figures', startAt: new Date('2026-06-01T10:00:00Z') });
    const plan = await planByCode('trendhouse-monthly');
    const simulated = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id });
    if (!simulated.ok) throw new Error(simulated.error);
    const [customer] = await db.select().from(customers).where(eq(customers.id, simulated.value.customerId));

    // Searched by the simulated customer's own address: not on any page of the real lists.
    const q = customer!.email;
    expect((await listSubscribers(REAL_TIME, defaultListQuery(SUBSCRIBER_LIST, { q }))).rows).toEqual([]);
    expect((await listInvoicesPage(REAL_TIME, defaultListQuery(INVOICE_LIST, { q }))).rows).toEqual([]);
    // Nor its card payment in the payments list or the totals above it (summed without the customers join).
    const june = { from: new Date('2026-05-01T00:00:00Z'), to: new Date('2026-08-01T00:00:00Z') };
    const scope = { kind: 'test-clock', clockId: clock.id } as const;
    expect((await listPaymentsPage(scope, june, defaultListQuery(PAYMENT_LIST, { q }))).rows).not.toEqual([]);
    expect((await totalPaymentsList(scope, june, defaultListQuery(PAYMENT_LIST, { q })))[0]?.count).toBeGreaterThan(0);
    expect((await listPaymentsPage(REAL_TIME, june, defaultListQuery(PAYMENT_LIST, { q }))).rows).toEqual([]);
    expect(await totalPaymentsList(REAL_TIME, june, defaultListQuery(PAYMENT_LIST, { q }))).toEqual([]);
  });

  test("the clock's own scope reads exactly its simulated customers", async () => {
    const clock = await createTestClock({ name: 'its own scope', startAt: new Date('2026-06-01T10:00:00Z') });
    const simulated = await subscribeSimulatedCustomer({ clockId: clock.id, planId: (await planByCode('trendhouse-monthly')).id });
    if (!simulated.ok) throw new Error(simulated.error);
    const scope = { kind: 'test-clock', clockId: clock.id } as const;

    expect((await listSubscribers(scope, defaultListQuery(SUBSCRIBER_LIST))).rows.map((s) => s.customerId)).toEqual([simulated.value.customerId]);
    expect(new Set((await listInvoicesPage(scope, defaultListQuery(INVOICE_LIST))).rows.map((i) => i.customerId))).toEqual(
      new Set([simulated.value.customerId]),
    );
  });
});
