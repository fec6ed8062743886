import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers, testClocks } from '@/db/schema';
import { createTestSubscription } from '@/lib/services/email/test-fixtures';
import { REAL_TIME } from '../clock-scope';
import { getDashboardCustomer } from './get-dashboard-customer';

describe('the dashboard’s customer page', () => {
  test('a real customer with their details, self-service switch and subscriptions', async () => {
    const { customer, subscription } = await createTestSubscription('nb');
    await db.update(customers).set({ customerType: 'business', companyName: 'Fjord Media AS', organisationNumber: '974760673', canCancel: false }).where(eq(customers.id, customer.id));
    const found = await getDashboardCustomer(REAL_TIME, customer.id);
    expect(found?.customer).toMatchObject({ id: customer.id, customerType: 'business', companyName: 'Fjord Media AS', organisationNumber: '974760673', canCancel: false, locale: 'nb' });
    expect(found?.subscriptions.map((s) => s.id)).toEqual([subscription.id]);
  });

  test('an unknown customer, or one on a test clock, is not found on real time', async () => {
    expect(await getDashboardCustomer(REAL_TIME, randomUUID())).toBeNull();
    const { customer } = await createTestSubscription('en');
    const [clock] = await db.insert(testClocks).values({ name: `details ${randomUUID()}`, frozenTime: new Date('3201-01-01T00:00:00Z') }).returning();
    await db.update(customers).set({ testClockId: clock!.id }).where(eq(customers.id, customer.id));
    expect(await getDashboardCustomer(REAL_TIME, customer.id)).toBeNull();
    expect((await getDashboardCustomer({ kind: 'test-clock', clockId: clock!.id }, customer.id))?.customer.id).toBe(customer.id);
  });
});
