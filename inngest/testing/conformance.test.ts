import { and, asc, eq, inArray } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { billingActions, customers, emailOutbox, invoiceLines, invoices, orders, payments, subscriptions } from '@/db/schema';
import { markInvoicePaid } from '@/lib/services/billing/mark-invoice-paid';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { changePlan } from '@/lib/services/subscriptions/change-plan';
import { planByCode } from '@/test/support/checkout-fixtures';
import { pauseSubscription } from '@/lib/services/subscriptions/pause/pause-subscription';
import { SimulatedInngestDriver } from './simulated-billing-driver';

/**
 * Conformance (ARCHITECTURE.md): one scenario suite through both drivers must produce identical
 * rows. Each scenario subscribes two fresh simulated customers to the same plan at the same
 * moment; one is driven by the embedded sweep (advanceTestClock), the other by the Inngest
 * driver (billing-cycle runs under @inngest/test, one run per term, on a virtual clock). Their
 * rows are then compared with ids, customer details and creation/application timestamps
 * normalised away; invoice numbers are compared by order, not value (other tests take numbers
 * from the same series meanwhile).
 */

type Op =
  | { advance: string }
  | { payTerm: number; at: string }
  | { pauseTerms: number; at: string }
  | { changePlan: string; quantity: number; at: string };
type Scenario = {
  name: string;
  plan: string;
  start: string;
  autopay: boolean;
  ops: Op[];
  /** What the scenario is about, asserted on the embedded side (so that "identical" is not "both empty"). */
  check: (rows: Rows) => void;
  /** The Inngest side's runs, by term: finished, and still sleeping or waiting at the end. */
  runs: { ended: number[]; waiting: number[] };
};

