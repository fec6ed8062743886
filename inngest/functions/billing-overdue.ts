import { termsNeedingRuns } from '@/lib/services/billing/billing-queries';
import { catchUpOne, type CatchUpResult } from '@/lib/services/billing/billing-steps';
import { inngest } from '../client';
import { stepOverdue } from '../events';

/** More steps than a subscription can owe after any outage worth surviving; the rest waits a day. */
const MAX_CATCH_UP = 200;

/**
 * The safety net for a lost run (sent by billing-daily for work more than an hour overdue):
 * `catch-up-<n>` applies the subscription's earliest due work (renewal cursor or dunning step),
 * dated on that work's own date, until nothing is due (so the rows are those the lost run would
 * have written; billing_actions' unique key makes anything already applied a no-op), then starts
 * fresh runs for its cursor's term and for each term still being dunned, so that what follows is
 * on time again. Test-clock subscriptions are left to their clock.
 */
export const billingOverdueFunction = inngest.createFunction(
  {
    id: 'billing-overdue',
    triggers: [stepOverdue],
    concurrency: [{ scope: 'env', key: '"billing-" + event.data.subscriptionId', limit: 1 }],
  },
  async ({ event, step }) => {
    const { subscriptionId } = event.data;
    const caughtUp: CatchUpResult[] = [];
    let reason: Extract<CatchUpResult, { done: true }>['reason'] | 'limit' = 'limit';
    for (let n = 0; n < MAX_CATCH_UP; n += 1) {
      // NOTE: the step returns plain JSON, so Inngest's serialised result is the same value.
      const result = (await step.run(`catch-up-${n}`, () => catchUpOne(subscriptionId, new Date()))) as CatchUpResult;
      if (result.done) {
        reason = result.reason;
        break;
      }
      caughtUp.push(result);
    }
    const terms = await step.run('terms-needing-runs', () => termsNeedingRuns(subscriptionId));
    if (terms.length > 0) {
      await step.sendEvent(
        'restart-runs',
        terms.map((term) => ({
          name: 'billing/term.due',
          data: { subscriptionId, term },
          ...(event.id ? { id: `${subscriptionId}:${term}:${event.id}` } : {}),
        })),
      );
    }
    return { subscriptionId, caughtUp, reason, restarted: terms };
  },
);
