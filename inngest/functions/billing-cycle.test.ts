import { InngestTestEngine } from '@inngest/test';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { plans, subscriptions } from '@/db/schema';
import { lastRenewalDone } from '@/lib/services/billing/last-renewal-done';
import { markInvoicePaid } from '@/lib/services/billing/mark-invoice-paid';
import { renewalCursor } from '@/lib/services/billing/renewal-cursor';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { actionsOf, cycleStepMocks, simulatedSubscription, subscriptionRow, termInvoice } from '../testing/billing-fixtures';
import { billingCycleFunction } from './billing-cycle';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

function cycle(subscriptionId: string, term: number, mocks: ReturnType<typeof cycleStepMocks>) {
  return new InngestTestEngine({
    function: billingCycleFunction,
    events: [{ name: 'billing/term.due', data: { subscriptionId, term } }],
    transformCtx: mocks.transformCtx,
  });
}

async function pay(invoiceId: string, at: string) {
  const { timeZone } = await getShopSettings(db);
  const invoice = (await db.query.invoices.findFirst({ where: (i, { eq }) => eq(i.id, invoiceId) }))!;
  await db.transaction((tx) => markInvoicePaid(tx, { invoiceId, amountMinor: invoice.totalMinor - invoice.amountPaidMinor, at: new Date(at), timeZone }));
}