const scenarios: Scenario[] = [
  {
    name: 'monthly by e-mail for 3 terms, each invoice paid before its due date',
    plan: 'trendhouse-monthly',
    start: '2026-01-31T10:00:00Z',
    autopay: false,
    ops: [
      { advance: '2026-03-01T12:00:00Z' },
      { payTerm: 1, at: '2026-03-01T12:00:00Z' },
      { advance: '2026-04-01T12:00:00Z' },
      { payTerm: 2, at: '2026-04-01T12:00:00Z' },
      { advance: '2026-05-01T12:00:00Z' },
      { payTerm: 3, at: '2026-05-01T12:00:00Z' },
      { advance: '2026-05-20T12:00:00Z' },
    ],
    check: (rows) => {
      expect(rows.invoices.map((i) => [i.term, i.status])).toEqual([
        [null, 'paid'],
        [1, 'paid'],
        [2, 'paid'],
        [3, 'paid'],
      ]);
      expect(rows.subscription).toMatchObject({ status: 'active', currentTerm: 3 });
      expect(rows.actions.filter((a) => a.action.startsWith('dunning'))).toEqual([]);
      expect(rows.outbox.filter((m) => m.template === 'invoice')).toHaveLength(4);
    },
    // Each term's run stopped at its invoice's payment; term 4's is sleeping until its invoice.
    runs: { ended: [1, 2, 3], waiting: [4] },
  },
  {
    name: 'unpaid: reminders (the second with a fee) and suspension',
    plan: 'trendhouse-monthly',
    start: '2026-01-31T10:00:00Z',
    autopay: false,
    ops: [{ advance: '2026-04-05T12:00:00Z' }],
    check: (rows) => {
      expect(rows.subscription).toMatchObject({ status: 'suspended', nextActionAt: null });
      const term1 = rows.invoices.find((i) => i.term === 1)!;
      expect(term1).toMatchObject({ status: 'open', totalMinor: 3450 });
      expect(rows.lines.filter((l) => l.invoice === term1.ref && l.kind === 'reminder_fee').map((l) => l.amountMinor)).toEqual([250]);
      expect(rows.actions.filter((a) => a.term === 1).map((a) => a.action)).toEqual([
        'announce',
        'invoice',
        'issue',
        'dunning:0',
        'dunning:1',
        'dunning:2',
      ]);
    },
    // Both runs are still dunning: term 1 until its warning, term 2 until its first reminder.
    runs: { ended: [], waiting: [1, 2] },
  },
  {
    name: 'suspended, then paid late: restored, and renewals pick up again',
    plan: 'trendhouse-monthly',
    start: '2026-01-31T10:00:00Z',
    autopay: false,
    ops: [{ advance: '2026-04-05T12:00:00Z' }, { payTerm: 1, at: '2026-04-06T09:00:00Z' }, { advance: '2026-05-02T12:00:00Z' }],
    check: (rows) => {
      expect(rows.invoices.find((i) => i.term === 1)).toMatchObject({ status: 'paid', paidAt: '2026-04-06T09:00:00.000Z' });
      expect(rows.actions.some((a) => a.term === 3 && a.action === 'issue')).toBe(true);
    },
    runs: { ended: [1], waiting: [2, 3] },
  },
  {
    name: 'autopay for 3 terms',
    plan: 'trendhouse-monthly',
    start: '2026-05-15T08:00:00Z',
    autopay: true,
    ops: [{ advance: '2026-08-16T08:00:00Z' }],
    check: (rows) => {
      expect(rows.invoices.map((i) => [i.term, i.status])).toEqual([
        [null, 'paid'],
        [1, 'paid'],
        [2, 'paid'],
        [3, 'paid'],
      ]);
      expect(rows.payments.filter((p) => p.invoice !== null && p.status === 'paid')).toHaveLength(4);
    },
    // Charged at issue: nothing to dun, each run ends right after its `issue` step.
    runs: { ended: [1, 2, 3], waiting: [] },
  },
  {
    name: 'a pause of 2 terms from the end of the paid term: nothing billed while paused, resumed by itself',
    plan: 'trendhouse-monthly',
    start: '2026-05-15T08:00:00Z',
    autopay: true,
    ops: [{ pauseTerms: 2, at: '2026-05-20T08:00:00Z' }, { advance: '2026-09-16T08:00:00Z' }],
    check: (rows) => {
      expect(rows.invoices.map((i) => [i.term, i.status, i.issuedAt])).toEqual([
        [null, 'paid', '2026-05-15T08:00:00.000Z'],
        [1, 'paid', '2026-08-15T08:00:00.000Z'],
        // Invoiced 7 days before its term, as usual; term 1 at the resume itself (nothing dated inside the pause).
        [2, 'paid', '2026-09-08T08:00:00.000Z'],
      ]);
      expect(rows.actions.filter((a) => a.term === 1).map((a) => a.action)).toEqual(['pause', 'invoice', 'issue', 'resume']); // the last three on the same date, by name
      expect(rows.subscription).toMatchObject({ status: 'active', anchorTerm: -2, resumedAt: '2026-08-15T08:00:00.000Z', currentPeriodEnd: '2026-10-15T08:00:00.000Z' });
    },
    // The run of term 1 ends with the pause; the end of the pause is begun by a run of its own.
    runs: { ended: [1, 1, 2], waiting: [] },
  },
  {
    name: 'a trial: the first term is invoiced and charged when it ends',
    plan: 'code-academy-monthly',
    start: '2026-03-01T09:00:00Z',
    autopay: true,
    ops: [{ advance: '2026-04-20T09:00:00Z' }],
    check: (rows) => {
      expect(rows.subscription.status).toBe('active');
      expect(rows.invoices.find((i) => i.term === 0)).toMatchObject({ status: 'paid', totalMinor: 2900 });
      expect(rows.invoices.find((i) => i.term === 1)).toMatchObject({ status: 'paid' });
    },
    runs: { ended: [0, 1], waiting: [] },
  },
  {
    name: 'monthly changed to quarterly from the next term: billed and dated on the new interval',
    plan: 'trendhouse-monthly',
    start: '2026-01-31T10:00:00Z',
    autopay: true,
    ops: [{ changePlan: 'trendhouse-quarterly', quantity: 2, at: '2026-02-10T12:00:00Z' }, { advance: '2026-06-01T12:00:00Z' }],
    check: (rows) => {
      expect(rows.invoices.map((i) => [i.term, i.status, i.totalMinor])).toEqual([
        [null, 'paid', 3200],
        [1, 'paid', 18_000],
        [2, 'paid', 18_000],
      ]);
      // Term 1 starts 28 February (31 January + 1 month) and the quarters count from there.
      expect(rows.subscription).toMatchObject({ quantity: 2, currentTerm: 2, anchorAt: '2026-02-28T10:00:00.000Z' });
      expect(rows.subscription.currentPeriodStart).toBe('2026-05-28T09:00:00.000Z');
    },
    runs: { ended: [1, 2], waiting: [] },
  },
  {
    name: 'a change to quarterly, then a pause of 2 terms: the term after the resume is billed and dated on the new plan',
    plan: 'trendhouse-monthly',
    start: '2026-05-15T08:00:00Z',
    autopay: true,
    ops: [
      { changePlan: 'trendhouse-quarterly', quantity: 2, at: '2026-05-20T08:00:00Z' },
      { pauseTerms: 2, at: '2026-05-21T08:00:00Z' },
      { advance: '2026-11-20T08:00:00Z' },
    ],
    check: (rows) => {
      expect(rows.invoices.map((i) => [i.term, i.status, i.totalMinor])).toEqual([
        [null, 'paid', 3200],
        [1, 'paid', 18_000],
        [2, 'paid', 18_000],
      ]);
      expect(rows.invoices.find((i) => i.term === 1)!.issuedAt).toBe('2026-08-15T08:00:00.000Z');
      // The change applied at the term the resume began; the quarters count from there.
      expect(rows.subscription).toMatchObject({
        status: 'active',
        quantity: 2,
        scheduledTerm: null,
        anchorAt: '2026-08-15T08:00:00.000Z',
        anchorTerm: 1,
        currentTerm: 2,
        currentPeriodStart: '2026-11-15T09:00:00.000Z',
      });
    },
    runs: { ended: [1, 1, 2], waiting: [] },
  },
];

