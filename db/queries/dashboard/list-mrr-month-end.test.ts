import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import * as s from '@/db/schema';
import { clockCondition, REAL_TIME, type ClockScope } from '@/db/queries/clock-scope';
import { monthSpan } from '@/lib/billing/metrics/month-range';
import { listMrrSubscriptions, MRR_LIST_PAGE_SIZE } from './list-mrr-subscriptions';

// The MRR at a month's end read from the ledger's spans (mrr_spans) against the sum of the ledger
// itself (the query the drill-down ran before the spans), on a ledger with what makes spans hard:
// a movement on the month's edge, two at one instant, one written after a later-dated one, a
// second currency, a simulated customer, ties; then after an update and a delete of movements.
const tag = `mrr-end-${randomUUID().slice(0, 8)}`;
// NOTE: a currency no other test uses (W.. is not an ISO code), so the list holds ours alone.
const currency = `W${String.fromCharCode(65 + Math.floor(Math.random() * 26), 65 + Math.floor(Math.random() * 26))}`;
const other = currency === 'WZZ' ? 'WZY' : 'WZZ';
const at = (iso: string) => new Date(iso);
const months = ['3962-01', '3962-02', '3962-03', '3962-04'].map((key) => monthSpan(key, 'UTC'));

let userIds: string[] = [];
let customerIds: string[] = [];
let productId: string;
let clockId: string;
const sub: Record<string, string> = {};

/** The subscriptions counting in the MRR at `end`, summed from the ledger (the reference). */
async function fromLedger(scope: ClockScope, end: Date) {
  const rows = await db.execute<{ subscription_id: string; amount: string }>(sql`
    select m.subscription_id, sum(m.delta_minor)::text as amount
    from mrr_movements m join customers on customers.id = m.customer_id and ${clockCondition(scope)}
    where m.currency = ${currency} and m.occurred_at < ${end.toISOString()}::timestamptz
    group by m.subscription_id having sum(m.delta_minor) > 0
    order by sum(m.delta_minor) desc, m.subscription_id`);
  return rows.map((r) => [r.subscription_id, Number(r.amount)]);
}

async function listed(scope: ClockScope, month: (typeof months)[number], page = 1) {
  const list = await listMrrSubscriptions(scope, { currency, month, figure: 'mrr', page });
  return { total: list.total, rows: list.rows.map((r) => [r.subscriptionId, r.amountMinor]) };
}

async function movement(name: string, kind: s.MrrMovement['kind'], delta: number, occurredAt: string, money = currency) {
  const [subscription] = await db.select().from(s.subscriptions).where(eq(s.subscriptions.id, sub[name]!));
  const [row] = await db
    .insert(s.mrrMovements)
    .values({ subscriptionId: subscription!.id, customerId: subscription!.customerId, currency: money, kind, deltaMinor: delta, mrrAfterMinor: Math.max(0, delta), occurredAt: at(occurredAt) })
    .returning();
  return row!;
}

beforeAll(async () => {
  const [clock] = await db.insert(s.testClocks).values({ name: tag, frozenTime: at('3962-01-01T00:00:00Z') }).returning();
  clockId = clock!.id;
  const users = await db
    .insert(s.users)
    .values([0, 1].map((i) => ({ email: `${tag}-${i}@example.test`, name: `${tag} ${i}` })))
    .returning();
  userIds = users.map((u) => u.id);
  const customers = await db
    .insert(s.customers)
    .values(
      users.map((u, i) => ({
        userId: u.id,
        name: `Customer ${tag} ${i}`,
        email: u.email,
        addressLine1: 'Teststraat 1',
        postalCode: '1000 AA',
        city: 'Amsterdam',
        country: 'NL',
        testClockId: i === 1 ? clockId : null,
      })),
    )
    .returning();
  customerIds = customers.map((c) => c.id);
  const [product] = await db.insert(s.products).values({ slug: tag, name: `Product ${tag}`, kind: 'digital' }).returning();
  productId = product!.id;
  const [plan] = await db
    .insert(s.plans)
    .values({ productId, code: tag, name: 'Plan', intervalUnit: 'month', intervalCount: 1, priceMinor: 1000, currency })
    .returning();
  for (const name of ['edge', 'churnAtEnd', 'churned', 'backdated', 'sameInstant', 'tieA', 'tieB', 'simulated']) {
    const [row] = await db
      .insert(s.subscriptions)
      .values({
        customerId: customerIds[name === 'simulated' ? 1 : 0]!,
        planId: plan!.id,
        status: 'active',
        quantity: 1,
        currency,
        unitPriceMinor: 1000,
        anchorAt: at('3962-01-01T00:00:00Z'),
        currentPeriodStart: at('3962-01-01T00:00:00Z'),
        currentPeriodEnd: at('3962-02-01T00:00:00Z'),
        startedAt: at('3962-01-01T00:00:00Z'),
      })
      .returning();
    sub[name] = row!.id;
  }
  await movement('edge', 'new', 1000, '3962-01-10T00:00:00Z');
  await movement('edge', 'expansion', 500, '3962-02-28T23:59:59.999Z');
  await movement('edge', 'new', 9000, '3962-01-10T00:00:00Z', other);
  await movement('churnAtEnd', 'new', 1000, '3962-01-05T00:00:00Z');
  await movement('churnAtEnd', 'churn', -1000, '3962-03-01T00:00:00Z');
  await movement('churned', 'new', 2000, '3962-01-01T00:00:00Z');
  await movement('churned', 'churn', -2000, '3962-02-15T00:00:00Z');
  // Written after a movement dated later: the spans follow occurred_at, not the order of writing.
  await movement('backdated', 'new', 700, '3962-02-01T00:00:00Z');
  await movement('backdated', 'expansion', 300, '3962-01-20T00:00:00Z');
  // Two movements of one instant, in one statement.
  const [same] = await db.select().from(s.subscriptions).where(eq(s.subscriptions.id, sub.sameInstant!));
  await db.insert(s.mrrMovements).values(
    [400, 100].map((delta, i) => ({
      subscriptionId: same!.id,
      customerId: same!.customerId,
      currency,
      kind: i === 0 ? ('new' as const) : ('expansion' as const),
      deltaMinor: delta,
      mrrAfterMinor: 500,
      occurredAt: at('3962-02-10T00:00:00Z'),
    })),
  );
  await movement('tieA', 'new', 1000, '3962-01-03T00:00:00Z');
  await movement('tieB', 'new', 1000, '3962-01-04T00:00:00Z');
  await movement('simulated', 'new', 5000, '3962-01-02T00:00:00Z');
});

