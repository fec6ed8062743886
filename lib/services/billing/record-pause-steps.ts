import type { Tx } from '@/db/client';
import { queueSubscriptionPause } from '@/lib/services/email/queue-subscription-pause';
import { recordEvent } from '@/lib/services/events/record-event';
import type { EngineContext } from './engine-context';
import type { RenewalStepDue } from './plan-renewal-steps';

/**
 * The follow-ups of the pause steps a batch applied: a pause of N terms that ended by itself is
 * reported (`subscription/resumed`, by `schedule`) and confirmed to the customer by e-mail, dated
 * on the step's own date. A pause that began needs neither: it was confirmed when asked for, and
 * its MRR movement is the batch's (renewalValueChanges). Rare (a few per run), so one at a time.
 */
export async function recordPauseSteps(tx: Tx, steps: readonly RenewalStepDue[], ctx: EngineContext): Promise<void> {
  for (const step of steps) {
    if (step.action !== 'resume') continue;
    const sub = step.row.subscription;
    const eventId = await recordEvent(tx, {
      name: 'subscription/resumed',
      data: {
        subscriptionId: sub.id,
        customerId: sub.customerId,
        resumedAt: step.at.toISOString(),
        nextTermStartsAt: step.at.toISOString(),
        wasRunning: true,
        by: 'schedule',
      },
    });
    await queueSubscriptionPause(tx, {
      subscriptionId: sub.id,
      customerId: sub.customerId,
      timeZone: ctx.timeZone,
      eventId,
      change: 'resumed',
      nextTermStartsAt: step.at.toISOString(),
    });
  }
}