/** The customer changes plan on Min Side at `at` (on the simulated clock). */
async function changePlanAt(s: { customerId: string; subscriptionId: string }, op: Extract<Op, { changePlan: string }>) {
  const plan = await planByCode(op.changePlan);
  const done = await changePlan({ customerId: s.customerId, subscriptionId: s.subscriptionId, planId: plan.id, quantity: op.quantity, expectedTotalMinor: 0, now: new Date(op.at) });
  if (!done.ok) throw new Error(done.error.message);
}

async function subscribe(scenario: Scenario, driver: string) {
  const clock = await createTestClock({ name: `conformance ${driver}: ${scenario.name}`, startAt: new Date(scenario.start) });
  const plan = await planByCode(scenario.plan);
  const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: scenario.autopay });
  if (!subscribed.ok) throw new Error(subscribed.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
  return { clockId: clock.id, customerId: subscribed.value.customerId, subscriptionId: sub!.id };
}

/** Pays the whole open amount of a term's invoice at `at`; returns the invoice for the event. */
async function payTerm(subscriptionId: string, term: number, at: Date) {
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.subscriptionId, subscriptionId), eq(invoices.term, term)));
  if (!invoice) throw new Error(`No invoice for term ${term}`);
  const { timeZone } = await getShopSettings(db);
  await db.transaction((tx) =>
    markInvoicePaid(tx, { invoiceId: invoice.id, amountMinor: invoice.totalMinor - invoice.amountPaidMinor, at, timeZone }),
  );
  return invoice;
}

/** The customer pauses for `terms` terms on Min Side at `at` (from the end of the paid term). */
async function pauseTerms(s: { customerId: string; subscriptionId: string }, terms: number, at: Date) {
  const paused = await pauseSubscription({ subscriptionId: s.subscriptionId, actor: { kind: 'customer', customerId: s.customerId }, terms, now: at });
  if (!paused.ok) throw new Error(paused.error.message);
}

