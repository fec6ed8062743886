import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import { listInvoices } from './list-invoices';
import { listSubscribers } from './list-subscribers';

describe('the dashboard shows the business, not simulations', () => {
  test("a test clock's simulated subscriber and invoice are not in the subscriber and invoice lists", async () => {
    const clock = await createTestClock({ name: 'not in the figures', startAt: new Date('2026-06-01T10:00:00Z') });
    const plan = await planByCode('trendhouse-monthly');
    const simulated = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id });
    if (!simulated.ok) throw new Error(simulated.error);
    const [customer] = await db.select().from(customers).where(eq(customers.id, simulated.value.customerId));

    expect((await listSubscribers()).some((s) => s.customerEmail === customer!.email)).toBe(false);
    expect((await listInvoices()).some((i) => i.customerId === customer!.id)).toBe(false);
  });
});
