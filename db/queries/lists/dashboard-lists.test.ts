import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoices, subscriptions } from '@/db/schema';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { createDashboardFixture, type DashboardFixture } from '@/db/queries/dashboard/dashboard-test-fixture';
import { INVOICE_LIST, listInvoicesPage } from '@/db/queries/dashboard/list-invoices';
import { listPaymentsPage, PAYMENT_LIST } from '@/db/queries/dashboard/list-payments-page';
import { listSubscribers, SUBSCRIBER_LIST } from '@/db/queries/dashboard/list-subscribers';
import { defaultListQuery } from '@/lib/validations/list-query';

let fixture: DashboardFixture;
beforeAll(async () => {
  fixture = await createDashboardFixture();
});
afterAll(async () => {
  await fixture?.cleanUp();
});

/** The fixture's own subscriptions (its tag is in its customer's name), `size` a page. */
const mine = (changes: Parameters<typeof defaultListQuery>[1] = {}) => defaultListQuery(SUBSCRIBER_LIST, { q: fixture.tag, ...changes });

describe('keyset paging', () => {
  test('walks every page forward and back, each row once, in the same order as one long page', async () => {
    const all = (await listSubscribers(REAL_TIME, mine({ size: 100 }))).rows.map((r) => r.id);
    expect(all).toHaveLength(6);

    const first = await listSubscribers(REAL_TIME, mine({ size: 2 }));
    expect(first).toMatchObject({ page: 1, prevCursor: null });
    const second = await listSubscribers(REAL_TIME, mine({ size: 2, after: first.nextCursor, page: 2 }));
    const third = await listSubscribers(REAL_TIME, mine({ size: 2, after: second.nextCursor, page: 3 }));
    expect(third.nextCursor).toBeNull();
    expect([...first.rows, ...second.rows, ...third.rows].map((r) => r.id)).toEqual(all);

    const back = await listSubscribers(REAL_TIME, mine({ size: 2, before: third.prevCursor, page: 2 }));
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    const start = await listSubscribers(REAL_TIME, mine({ size: 2, before: back.prevCursor, page: 1 }));
    expect(start).toMatchObject({ page: 1, prevCursor: null });
    expect(start.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });

  test('ascending order is the descending one reversed', async () => {
    const desc = (await listSubscribers(REAL_TIME, mine({ size: 100 }))).rows.map((r) => r.id);
    const asc = (await listSubscribers(REAL_TIME, mine({ size: 100, sort: { id: 'startedAt', desc: false } }))).rows.map((r) => r.id);
    expect(asc).toEqual([...desc].reverse());
  });

  test('a damaged cursor shows the first page and says so', async () => {
    const page = await listSubscribers(REAL_TIME, mine({ size: 2, after: 'not-a-cursor', page: 9 }));
    expect(page.cursorError).toMatch(/out of date or damaged/);
    expect(page.page).toBe(1);
    expect(page.rows).toHaveLength(2);
  });
});

describe('filters and search', () => {
  test('by status', async () => {
    const rows = (await listSubscribers(REAL_TIME, mine({ filters: { status: 'trialing' } }))).rows;
    expect(rows.map((r) => r.id)).toEqual([fixture.subscriptions[4].id]);
  });

  test('ending soon: a stop at the term’s end within 30 days, soonest first', async () => {
    const stopping = fixture.subscriptions[0].id;
    await db.update(subscriptions).set({ cancelAtPeriodEnd: true }).where(eq(subscriptions.id, stopping));
    const now = new Date('2031-05-20T00:00:00Z');
    const page = await listSubscribers(REAL_TIME, mine({ filters: { view: 'ending' }, sort: { id: 'endsAt', desc: false } }), now);
    expect(page.rows.map((r) => [r.id, r.endsAt])).toEqual([[stopping, '2031-06-01T00:00:00.000Z']]);
    expect((await listSubscribers(REAL_TIME, mine({ filters: { view: 'ending' } }), new Date('2031-04-01T00:00:00Z'))).rows).toEqual([]);
  });

  test('finds an invoice by its number, case-insensitive, and takes LIKE wildcards literally', async () => {
    const byNumber = await listInvoicesPage(REAL_TIME, defaultListQuery(INVOICE_LIST, { q: `dash-${fixture.tag}-3` }));
    expect(byNumber.rows.map((r) => r.id)).toEqual([fixture.invoices.voidInvoice.id]);
    expect((await listInvoicesPage(REAL_TIME, defaultListQuery(INVOICE_LIST, { q: `${fixture.tag}%` }))).rows).toEqual([]);
    const byEmail = await listInvoicesPage(REAL_TIME, defaultListQuery(INVOICE_LIST, { q: fixture.customer.email, size: 100 }));
    expect(byEmail.rows).toHaveLength(6);
  });

  test('overdue invoices by dunning step', async () => {
    const { atEnd, openAtStart } = fixture.invoices;
    await db.update(invoices).set({ dueAt: new Date('2031-05-01T00:00:00Z'), nextDunningStep: 1 }).where(eq(invoices.id, atEnd.id));
    await db.update(invoices).set({ dueAt: new Date('2031-05-10T00:00:00Z'), nextDunningStep: 0 }).where(eq(invoices.id, openAtStart.id));
    const now = new Date('2031-05-20T00:00:00Z');
    const overdue = (filters: Record<string, string>) =>
      listInvoicesPage(REAL_TIME, defaultListQuery(INVOICE_LIST, { q: fixture.tag, filters: { view: 'overdue', ...filters } }), now);
    expect((await overdue({})).rows.map((r) => r.id).sort()).toEqual([atEnd.id, openAtStart.id].sort());
    expect((await overdue({ step: '1' })).rows.map((r) => [r.id, r.dunningStep])).toEqual([[atEnd.id, 1]]);
  });

  test("failed payments in the report's range, found by the provider's reference", async () => {
    const filters = { from: new Date('2031-04-01T00:00:00Z'), to: new Date('2031-07-01T00:00:00Z'), status: 'failed' as const };
    const page = await listPaymentsPage(REAL_TIME, filters, defaultListQuery(PAYMENT_LIST, { q: `DASH-${fixture.tag}` }));
    expect(page.rows.map((r) => [r.status, r.amountMinor])).toEqual([['failed', 500]]);
  });
});