async function runEmbedded(scenario: Scenario) {
  const s = await subscribe(scenario, 'embedded');
  for (const op of scenario.ops) {
    if ('advance' in op) {
      const report = await advanceTestClock({ clockId: s.clockId, to: new Date(op.advance) });
      expect(report.failed).toEqual([]);
    } else if ('pauseTerms' in op) {
      await advanceTestClock({ clockId: s.clockId, to: new Date(op.at) });
      await pauseTerms(s, op.pauseTerms, new Date(op.at));
    } else if ('changePlan' in op) {
      await advanceTestClock({ clockId: s.clockId, to: new Date(op.at) });
      await changePlanAt(s, op);
    } else {
      await advanceTestClock({ clockId: s.clockId, to: new Date(op.at) });
      await payTerm(s.subscriptionId, op.payTerm, new Date(op.at));
    }
  }
  return s;
}

async function runInngest(scenario: Scenario) {
  const s = await subscribe(scenario, 'inngest');
  const driver = new SimulatedInngestDriver(s.subscriptionId, new Date(scenario.start));
  for (const op of scenario.ops) {
    if ('advance' in op) {
      await driver.advanceTo(new Date(op.advance));
    } else if ('pauseTerms' in op) {
      await driver.advanceTo(new Date(op.at));
      await pauseTerms(s, op.pauseTerms, new Date(op.at));
    } else if ('changePlan' in op) {
      await driver.advanceTo(new Date(op.at));
      await changePlanAt(s, op);
    } else {
      await driver.advanceTo(new Date(op.at));
      const invoice = await payTerm(s.subscriptionId, op.payTerm, new Date(op.at));
      // What is emitted after markInvoicePaid commits: the run dunning this invoice stops.
      await driver.deliver({ name: 'billing/invoice.paid', data: { invoiceId: invoice.id, subscriptionId: s.subscriptionId } });
    }
  }
  return { ...s, runs: await driver.finish(), sent: driver.sent };
}

