import { InngestTestEngine } from '@inngest/test';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { chargebackPolls, emailOutbox, invoices } from '@/db/schema';
import { createMollieProvider } from '@/lib/payments/mollie/mollie-provider';
import { startFakeMollieApi } from '@/lib/payments/mollie/test-support/fake-mollie-api';
import { fakeProviderSlot } from '@/test/support/fake-provider';
import { paidMollieSepaOrder } from '@/test/support/mollie-sepa-order';
import { runRenewalStep } from '@/lib/services/billing/run-subscription-step';
import { newCustomer, orderMagazineByInvoice } from '@/test/support/checkout-fixtures';
import { cycleStepMocks, sentEvents, simulatedSubscription, subscriptionRow } from '../testing/billing-fixtures';
import { billingDailyFunction } from './billing-daily';

// The providers as configured, unless a test puts one in the slot.
vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => {
  vi.unstubAllEnvs();
  fakeProviderSlot.provider = null;
});

const HOUR = 60 * 60 * 1000;

/** Runs the cron as of `now` (its `now` step mocked); returns the events it sent, by name. */
async function runCron(now: Date) {
  const mocks = cycleStepMocks();
  const engine = new InngestTestEngine({
    function: billingDailyFunction,
    steps: [{ id: 'now', handler: () => now.toISOString() }],
    transformCtx: mocks.transformCtx,
  });
  const { result, error } = (await engine.execute()) as { result: unknown; error?: unknown };
  expect(error).toBeUndefined();
  const events = sentEvents(mocks);
  return {
    result,
    sendEvent: mocks.sendEvent,
    termDue: (subscriptionId: string) => events.filter((e) => e.name === 'billing/term.due' && e.data.subscriptionId === subscriptionId),
    overdue: (subscriptionId: string) => events.filter((e) => e.name === 'billing/step.overdue' && e.data.subscriptionId === subscriptionId),
  };
}

describe('billing-daily', () => {
  test('runs daily on a cron', () => {
    expect(billingDailyFunction.id()).toBe('billing-daily');
    expect(billingDailyFunction.opts.triggers).toEqual([{ cron: 'TZ=UTC 0 2 * * *' }]);
  });

  test('starts the run of each real term whose first action is due within a day, with the id <subscription>:<term>', async () => {
    const real = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2031-06-10T10:00:00Z', autopay: false, real: true });
    const simulated = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2031-06-10T10:00:00Z', autopay: false });
    const firstAction = real.subscription.nextActionAt!;
    expect(real.subscription).toMatchObject({ nextAction: 'announce', nextActionTerm: 1 });

    const early = await runCron(new Date(firstAction.getTime() - 30 * HOUR));
    expect(early.termDue(real.subscription.id)).toEqual([]);

    const due = await runCron(new Date(firstAction.getTime() - 20 * HOUR));
    expect(due.termDue(real.subscription.id)).toEqual([
      { name: 'billing/term.due', data: { subscriptionId: real.subscription.id, term: 1 }, id: `${real.subscription.id}:1` },
    ]);
    expect(due.sendEvent).toHaveBeenCalledWith('start-terms-0', expect.any(Array));
    // A test clock's customers are its own sweep's business.
    expect(due.termDue(simulated.subscription.id)).toEqual([]);
    expect(due.overdue(real.subscription.id)).toEqual([]);
  });

  test('a term already begun is left to its run; work more than an hour late goes to billing-overdue', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2031-07-10T10:00:00Z', autopay: false, real: true });
    await runRenewalStep({ subscriptionId: subscription.id, at: subscription.nextActionAt! }); // the run did `announce`
    const next = await subscriptionRow(subscription.id);
    expect(next).toMatchObject({ nextAction: 'invoice', nextActionTerm: 1 });

    const before = await runCron(new Date(next.nextActionAt!.getTime() - 20 * HOUR));
    expect(before.termDue(subscription.id)).toEqual([]);
    expect(before.overdue(subscription.id)).toEqual([]);

    const lateAt = new Date(next.nextActionAt!.getTime() + 2 * HOUR);
    const late = await runCron(lateAt);
    expect(late.overdue(subscription.id)).toEqual([
      {
        name: 'billing/step.overdue',
        data: { subscriptionId: subscription.id },
        id: `${subscription.id}:overdue:${lateAt.toISOString().slice(0, 10)}`,
      },
    ]);
    expect(late.termDue(subscription.id)).toEqual([]);
    expect(late.sendEvent).toHaveBeenCalledWith('send-overdue-0', expect.any(Array));
  });

  test('reminds an order waiting for its money (no subscription, so no run of its own) on its step, once however often the cron runs', async () => {
    const { customerId, email } = await newCustomer('daily-order-reminder');
    const { invoice } = await orderMagazineByInvoice(customerId, { now: new Date('3893-02-02T09:00:00Z'), access: 'payment' });
    const reminders = () => db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, email), eq(emailOutbox.template, 'reminder')));

    await runCron(new Date(invoice.nextDunningAt!.getTime() - HOUR));
    expect(await reminders()).toEqual([]);
    // Counted in this customer's e-mails: the cron also reminds the orders other files left due
    // in this database, so its own count is not this order's.
    const { result } = await runCron(new Date(invoice.nextDunningAt!.getTime() + HOUR));
    expect((result as { orderReminders: number }).orderReminders).toBeGreaterThanOrEqual(1);
    expect(await reminders()).toHaveLength(1);
    await runCron(new Date(invoice.nextDunningAt!.getTime() + 2 * HOUR));
    expect(await reminders()).toHaveLength(1);
  });
});

describe('billing-daily: chargebacks whose webhook was lost', () => {
  test('the poll in the cron records a chargeback Mollie never told us of, and its result says how many it found', async () => {
    const api = await startFakeMollieApi({ runId: crypto.randomUUID().replace(/-/g, '').slice(0, 10) });
    try {
      fakeProviderSlot.provider = createMollieProvider({ apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM', apiEndpoint: api.apiEndpoint, timeoutMs: 5_000 });
      await db.delete(chargebackPolls).where(eq(chargebackPolls.provider, 'mollie'));
      vi.stubEnv('APP_URL', 'https://shop.example.org');
      // This test's own year (3908).
      const { payment, debit } = await paidMollieSepaOrder(api, { ordered: new Date('3908-01-02T09:00:00Z'), settled: new Date('3908-01-05T06:00:00Z') }, 'daily-chargeback');
      api.chargeBack(debit.id as string, { createdAt: new Date('3908-02-10T15:00:00Z'), reason: { code: 'AM04', description: 'Insufficient funds' } });

      const { result } = await runCron(new Date('3908-02-11T02:00:00Z'));
      expect((result as { chargebacks: unknown }).chargebacks).toMatchObject({ polled: ['mollie'], found: 1, recorded: 1, alreadyRecorded: 0, unavailable: [] });
      expect((await db.select().from(invoices).where(eq(invoices.id, payment.invoiceId!)))[0]).toMatchObject({ status: 'open', dunningFrom: new Date('3908-02-10T15:00:00Z') });

      // The next day's run finds it again (the overlap) and records nothing more.
      const next = await runCron(new Date('3908-02-12T02:00:00Z'));
      expect((next.result as { chargebacks: unknown }).chargebacks).toMatchObject({ found: 1, recorded: 0, alreadyRecorded: 1 });
    } finally {
      await api.close();
    }
  });
});