describe('billing-cycle', () => {
  test('one run per billing/term.due, canceled by billing/subscription.changed of the same subscription', () => {
    expect(billingCycleFunction.id()).toBe('billing-cycle');
    expect(billingCycleFunction.opts.triggers).toEqual([expect.objectContaining({ event: 'billing/term.due' })]);
    expect(billingCycleFunction.opts.cancelOn).toEqual([
      expect.objectContaining({
        event: expect.objectContaining({ name: 'billing/subscription.changed' }),
        if: 'async.data.subscriptionId == event.data.subscriptionId',
      }),
    ]);
  });

  test('announce, invoice and issue each at its own date, a reminder when the wait times out, and a stop on the paid event', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2026-01-31T10:00:00Z', autopay: false });
    const mocks = cycleStepMocks({
      // The wait before the first reminder times out (the default); before the second the customer pays.
      'wait-paid-remind-2': async () => {
        const invoice = (await termInvoice(subscription.id, 1))!;
        await pay(invoice.id, '2026-03-20T08:00:00Z');
        return { name: 'billing/invoice.paid', data: { invoiceId: invoice.id, subscriptionId: subscription.id }, id: 'evt-paid', ts: 0 };
      },
    });

    const { result, ctx } = await cycle(subscription.id, 1, mocks).execute();

    expect(result).toEqual({ subscriptionId: subscription.id, term: 1, renewals: ['announce', 'invoice', 'issue'], dunning: [0], paid: true });
    expect(mocks.sleepUntil).toHaveBeenCalledWith('sleep-announce', new Date('2026-02-14T10:00:00Z'));
    expect(mocks.sleepUntil).toHaveBeenCalledWith('sleep-invoice', new Date('2026-02-21T10:00:00Z'));
    expect(mocks.sleepUntil).toHaveBeenCalledWith('sleep-issue', new Date('2026-02-28T10:00:00Z'));
    for (const id of ['cursor-0', 'announce', 'invoice', 'issue', 'unsent-charges', 'dunning-cursor', 'remind-1']) {
      expect(ctx.step.run).toHaveBeenCalledWith(id, expect.any(Function));
    }
    const invoice = (await termInvoice(subscription.id, 1))!;
    expect(mocks.waitForEvent).toHaveBeenCalledWith('wait-paid-remind-1', {
      event: expect.objectContaining({ name: 'billing/invoice.paid' }),
      timeout: new Date('2026-03-15T10:00:00Z'),
      if: `async.data.invoiceId == "${invoice.id}"`,
    });
    expect(mocks.waitForEvent).toHaveBeenCalledWith('wait-paid-remind-2', expect.objectContaining({ timeout: new Date('2026-03-28T10:00:00Z') }));
    expect(mocks.waitForEvent).not.toHaveBeenCalledWith('wait-paid-suspend', expect.anything());
    expect(ctx.step.run).not.toHaveBeenCalledWith('remind-2', expect.any(Function));

    // Each step ran at its cursor's date: applied_at is the step's `at`, not the wall clock.
    expect(await actionsOf(subscription.id)).toEqual([
      { term: 1, action: 'announce', dueAt: '2026-02-14T10:00:00.000Z', appliedAt: '2026-02-14T10:00:00.000Z' },
      { term: 1, action: 'invoice', dueAt: '2026-02-21T10:00:00.000Z', appliedAt: '2026-02-21T10:00:00.000Z' },
      { term: 1, action: 'issue', dueAt: '2026-02-28T10:00:00.000Z', appliedAt: '2026-02-28T10:00:00.000Z' },
      { term: 1, action: 'dunning:0', dueAt: '2026-03-15T10:00:00.000Z', appliedAt: '2026-03-15T10:00:00.000Z' },
    ]);
    expect(invoice).toMatchObject({ status: 'paid', issuedAt: new Date('2026-02-21T10:00:00Z'), dueAt: new Date('2026-03-14T10:00:00Z') });
    expect(await subscriptionRow(subscription.id)).toMatchObject({ status: 'active', currentTerm: 1, nextAction: 'announce', nextActionTerm: 2 });

    // A replayed term.due for the finished term: nothing is left to do, nothing is written.
    const replay = await cycle(subscription.id, 1, cycleStepMocks()).execute();
    expect(replay.result).toEqual({ subscriptionId: subscription.id, term: 1, renewals: [], dunning: [], paid: false });
    expect(await actionsOf(subscription.id)).toHaveLength(4);
  });

  test('a payment the wait did not see (it landed before the wait began) still stops the dunning', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2026-01-31T10:00:00Z', autopay: false });
    const mocks = cycleStepMocks({
      'wait-paid-remind-1': async () => {
        await pay((await termInvoice(subscription.id, 1))!.id, '2026-03-14T09:00:00Z');
        return null; // the wait timed out all the same
      },
    });

    const { result } = await cycle(subscription.id, 1, mocks).execute();

    expect(result).toMatchObject({ renewals: ['announce', 'invoice', 'issue'], dunning: [], paid: false });
    expect((await actionsOf(subscription.id)).map((a) => a.action)).toEqual(['announce', 'invoice', 'issue']);
    // Replays call the mock again; the run only ever waited for the first step.
    expect(new Set(mocks.waitForEvent.mock.calls.map((call) => call[0]))).toEqual(new Set(['wait-paid-remind-1']));
  });

  test('an unpaid term reads like its timeline: the dunning steps are named after what they do', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2026-01-31T10:00:00Z', autopay: false });
    const mocks = cycleStepMocks();

    const { result, ctx } = await cycle(subscription.id, 1, mocks).execute();

    expect(result).toMatchObject({ renewals: ['announce', 'invoice', 'issue'], dunning: [0, 1, 2, 3, 4], paid: false });
    const firstCalls = (ids: unknown[]) => [...new Set(ids)];
    const applied = ['announce', 'invoice', 'issue', 'remind-1', 'remind-2', 'suspend', 'warn', 'terminate'];
    const ran = ctx.step.run.mock.calls.map((call: unknown[]) => call[0]);
    expect(firstCalls(ran).filter((id) => applied.includes(id as string))).toEqual(applied);
    expect(firstCalls(mocks.waitForEvent.mock.calls.map((call) => call[0]))).toEqual(
      ['remind-1', 'remind-2', 'suspend', 'warn', 'terminate'].map((step) => `wait-paid-${step}`),
    );
    // The log keeps the positions: the names are the run's, the rows are the same for both drivers.
    expect((await actionsOf(subscription.id)).map((a) => a.action)).toEqual([
      'announce',
      'invoice',
      'issue',
      'dunning:0',
      'dunning:1',
      'dunning:2',
      'dunning:3',
      'dunning:4',
    ]);
    expect(await subscriptionRow(subscription.id)).toMatchObject({ status: 'canceled', nextAction: 'end:terminated' });
  });

  test('runs a trial term from its first action, and stops at the next term', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'code-academy-monthly', start: '2026-03-01T09:00:00Z', autopay: true });
    expect(subscription).toMatchObject({ status: 'trialing', nextActionTerm: 0 });
    const mocks = cycleStepMocks();

    const { result } = await cycle(subscription.id, 0, mocks).execute();

    expect(result).toMatchObject({ term: 0, dunning: [], paid: false });
    expect(await termInvoice(subscription.id, 0)).toMatchObject({ status: 'paid', totalMinor: 2900 });
    expect(await subscriptionRow(subscription.id)).toMatchObject({ status: 'active', currentTerm: 0, nextActionTerm: 1 });
    expect(mocks.waitForEvent).not.toHaveBeenCalled();
  });

  test('a canceled subscription ends in the run of its end pseudo-term (-1), at the end of its period', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2026-05-15T08:00:00Z', autopay: true });
    await cycle(subscription.id, 1, cycleStepMocks()).execute();
    // The customer cancels during term 1 (what the cancel service does; it then emits
    // billing/subscription.changed, and billing-resume starts the run for the cursor's term).
    const { timeZone } = await getShopSettings(db);
    const current = await subscriptionRow(subscription.id);
    const [plan] = await db.select().from(plans).where(eq(plans.id, current.planId));
    const canceled = { ...current, status: 'canceled' as const };
    const cursor = renewalCursor(canceled, plan!, timeZone, await lastRenewalDone(db, subscription.id));
    await db.update(subscriptions).set({ status: 'canceled', canceledAt: new Date('2026-06-20T08:00:00Z'), ...cursor }).where(eq(subscriptions.id, subscription.id));
    expect(cursor).toEqual({ nextAction: 'end:canceled', nextActionTerm: null, nextActionAt: current.currentPeriodEnd });

    // A run of the next term finds the cursor is not its own and stops at once.
    expect((await cycle(subscription.id, 2, cycleStepMocks()).execute()).result).toMatchObject({ renewals: [], dunning: [] });

    const mocks = cycleStepMocks();
    const { result, ctx } = await cycle(subscription.id, -1, mocks).execute();

    expect(result).toEqual({ subscriptionId: subscription.id, term: -1, renewals: ['end:canceled'], dunning: [], paid: false });
    expect(mocks.sleepUntil).toHaveBeenCalledWith('sleep-end-canceled', current.currentPeriodEnd);
    expect(ctx.step.run).toHaveBeenCalledWith('end-canceled', expect.any(Function));
    expect(await subscriptionRow(subscription.id)).toMatchObject({ status: 'ended', endedAt: current.currentPeriodEnd, nextAction: null });
    expect((await actionsOf(subscription.id)).at(-1)).toEqual({
      term: -1,
      action: 'end:canceled',
      dueAt: current.currentPeriodEnd.toISOString(),
      appliedAt: current.currentPeriodEnd.toISOString(),
    });
  });
});
