import { termsNeedingRuns } from '@/lib/services/billing/billing-queries';
import { inngest } from '../client';
import { subscriptionChanged } from '../events';

/**
 * After `billing/subscription.changed` has canceled a subscription's billing-cycle runs, starts
 * fresh ones from the new state: the term of its cursor (which the daily cron would not restart
 * when that term is already begun, or would only restart after a day) and each term whose invoice
 * is still being dunned. The event ids carry the change's event id: a repeat of the same change
 * starts nothing twice, a later change starts new runs. Test-clock subscriptions get none.
 */
export const billingResumeFunction = inngest.createFunction(
  { id: 'billing-resume', triggers: [subscriptionChanged] },
  async ({ event, step }) => {
    const { subscriptionId } = event.data;
    const terms = await step.run('terms-needing-runs', () => termsNeedingRuns(subscriptionId));
    if (terms.length > 0) {
      await step.sendEvent(
        'start-runs',
        terms.map((term) => ({
          name: 'billing/term.due',
          data: { subscriptionId, term },
          ...(event.id ? { id: `${subscriptionId}:${term}:${event.id}` } : {}),
        })),
      );
    }
    return { subscriptionId, started: terms };
  },
);
