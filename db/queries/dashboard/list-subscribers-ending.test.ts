import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import * as s from '@/db/schema';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { defaultListQuery } from '@/lib/validations/list-query';
import { ENDING_SOON_DAYS, listSubscribers, SUBSCRIBER_LIST } from './list-subscribers';

// The "ending soon" view at the edges of its window, for each way a subscription ends: its
// commitment, its plan's last instalment, a stop at the term's end, and their combinations.
const now = new Date('3961-03-15T00:00:00Z');
const until = new Date(now.getTime() + ENDING_SOON_DAYS * 86_400_000); // 3961-04-14T00:00:00Z
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

const tag = `ending-${randomUUID().slice(0, 8)}`;
let customer: s.Customer;
let userId: string;
let productId: string;
const ids: Record<string, string> = {};

/** Each case: what ends it, and whether it ends by `until`. The commitment and the term are set per case. */
const CASES = {
  commitmentAtEdge: { commitmentEndsAt: until, plan: 'open', term: 4, periodEnd: ms(until, 86_400_000) },
  commitmentJustAfter: { commitmentEndsAt: ms(until, 1), plan: 'open', term: 4, periodEnd: ms(until, 1) },
  commitmentEndsNow: { commitmentEndsAt: now, plan: 'open', term: 4, periodEnd: ms(now, 86_400_000) },
  lastInstalmentCommitmentPast: { commitmentEndsAt: new Date('3960-06-01T00:00:00Z'), plan: 'six', term: 5, periodEnd: until },
  commitmentSoonInstalmentsNot: { commitmentEndsAt: new Date('3961-04-01T00:00:00Z'), plan: 'six', term: 2, periodEnd: new Date('3961-04-10T00:00:00Z') },
  lastInstalmentJustAfterCommitmentLater: { commitmentEndsAt: new Date('3961-06-01T00:00:00Z'), plan: 'six', term: 5, periodEnd: ms(until, 1) },
  lastInstalmentSoonCommitmentLater: { commitmentEndsAt: new Date('3961-06-01T00:00:00Z'), plan: 'six', term: 5, periodEnd: new Date('3961-03-20T00:00:00Z') },
  instalmentBeforeLast: { commitmentEndsAt: null, plan: 'six', term: 4, periodEnd: new Date('3961-03-20T00:00:00Z') },
  lastInstalmentOverdue: { commitmentEndsAt: null, plan: 'six', term: 5, periodEnd: new Date('3961-03-01T00:00:00Z'), status: 'past_due' },
  stopsAtEdge: { commitmentEndsAt: null, plan: 'open', term: 4, periodEnd: until, cancel: true },
  stopsAfterCommitmentSoon: { commitmentEndsAt: new Date('3961-04-02T00:00:00Z'), plan: 'open', term: 4, periodEnd: ms(until, 1), cancel: true },
  stoppedAndEnded: { commitmentEndsAt: null, plan: 'open', term: 4, periodEnd: new Date('3961-03-20T00:00:00Z'), cancel: true, status: 'ended' },
  nothingEndsIt: { commitmentEndsAt: null, plan: 'open', term: 4, periodEnd: new Date('3961-03-20T00:00:00Z') },
} as const satisfies Record<string, { commitmentEndsAt: Date | null; plan: 'open' | 'six'; term: number; periodEnd: Date; cancel?: boolean; status?: s.Subscription['status'] }>;

