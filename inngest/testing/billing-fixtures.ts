import { mockCtx } from '@inngest/test';
import { and, asc, eq } from 'drizzle-orm';
import type { Context } from 'inngest';
import { vi } from 'vitest';
import { db } from '@/db/client';
import { billingActions, customers, invoices, subscriptions } from '@/db/schema';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

/**
 * A subscription bought by a simulated customer at `start`, through the real checkout services.
 * `real: true` then detaches the customer from its test clock, making it a real-time customer
 * (what the daily cron, billing-resume and billing-overdue work on).
 */
export async function simulatedSubscription(input: { plan: string; start: string; autopay: boolean; real?: boolean }) {
  const clock = await createTestClock({ name: `inngest ${input.plan}`, startAt: new Date(input.start) });
  const plan = await planByCode(input.plan);
  const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: input.autopay });
  if (!subscribed.ok) throw new Error(subscribed.error);
  const { customerId } = subscribed.value;
  if (input.real) await db.update(customers).set({ testClockId: null }).where(eq(customers.id, customerId));
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
  return { clockId: clock.id, customerId, subscription: sub! };
}

export async function actionsOf(subscriptionId: string) {
  const rows = await db
    .select({ term: billingActions.term, action: billingActions.action, dueAt: billingActions.dueAt, appliedAt: billingActions.appliedAt })
    .from(billingActions)
    .where(eq(billingActions.subscriptionId, subscriptionId))
    .orderBy(asc(billingActions.dueAt), asc(billingActions.action));
  return rows.map((r) => ({ term: r.term, action: r.action, dueAt: r.dueAt.toISOString(), appliedAt: r.appliedAt.toISOString() }));
}

export async function termInvoice(subscriptionId: string, term: number) {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.subscriptionId, subscriptionId), eq(invoices.term, term)));
  return row ?? null;
}

export async function subscriptionRow(subscriptionId: string) {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId));
  return row!;
}

type WaitOptions = { event: { name: string } | string; timeout: Date; if?: string };

/**
 * Step mocks for @inngest/test 1.0.0, installed through `transformCtx` (its `steps` mocks cannot
 * stand in for `waitForEvent`, and an unmocked `sleepUntil` hangs): every sleep returns at once,
 * so time "passes" to the date slept until; each wait returns what `waits[id]` gives (default
 * null: the timeout), computed once per id however often the run is replayed; `sendEvent` only
 * records, once per step id (replays call it again, as they call every step). The mocks are
 * vi.fn spies for assertions.
 */
export function cycleStepMocks(waits: Record<string, () => Promise<unknown>> = {}) {
  const answers = new Map<string, unknown>();
  const sleepUntil = vi.fn(async (_id: string, _at: Date | string) => undefined);
  const waitForEvent = vi.fn(async (id: string, _opts: WaitOptions) => {
    if (!answers.has(id)) answers.set(id, waits[id] ? await waits[id]() : null);
    return answers.get(id);
  });
  const sent = new Map<string, SentEvent[]>();
  const sendEvent = vi.fn(async (id: string, payload: SentEvent | SentEvent[]) => {
    const events = Array.isArray(payload) ? payload : [payload];
    if (!sent.has(id)) sent.set(id, events);
    return { ids: events.map(() => 'evt') };
  });
  const transformCtx = (raw: Context.Any): Context.Any => {
    const ctx = mockCtx(raw);
    return { ...ctx, step: { ...ctx.step, sleepUntil, waitForEvent, sendEvent } } as unknown as Context.Any;
  };
  return { sleepUntil, waitForEvent, sendEvent, sent, transformCtx };
}

export type SentEvent = { name: string; data: Record<string, unknown>; id?: string };

/** Every event the run sent, in order. */
export function sentEvents(mocks: { sent: Map<string, SentEvent[]> }): SentEvent[] {
  return [...mocks.sent.values()].flat();
}
