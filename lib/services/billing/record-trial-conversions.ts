import type { Tx } from '@/db/client';
import { recordEvent } from '@/lib/services/events/record-event';
import type { RenewalStepDue } from './plan-renewal-steps';

/**
 * `subscription/activated` for each trial that ended in this batch: the `issue` step that starts
 * the first paid term of a subscription that was trialing (planRenewalSteps moves it to active
 * there). Only steps claimed now are passed, so a rerun reports nothing twice; a subscription far
 * behind may issue several terms in one batch, and only its first issue ends the trial.
 */
export async function recordTrialConversions(tx: Tx, steps: readonly RenewalStepDue[]): Promise<void> {
  const converted = new Set<string>();
  for (const step of steps) {
    const sub = step.row.subscription;
    if (step.action !== 'issue' || sub.status !== 'trialing' || converted.has(sub.id)) continue;
    converted.add(sub.id);
    await recordEvent(tx, { name: 'subscription/activated', data: { subscriptionId: sub.id } });
  }
}
