import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, invoices, planChanges, plans, products, subscriptions, type Plan } from '@/db/schema';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { changePlan } from './change-plan';
import { previewPlanChange } from './preview-plan-change';

// The shop forbids customers to change plans: the dashboard's change is the merchant's own.
const shop = vi.hoisted(() => ({ customersCanChangePlan: false }));
vi.mock('@/lib/services/settings/get-shop-settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/services/settings/get-shop-settings')>();
  return { getShopSettings: async (...args: Parameters<typeof real.getShopSettings>) => ({ ...(await real.getShopSettings(...args)), ...shop }) };
});
beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

const START = new Date('3623-03-01T09:00:00Z');
const MAR_10 = new Date('3623-03-10T12:00:00Z');
let basic: Plan;

beforeAll(async () => {
  const tag = crypto.randomUUID().slice(0, 8);
  const [product] = await db.insert(products).values({ slug: `staff-change-${tag}`, name: 'Evening Paper', kind: 'service' }).returning();
  [basic] = (await db
    .insert(plans)
    .values({ productId: product!.id, code: `staff-change-${tag}`, name: 'Basic', currency: 'EUR', intervalUnit: 'month', intervalCount: 1, priceMinor: 3100, taxRateBp: 2500 })
    .returning()) as [Plan];
});

describe('staff change a customer’s plan from the dashboard', () => {
  test('the customer’s switches do not bind the merchant: previewed, confirmed for the amount shown, written as staff’s and audited', async () => {
    const staff = await createStaffUser('admin');
    const clock = await createTestClock({ name: 'staff plan change', startAt: START });
    const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: basic.id, autopay: false });
    if (!done.ok) throw new Error(done.error);
    const customerId = done.value.customerId;
    await db.update(customers).set({ canChangePlan: false }).where(eq(customers.id, customerId));
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
    await advanceTestClock({ clockId: clock.id, to: MAR_10 });
    const ask = { customerId, subscriptionId: sub!.id, planId: basic.id, quantity: 2, now: MAR_10 };

    // The customer may not; staff may.
    expect(await previewPlanChange(ask)).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    const preview = await previewPlanChange({ ...ask, staffUserId: staff.id });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value).toMatchObject({ timing: 'now', totalMinor: 2100 }); // 3100 x 21/31

    expect(await changePlan({ ...ask, expectedTotalMinor: 2000, staffUserId: staff.id })).toMatchObject({ ok: false, error: { code: 'preview_changed' } });
    const changed = await changePlan({ ...ask, expectedTotalMinor: 2100, staffUserId: staff.id });
    if (!changed.ok) throw new Error(changed.error.message);
    expect((await db.select().from(invoices).where(eq(invoices.id, changed.value.invoice!.id)))[0]).toMatchObject({ totalMinor: 2100 });
    expect((await db.select().from(subscriptions).where(eq(subscriptions.id, sub!.id)))[0]).toMatchObject({ quantity: 2 });
    expect(await db.select({ actor: planChanges.actor, kind: planChanges.kind }).from(planChanges).where(eq(planChanges.subscriptionId, sub!.id))).toEqual([
      { actor: 'staff', kind: 'applied' },
    ]);
    expect(await auditEntriesOf('subscription', sub!.id)).toEqual([
      expect.objectContaining({ action: 'subscription.change-plan', actorUserId: staff.id, before: { planId: basic.id, quantity: 1 } }),
    ]);
  });
});
