import { InngestTestEngine } from '@inngest/test';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { actionsOf, cycleStepMocks, sentEvents, simulatedSubscription, subscriptionRow } from '../testing/billing-fixtures';
import { billingOverdueFunction } from './billing-overdue';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

function overdue(subscriptionId: string, mocks: ReturnType<typeof cycleStepMocks>) {
  return new InngestTestEngine({
    function: billingOverdueFunction,
    events: [{ name: 'billing/step.overdue', data: { subscriptionId }, id: 'evt-overdue-1' }],
    transformCtx: mocks.transformCtx,
  });
}

const withoutAppliedAt = (rows: Awaited<ReturnType<typeof actionsOf>>) => rows.map(({ appliedAt: _, ...row }) => row);

describe('billing-overdue', () => {
  test('catches a lost subscription up in date order, writing what the sweep writes', async () => {
    // A real customer from 2024 whose runs were all lost: renewals, reminders, suspension,
    // termination and the end are all overdue now.
    const lost = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2024-01-31T10:00:00Z', autopay: false, real: true });
    const twin = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2024-01-31T10:00:00Z', autopay: false });
    await advanceTestClock({ clockId: twin.clockId, to: new Date('2025-01-01T00:00:00Z') });
    const mocks = cycleStepMocks();

    const { result } = await overdue(lost.subscription.id, mocks).execute();

    const expected = await actionsOf(twin.subscription.id);
    expect(expected.length).toBeGreaterThan(10);
    expect(withoutAppliedAt(await actionsOf(lost.subscription.id))).toEqual(withoutAppliedAt(expected));
    // Each step is dated on its own date, as if it had run on time.
    for (const row of await actionsOf(lost.subscription.id)) expect(row.appliedAt).toBe(row.dueAt);
    const [after, twinAfter] = [await subscriptionRow(lost.subscription.id), await subscriptionRow(twin.subscription.id)];
    expect(after.status).toBe('ended');
    expect({ ...after, id: '', customerId: '', orderLineId: '', createdAt: null }).toEqual({
      ...twinAfter,
      id: '',
      customerId: '',
      orderLineId: '',
      createdAt: null,
    });
    expect(result).toMatchObject({ subscriptionId: lost.subscription.id, reason: 'nothing-due', restarted: [] });
    expect(mocks.sendEvent).not.toHaveBeenCalled();
    // A year of one subscription's steps, twice (the lost one and its twin on a clock): slow on a loaded machine.
  }, 90_000);

  test('then restarts the runs of the terms still in progress', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2026-10-01T10:00:00Z', autopay: true, real: true });
    const mocks = cycleStepMocks();

    const { result } = await overdue(subscription.id, mocks).execute();

    const now = await subscriptionRow(subscription.id);
    expect(now.nextActionAt!.getTime()).toBeGreaterThan(Date.now());
    expect(result).toMatchObject({ reason: 'nothing-due', restarted: [now.nextActionTerm] });
    expect(sentEvents(mocks)).toEqual([
      {
        name: 'billing/term.due',
        data: { subscriptionId: subscription.id, term: now.nextActionTerm },
        id: `${subscription.id}:${now.nextActionTerm}:evt-overdue-1`,
      },
    ]);
  });

  test('leaves test-clock subscriptions to their clock', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2024-01-31T10:00:00Z', autopay: false });
    const { result } = await overdue(subscription.id, cycleStepMocks()).execute();
    expect(result).toMatchObject({ caughtUp: [], reason: 'test-clock', restarted: [] });
    expect(await actionsOf(subscription.id)).toEqual([]);
  });
});