afterAll(async () => {
  if (!productId) return;
  await db.delete(s.mrrMovements).where(inArray(s.mrrMovements.customerId, customerIds));
  await db.delete(s.subscriptions).where(inArray(s.subscriptions.customerId, customerIds));
  await db.delete(s.plans).where(eq(s.plans.productId, productId));
  await db.delete(s.products).where(eq(s.products.id, productId));
  await db.delete(s.customers).where(inArray(s.customers.id, customerIds));
  await db.delete(s.users).where(inArray(s.users.id, userIds));
  await db.delete(s.testClocks).where(eq(s.testClocks.id, clockId));
});

describe('the MRR at a month end', () => {
  test('lists what the ledger sums to at each month end, largest first, ties by subscription', async () => {
    const february = await listed(REAL_TIME, months[1]!);
    const ties = [sub.tieA!, sub.tieB!, sub.churnAtEnd!, sub.backdated!].sort();
    expect(february).toEqual({ total: 6, rows: [[sub.edge, 1500], ...ties.map((id) => [id, 1000]), [sub.sameInstant, 500]] });
    for (const month of months) {
      const expected = await fromLedger(REAL_TIME, month.end);
      expect(await listed(REAL_TIME, month)).toEqual({ total: expected.length, rows: expected });
    }
    // January: the backdated expansion alone, the churn not yet, the same-instant pair not yet.
    expect((await listed(REAL_TIME, months[0]!)).rows).toContainEqual([sub.backdated, 300]);
    // March: the churn on February's edge counts from March on.
    expect((await listed(REAL_TIME, months[2]!)).rows.map(([id]) => id)).not.toContain(sub.churnAtEnd);
  });

  test("a simulated customer's subscription is in its clock's scope only", async () => {
    const clock: ClockScope = { kind: 'test-clock', clockId };
    expect(await listed(clock, months[1]!)).toEqual({ total: 1, rows: [[sub.simulated, 5000]] });
    expect((await listed(REAL_TIME, months[1]!)).rows.map(([id]) => id)).not.toContain(sub.simulated);
  });

  test('a page past the end keeps the total', async () => {
    expect(MRR_LIST_PAGE_SIZE).toBeGreaterThan(6);
    expect(await listed(REAL_TIME, months[1]!, 2)).toEqual({ total: 6, rows: [] });
  });

  test('follows the ledger when a movement is changed or taken out', async () => {
    await db
      .update(s.mrrMovements)
      .set({ kind: 'contraction', deltaMinor: -1500, occurredAt: at('3962-02-20T00:00:00Z') })
      .where(sql`${s.mrrMovements.subscriptionId} = ${sub.edge!} and ${s.mrrMovements.kind} = 'expansion'`);
    await db.delete(s.mrrMovements).where(sql`${s.mrrMovements.subscriptionId} = ${sub.churned!} and ${s.mrrMovements.kind} = 'churn'`);
    await db
      .update(s.mrrMovements)
      .set({ kind: 'contraction', deltaMinor: -500 })
      .where(sql`${s.mrrMovements.subscriptionId} = ${sub.backdated!} and ${s.mrrMovements.kind} = 'expansion'`);
    const february = await listed(REAL_TIME, months[1]!);
    expect(february.rows.map(([id]) => id)).not.toContain(sub.edge);
    expect(february.rows).toContainEqual([sub.churned, 2000]);
    expect(february.rows).toContainEqual([sub.backdated, 200]);
    for (const month of months) {
      const expected = await fromLedger(REAL_TIME, month.end);
      expect(await listed(REAL_TIME, month)).toEqual({ total: expected.length, rows: expected });
    }
  });
});
