import { InngestTestEngine } from '@inngest/test';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { runRenewalStep } from '@/lib/services/billing/run-subscription-step';
import { cycleStepMocks, sentEvents, simulatedSubscription, subscriptionRow } from '../testing/billing-fixtures';
import { billingResumeFunction } from './billing-resume';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

function changed(subscriptionId: string, mocks: ReturnType<typeof cycleStepMocks>) {
  return new InngestTestEngine({
    function: billingResumeFunction,
    events: [{ name: 'billing/subscription.changed', data: { subscriptionId }, id: 'evt-change-7' }],
    transformCtx: mocks.transformCtx,
  });
}

describe('billing-resume', () => {
  test('is triggered by billing/subscription.changed', () => {
    expect(billingResumeFunction.id()).toBe('billing-resume');
    expect(billingResumeFunction.opts.triggers).toEqual([expect.objectContaining({ event: 'billing/subscription.changed' })]);
  });

  test('starts fresh runs for the cursor’s term and for every term still being dunned', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2031-01-31T10:00:00Z', autopay: false, real: true });
    // Term 1 announced, invoiced and issued (by runs since canceled); its invoice is unpaid.
    for (let i = 0; i < 3; i += 1) {
      const sub = await subscriptionRow(subscription.id);
      await runRenewalStep({ subscriptionId: subscription.id, at: sub.nextActionAt! });
    }
    expect(await subscriptionRow(subscription.id)).toMatchObject({ nextAction: 'announce', nextActionTerm: 2 });
    const mocks = cycleStepMocks();

    const { result } = await changed(subscription.id, mocks).execute();

    expect(result).toEqual({ subscriptionId: subscription.id, started: [1, 2] });
    expect(mocks.sendEvent).toHaveBeenCalledWith('start-runs', expect.any(Array));
    expect(sentEvents(mocks)).toEqual([1, 2].map((term) => ({
      name: 'billing/term.due',
      data: { subscriptionId: subscription.id, term },
      id: `${subscription.id}:${term}:evt-change-7`,
    })));
  });

  test('starts nothing for a test-clock subscription', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2031-01-31T10:00:00Z', autopay: false });
    const mocks = cycleStepMocks();
    const { result } = await changed(subscription.id, mocks).execute();
    expect(result).toEqual({ subscriptionId: subscription.id, started: [] });
    expect(mocks.sendEvent).not.toHaveBeenCalled();
  });
});
