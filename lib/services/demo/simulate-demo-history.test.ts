import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNotNull, like } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { billingActions, customers, domainEvents, emailOutbox, invoices, mrrMovements, orders, payments, subscriptions } from '@/db/schema';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { simulateDemoHistory, type DemoHistoryReport } from './simulate-demo-history';

// A small history on a test clock of its own (the demo shop's runs on real time), so the engine
// it drives never touches another test's rows: 16 customers over the first half of the year 3643.
// The seed's story has what the demo's promises: a late payer, a card that sometimes fails and one
// that stops working, upgrades, a pause and stops (one of them asked too early and refused).
const START = new Date('3643-01-01T00:00:00Z');
const END = new Date('3643-07-01T00:00:00Z');
let clockId: string;
let report: DemoHistoryReport;
let customerIds: string[];

beforeAll(async () => {
  const clock = await createTestClock({ name: 'demo history', startAt: START });
  clockId = clock.id;
  report = await simulateDemoHistory({ scope: { kind: 'test-clock', clockId }, staffUserId: 'demo-history-test', start: START, end: END, customers: 16, seed: 43, emailDomain: `${randomUUID().slice(0, 8)}.demo.example` });
  customerIds = (await db.select({ id: customers.id }).from(customers).where(eq(customers.testClockId, clockId))).map((c) => c.id);
}, 600_000);

describe('the demo history, played through the engine', () => {
  test('every customer bought through checkout, and the engine billed the terms that followed', async () => {
    expect(report.customers).toBe(16);
    expect(customerIds).toHaveLength(16);
    expect(report.renewals).toBeGreaterThan(16);
    const issued = await db.select().from(invoices).where(and(inArray(invoices.customerId, customerIds), isNotNull(invoices.number)));
    // The first invoice of each order, and renewals the engine issued after it.
    expect(issued.filter((i) => i.orderId).length).toBe(16);
    expect(issued.filter((i) => i.term !== null && i.term > 0).length).toBeGreaterThan(16);
    const logged = await db
      .select({ action: billingActions.action })
      .from(billingActions)
      .innerJoin(subscriptions, eq(subscriptions.id, billingActions.subscriptionId))
      .where(inArray(subscriptions.customerId, customerIds));
    expect(new Set(logged.map((l) => l.action.split(':')[0]))).toEqual(new Set(['announce', 'invoice', 'issue', 'dunning', 'end', 'pause']));
  });

  test('the ledger holds new MRR, upgrades and churn, as the dashboard will show them', async () => {
    const kinds = await db.select({ kind: mrrMovements.kind }).from(mrrMovements).where(inArray(mrrMovements.customerId, customerIds));
    const seen = new Set(kinds.map((k) => k.kind));
    for (const kind of ['new', 'expansion', 'churn'] as const) expect(seen).toContain(kind);
    // The upgrades, the pause and a stop were taken; one stop came too early and was refused, as Min Side refuses it.
    expect(report).toMatchObject({ changesTaken: 4, changesRefused: 1 });
  });

  test('a subscriber paused through Min Side, and the engine logged the pause', async () => {
    const paused = await db
      .select({ action: billingActions.action })
      .from(billingActions)
      .innerJoin(subscriptions, eq(subscriptions.id, billingActions.subscriptionId))
      .where(and(inArray(subscriptions.customerId, customerIds), like(billingActions.action, 'pause%')));
    expect(paused.length).toBeGreaterThan(0);
  });

  test('cards that failed, and invoices paid by transfer after their due date', async () => {
    const failed = await db.select().from(payments).where(and(inArray(payments.customerId, customerIds), eq(payments.status, 'failed')));
    expect(failed.length).toBeGreaterThan(0);
    const transfers = await db
      .select({ settledAt: payments.settledAt, dueAt: invoices.dueAt })
      .from(payments)
      .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
      .where(and(inArray(payments.customerId, customerIds), eq(payments.source, 'manual')));
    expect(transfers.length).toBe(report.transfers);
    expect(transfers.some((t) => t.settledAt! > t.dueAt!)).toBe(true);
  });

  test('the reactions ran for every order, after its payment: one confirmation and one invoice e-mail each, the invoice as paid', async () => {
    // NOTE: what the relay's reactions write, held to the end of each engine date (holdEventRelay):
    // the same messages as a relay after every commit, read from the rows as they were then.
    const bought = await db.select({ id: orders.id }).from(orders).where(inArray(orders.customerId, customerIds));
    const issued = await db.select({ id: invoices.id, orderId: invoices.orderId }).from(invoices).where(and(inArray(invoices.customerId, customerIds), isNotNull(invoices.orderId)));
    expect(bought).toHaveLength(16);
    const keys = [...bought.map((o) => `order-confirmation:${o.id}`), ...issued.map((i) => `invoice:${i.id}`)];
    const mail = await db.select().from(emailOutbox).where(inArray(emailOutbox.dedupeKey, keys));
    expect(mail).toHaveLength(keys.length);
    for (const message of mail.filter((m) => m.template === 'invoice')) expect(message.props).toMatchObject({ status: 'paid', payUrl: null });
    const events = await db
      .select({ name: domainEvents.name, deliveredAt: domainEvents.deliveredAt, attempts: domainEvents.attempts })
      .from(domainEvents)
      .where(inArray(domainEvents.subjectId, [...bought.map((o) => o.id), ...issued.map((i) => i.id)]));
    const reacted = events.filter((e) => e.name === 'shop/order.paid' || e.name === 'billing/invoice.finalized');
    expect(reacted).toHaveLength(keys.length);
    for (const event of reacted) expect(event).toMatchObject({ deliveredAt: expect.any(Date), attempts: 1 });
  });

  test('leaves no e-mail of the past owed to the first sweep after it', async () => {
    const owed = await db.select().from(invoices).where(and(inArray(invoices.customerId, customerIds), eq(invoices.emailPending, true)));
    expect(owed).toEqual([]);
  });
});