beforeAll(async () => {
  const [user] = await db.insert(s.users).values({ email: `${tag}@example.test`, name: tag }).returning();
  userId = user!.id;
  [customer] = (await db
    .insert(s.customers)
    .values({ userId, name: `Customer ${tag}`, email: `${tag}@example.test`, addressLine1: 'Teststraat 1', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' })
    .returning()) as [s.Customer];
  const [product] = await db.insert(s.products).values({ slug: tag, name: `Product ${tag}`, kind: 'digital' }).returning();
  productId = product!.id;
  const plan = (code: string, maxInstalments: number | null) => ({
    productId,
    code: `${tag}-${code}`,
    name: `Plan ${code}`,
    intervalUnit: 'month' as const,
    intervalCount: 1,
    priceMinor: 1000,
    currency: 'EUR',
    maxInstalments,
  });
  const [open, six] = await db.insert(s.plans).values([plan('open', null), plan('six', 6)]).returning();
  const planIds = { open: open!.id, six: six!.id };
  for (const [name, c] of Object.entries(CASES) as [keyof typeof CASES, (typeof CASES)[keyof typeof CASES]][]) {
    const [row] = await db
      .insert(s.subscriptions)
      .values({
        customerId: customer.id,
        planId: planIds[c.plan],
        status: 'status' in c ? c.status : 'active',
        quantity: 1,
        currency: 'EUR',
        unitPriceMinor: 1000,
        anchorAt: new Date('3960-10-01T00:00:00Z'),
        currentTerm: c.term,
        currentPeriodStart: ms(c.periodEnd, -30 * 86_400_000),
        currentPeriodEnd: c.periodEnd,
        commitmentEndsAt: c.commitmentEndsAt,
        cancelAtPeriodEnd: 'cancel' in c ? c.cancel : false,
        startedAt: new Date('3960-10-01T00:00:00Z'),
      })
      .returning();
    ids[name] = row!.id;
  }
});

afterAll(async () => {
  if (!customer) return;
  await db.delete(s.subscriptions).where(inArray(s.subscriptions.customerId, [customer.id]));
  await db.delete(s.plans).where(inArray(s.plans.productId, [productId]));
  await db.delete(s.products).where(inArray(s.products.id, [productId]));
  await db.delete(s.customers).where(inArray(s.customers.id, [customer.id]));
  await db.delete(s.users).where(inArray(s.users.id, [userId]));
});

const mine = (changes: Parameters<typeof defaultListQuery>[1] = {}) => defaultListQuery(SUBSCRIBER_LIST, { q: tag, size: 100, ...changes });

describe('ending soon', () => {
  test('lists what its commitment, its last instalment or a stop ends within 30 days, edges included, soonest first', async () => {
    const page = await listSubscribers(REAL_TIME, mine({ filters: { view: 'ending' }, sort: { id: 'endsAt', desc: false } }), now);
    const name = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
    expect(page.rows.map((r) => [name[r.id], r.endsAt])).toEqual([
      ['lastInstalmentOverdue', '3961-03-01T00:00:00.000Z'],
      ['lastInstalmentSoonCommitmentLater', '3961-03-20T00:00:00.000Z'],
      ['commitmentSoonInstalmentsNot', '3961-04-01T00:00:00.000Z'],
      ['stopsAfterCommitmentSoon', '3961-04-02T00:00:00.000Z'],
      ...[['commitmentAtEdge'], ['lastInstalmentCommitmentPast'], ['stopsAtEdge']]
        .map(([key]) => [key, until.toISOString()])
        .sort((a, b) => (ids[a[0]!]! < ids[b[0]!]! ? -1 : 1)),
    ]);
  });

  test('holds exactly the rows whose shown end is within the window, in either order and by start', async () => {
    const all = (await listSubscribers(REAL_TIME, mine(), now)).rows;
    expect(all).toHaveLength(Object.keys(CASES).length);
    const expected = all
      .filter((r) => ['trialing', 'active', 'past_due'].includes(r.status) && r.endsAt !== null && r.endsAt <= until.toISOString())
      .map((r) => r.id);
    expect(expected).toHaveLength(7);
    const byStart = (await listSubscribers(REAL_TIME, mine({ filters: { view: 'ending' } }), now)).rows.map((r) => r.id);
    expect(byStart).toEqual(expected);
    const latestFirst = (await listSubscribers(REAL_TIME, mine({ filters: { view: 'ending' }, sort: { id: 'endsAt', desc: true } }), now)).rows;
    expect(latestFirst.map((r) => r.id).sort()).toEqual([...expected].sort());
  });

  test('a day later the window has moved: the commitment that ended is gone, the one just after the edge is in', async () => {
    const later = ms(now, 86_400_000);
    const rows = (await listSubscribers(REAL_TIME, mine({ filters: { view: 'ending' } }), later)).rows.map((r) => r.id);
    expect(rows).toContain(ids.commitmentJustAfter);
    expect(rows).toContain(ids.lastInstalmentJustAfterCommitmentLater);
    expect(rows).not.toContain(ids.nothingEndsIt);
    expect(rows).not.toContain(ids.instalmentBeforeLast);
    expect(rows).not.toContain(ids.stoppedAndEnded);
  });
});
