import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import * as s from '@/db/schema';
import { recordMrrMovement } from '@/lib/services/metrics/record-mrr-movement';

/**
 * Twelve months of a small shop, 2032, for the MRR tests: thirteen subscriptions of ten customers
 * with upgrades, downgrades, a pause, a suspension, cancellations, reactivations and coupons,
 * changed one step at a time the way the services change them (update the subscription, then
 * recordMrrMovement in the same transaction). Two made-up currencies no other test uses.
 *
 * Every change is at 12:00 UTC on the 10th, 15th or 20th, far from any month boundary.
 */
export async function createMrrFixture() {
  const tag = randomUUID().slice(0, 8);
  const letters = () => String.fromCharCode(65 + Math.floor(Math.random() * 26), 65 + Math.floor(Math.random() * 26));
  // NOTE: Q.. and X.. are not ISO codes: these per-currency totals are ours alone.
  const currencyA = `Q${letters()}`;
  const currencyB = `X${letters()}`;
  const day = (monthDay: string) => new Date(`2032-${monthDay}T12:00:00Z`);

  const customers: s.Customer[] = [];
  for (let i = 1; i <= 10; i += 1) {
    const [user] = await db.insert(s.users).values({ email: `mrr-${tag}-${i}@example.test`, name: `MRR ${tag} ${i}` }).returning();
    const [customer] = await db
      .insert(s.customers)
      .values({
        userId: user!.id,
        name: `Customer C${i} ${tag}`,
        email: user!.email,
        addressLine1: 'Teststraat 1',
        postalCode: '1000 AA',
        city: 'Amsterdam',
        country: 'NL',
      })
      .returning();
    customers.push(customer!);
  }
  const [product] = await db.insert(s.products).values({ slug: `mrr-${tag}`, name: `MRR Product ${tag}`, kind: 'digital' }).returning();
  const plan = (code: string, intervalUnit: 'week' | 'month' | 'year', intervalCount: number, currency: string, taxRateBp = 0) => ({
    productId: product!.id,
    code: `mrr-${tag}-${code}`,
    name: `Plan ${code}`,
    intervalUnit,
    intervalCount,
    priceMinor: 1000,
    currency,
    taxRateBp,
  });
  const [M, Q, Y, W, V, MB] = await db
    .insert(s.plans)
    .values([
      plan('monthly', 'month', 1, currencyA),
      plan('quarterly', 'month', 3, currencyA),
      plan('yearly', 'year', 1, currencyA),
      plan('weekly', 'week', 1, currencyA),
      // Its prices include 25 % VAT.
      plan('monthly-vat', 'month', 1, currencyA, 2500),
      plan('monthly-b', 'month', 1, currencyB),
    ])
    .returning();
  const [tenPercent, fiveOff] = await db
    .insert(s.coupons)
    .values([
      { code: `MRR-TEN-${tag}`.toUpperCase(), kind: 'percent', percentOff: 10, duration: 'forever' },
      { code: `MRR-FIVE-${tag}`.toUpperCase(), kind: 'fixed', amountOffMinor: 500, currency: currencyA, duration: 'forever' },
    ])
    .returning();

  const subscriptionIds = new Map<string, string>();
  const id = (name: string) => subscriptionIds.get(name)!;

  /** A checkout: the subscription starts (active, or in its trial) and the ledger hears of it. */
  async function start(
    name: string,
    at: Date,
    input: { customer: number; plan: s.Plan; unitPriceMinor: number; quantity?: number; trialEndsAt?: Date; couponId?: string },
  ) {
    await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(s.subscriptions)
        .values({
          customerId: customers[input.customer - 1]!.id,
          planId: input.plan.id,
          status: input.trialEndsAt ? 'trialing' : 'active',
          quantity: input.quantity ?? 1,
          currency: input.plan.currency,
          unitPriceMinor: input.unitPriceMinor,
          anchorAt: input.trialEndsAt ?? at,
          currentPeriodStart: at,
          currentPeriodEnd: input.trialEndsAt ?? at,
          trialEndsAt: input.trialEndsAt ?? null,
          couponId: input.couponId ?? null,
          startedAt: at,
        })
        .returning();
      subscriptionIds.set(name, created!.id);
      await recordMrrMovement(tx, created!.id, at);
    });
  }

  /** A service changes the subscription: status, price, plan, quantity or coupon. */
  async function change(name: string, at: Date, patch: Partial<s.NewSubscription>) {
    await db.transaction(async (tx) => {
      await tx.update(s.subscriptions).set(patch).where(eq(s.subscriptions.id, id(name)));
      await recordMrrMovement(tx, id(name), at);
    });
  }

  // January
  await start('S1', day('01-10'), { customer: 1, plan: M!, unitPriceMinor: 1000 });
  await start('S5', day('01-10'), { customer: 1, plan: M!, unitPriceMinor: 2000, couponId: tenPercent!.id });
  await start('S6', day('01-10'), { customer: 4, plan: M!, unitPriceMinor: 1000, trialEndsAt: day('02-10') });
  await start('S2', day('01-15'), { customer: 2, plan: Y!, unitPriceMinor: 24000 });
  // February
  await start('S3', day('02-10'), { customer: 2, plan: Q!, unitPriceMinor: 4500 });
  await change('S6', day('02-10'), { status: 'active' });
  await start('S12', day('02-10'), { customer: 10, plan: MB!, unitPriceMinor: 5000 });
  // March
  await start('S4', day('03-10'), { customer: 3, plan: W!, unitPriceMinor: 1000 });
  await start('S7', day('03-10'), { customer: 5, plan: M!, unitPriceMinor: 1000, trialEndsAt: day('04-10') });
  await change('S5', day('03-10'), { status: 'past_due' });
  await change('S7', day('03-20'), { status: 'ended', endedAt: day('03-20'), canceledAt: day('03-20') });
  // April
  await start('S8', day('04-10'), { customer: 6, plan: V!, unitPriceMinor: 1250 });
  await change('S5', day('04-10'), { status: 'active' });
  await change('S1', day('04-15'), { unitPriceMinor: 1500 });
  // May
  await start('S9', day('05-10'), { customer: 7, plan: M!, unitPriceMinor: 3000 });
  await change('S3', day('05-10'), { unitPriceMinor: 3000 });
  // June
  await start('S10', day('06-10'), { customer: 8, plan: M!, unitPriceMinor: 2500 });
  await change('S4', day('06-10'), { status: 'paused', pausedAt: day('06-10') });
  await change('S12', day('06-15'), { status: 'ended', endedAt: day('06-15') });
  // July
  await start('S11', day('07-10'), { customer: 9, plan: Q!, unitPriceMinor: 6000 });
  await change('S2', day('07-10'), { status: 'ended', endedAt: day('07-10') });
  // August
  await change('S8', day('08-10'), { quantity: 3 });
  await change('S9', day('08-15'), { status: 'suspended', suspendedAt: day('08-15') });
  // September
  await change('S4', day('09-10'), { status: 'active', pausedAt: null });
  await change('S9', day('09-15'), { status: 'active', suspendedAt: null });
  // October
  await change('S10', day('10-10'), { couponId: fiveOff!.id });
  await change('S11', day('10-15'), { planId: Y!.id, unitPriceMinor: 36000 });
  // November
  await change('S6', day('11-15'), { status: 'ended', endedAt: day('11-15') });
  // December
  await change('S9', day('12-10'), { status: 'ended', endedAt: day('12-10') });
  await start('S13', day('12-01'), { customer: 5, plan: M!, unitPriceMinor: 1000, trialEndsAt: new Date('2033-01-10T12:00:00Z') });

  async function cleanUp() {
    const customerIds = customers.map((c) => c.id);
    await db.delete(s.subscriptions).where(inArray(s.subscriptions.customerId, customerIds));
    await db.delete(s.coupons).where(inArray(s.coupons.id, [tenPercent!.id, fiveOff!.id]));
    await db.delete(s.plans).where(eq(s.plans.productId, product!.id));
    await db.delete(s.products).where(eq(s.products.id, product!.id));
    await db.delete(s.customers).where(inArray(s.customers.id, customerIds));
    await db.delete(s.users).where(inArray(s.users.id, customers.map((c) => c.userId)));
  }

  return { tag, currencyA, currencyB, customers, subscriptionIds, id, cleanUp };
}

export type MrrFixture = Awaited<ReturnType<typeof createMrrFixture>>;
