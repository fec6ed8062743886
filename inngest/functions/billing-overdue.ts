import { termsNeedingRuns } from '../billing-queries';
import { catchUpOne, type CatchUpResult } from '../billing-steps';
import { inngest } from '../client';
import { stepOverdue } from '../events';
import type { EventHandler, StepRunner } from '../step-runner';

/** More steps than a subscription can owe after any outage worth surviving; the rest waits a day. */
const MAX_CATCH_UP = 200;

/**
 * Catches a subscription up: `catch-up-<n>` applies its earliest due work (renewal cursor or
 * dunning step), dated on that work's own date, until nothing is due. Also the in-process
 * handler: without Inngest it does what one sweep would do for this subscription.
 */
export const handleStepOverdue: EventHandler<'billing/step.overdue'> = ({ event, step }) =>
  catchUp(event.data.subscriptionId, step);

async function catchUp(subscriptionId: string, step: StepRunner) {
  const applied: CatchUpResult[] = [];
  for (let n = 0; n < MAX_CATCH_UP; n += 1) {
    // NOTE: the step returns plain JSON, so Inngest's serialised result is the same value.
    const result = (await step.run(`catch-up-${n}`, () => catchUpOne(subscriptionId, new Date()))) as CatchUpResult;
    if (result.done) return { subscriptionId, caughtUp: applied, reason: result.reason };
    applied.push(result);
  }
  return { subscriptionId, caughtUp: applied, reason: 'limit' as const };
}

/**
 * The safety net for a lost run (sent by billing-daily for work more than an hour overdue):
 * catches the subscription up with the same services at the same dates (so the rows are those
 * the lost run would have written; billing_actions' unique key makes anything already applied a
 * no-op), then starts fresh runs for its cursor's term and for each term still being dunned, so
 * that what follows is on time again. Test-clock subscriptions are left to their clock.
 */
export const billingOverdueFunction = inngest.createFunction(
  {
    id: 'billing-overdue',
    triggers: [stepOverdue],
    concurrency: [{ scope: 'env', key: '"billing-" + event.data.subscriptionId', limit: 1 }],
  },
  async (ctx) => {
    const { subscriptionId } = ctx.event.data;
    const result = await catchUp(subscriptionId, ctx.step);
    const terms = await ctx.step.run('terms-needing-runs', () => termsNeedingRuns(subscriptionId));
    if (terms.length > 0) {
      await ctx.step.sendEvent(
        'restart-runs',
        terms.map((term) => ({
          name: 'billing/term.due',
          data: { subscriptionId, term },
          ...(ctx.event.id ? { id: `${subscriptionId}:${term}:${ctx.event.id}` } : {}),
        })),
      );
    }
    return { ...result, restarted: terms };
  },
);