type Rows = Awaited<ReturnType<typeof snapshot>>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A customer's billing rows, with every id replaced by a name that is the same for both drivers. */
async function snapshot(customerId: string, subscriptionId: string) {
  const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
  const ownOrders = await db.select().from(orders).where(eq(orders.customerId, customerId)).orderBy(asc(orders.createdAt));
  const ownInvoices = await db.select().from(invoices).where(eq(invoices.customerId, customerId)).orderBy(asc(invoices.sequenceNumber));
  const ownPayments = await db
    .select()
    .from(payments)
    .where(eq(payments.customerId, customerId))
    .orderBy(asc(payments.createdAt), asc(payments.attempt));
  const names = new Map<string, string>([
    [customerId, 'customer'],
    [subscriptionId, 'subscription'],
    ...ownOrders.map((o, i) => [o.id, `order#${i}`] as [string, string]),
    ...ownInvoices.map((inv, i) => [inv.id, `invoice#${i}`] as [string, string]),
    ...ownPayments.map((p, i) => [p.id, `payment#${i}`] as [string, string]),
  ]);
  const ref = (id: string | null) => (id === null ? null : (names.get(id) ?? '<other>'));
  const normalise = (text: string) =>
    text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => names.get(id) ?? '<uuid>');

  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId));
  const lines = ownInvoices.length
    ? await db
        .select()
        .from(invoiceLines)
        .where(
          inArray(
            invoiceLines.invoiceId,
            ownInvoices.map((i) => i.id),
          ),
        )
    : [];
  const actions = await db.select().from(billingActions).where(eq(billingActions.subscriptionId, subscriptionId));
  const outbox = await db
    .select({ template: emailOutbox.template, dedupeKey: emailOutbox.dedupeKey, locale: emailOutbox.locale, status: emailOutbox.status })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, customer!.email));

  return {
    subscription: {
      status: sub!.status,
      quantity: sub!.quantity,
      unitPriceMinor: sub!.unitPriceMinor,
      anchorAt: iso(sub!.anchorAt),
      anchorTerm: sub!.anchorTerm,
      scheduledTerm: sub!.scheduledTerm,
      currentTerm: sub!.currentTerm,
      currentPeriodStart: iso(sub!.currentPeriodStart),
      currentPeriodEnd: iso(sub!.currentPeriodEnd),
      trialEndsAt: iso(sub!.trialEndsAt),
      startedAt: iso(sub!.startedAt),
      canceledAt: iso(sub!.canceledAt),
      endedAt: iso(sub!.endedAt),
      suspendedAt: iso(sub!.suspendedAt),
      pausedAt: iso(sub!.pausedAt),
      commitmentEndsAt: iso(sub!.commitmentEndsAt),
      pauseAtPeriodEnd: sub!.pauseAtPeriodEnd,
      pauseResumesAt: iso(sub!.pauseResumesAt),
      resumedAt: iso(sub!.resumedAt),
      couponUses: sub!.couponUses,
      nextAction: sub!.nextAction,
      nextActionTerm: sub!.nextActionTerm,
      nextActionAt: iso(sub!.nextActionAt),
      lastError: sub!.lastError,
    },
    invoices: ownInvoices.map((i) => ({
      ref: ref(i.id)!,
      order: ref(i.orderId),
      subscription: ref(i.subscriptionId),
      term: i.term,
      status: i.status,
      numbered: i.sequenceNumber !== null,
      currency: i.currency,
      subtotalMinor: i.subtotalMinor,
      taxMinor: i.taxMinor,
      totalMinor: i.totalMinor,
      amountPaidMinor: i.amountPaidMinor,
      issuedAt: iso(i.issuedAt),
      dueAt: iso(i.dueAt),
      paidAt: iso(i.paidAt),
      nextDunningStep: i.nextDunningStep,
      nextDunningAt: iso(i.nextDunningAt),
    })),
    lines: lines
      .map((l) => ({
        invoice: ref(l.invoiceId)!,
        position: l.position,
        kind: l.kind,
        description: l.description,
        quantity: l.quantity,
        unitAmountMinor: l.unitAmountMinor,
        amountMinor: l.amountMinor,
        taxRateBp: l.taxRateBp,
        taxMinor: l.taxMinor,
        subscription: ref(l.subscriptionId),
        term: l.term,
        periodStart: iso(l.periodStart),
        periodEnd: iso(l.periodEnd),
      }))
      .sort((a, b) => a.invoice.localeCompare(b.invoice) || a.position - b.position),
    actions: actions
      .map((a) => ({ term: a.term, action: a.action, dueAt: a.dueAt.toISOString(), result: a.result }))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.term - b.term || a.action.localeCompare(b.action)),
    payments: ownPayments.map((p) => ({
      ref: ref(p.id),
      order: ref(p.orderId),
      invoice: ref(p.invoiceId),
      attempt: p.attempt,
      provider: p.provider,
      method: p.method,
      amountMinor: p.amountMinor,
      status: p.status,
      failureReason: p.failureReason,
      settledAt: iso(p.settledAt),
    })),
    outbox: outbox
      .map((m) => ({ template: m.template, dedupeKey: normalise(m.dedupeKey), locale: m.locale, status: m.status }))
      .sort((a, b) => a.template.localeCompare(b.template) || a.dedupeKey.localeCompare(b.dedupeKey)),
  };
}

describe('conformance: the embedded sweep and the Inngest driver write identical rows', () => {
  test.each(scenarios)('$name', { timeout: 120_000 }, async (scenario) => {
    const embedded = await runEmbedded(scenario);
    const viaInngest = await runInngest(scenario);

    const expected = await snapshot(embedded.customerId, embedded.subscriptionId);
    scenario.check(expected);
    const actual = await snapshot(viaInngest.customerId, viaInngest.subscriptionId);
    expect(actual).toEqual(expected);

    // One run per term, as the daily cron starts them; none failed (finish() throws), and no
    // charge had to be handed to charge-invoice (the test provider answers at once).
    expect({ ended: viaInngest.runs.ended.map((r) => r.term), waiting: viaInngest.runs.waiting }).toEqual(scenario.runs);
    expect(viaInngest.sent).toEqual([]);
  });
});
