'use server';

import { customerAction } from '@/lib/actions/safe-action';
import { pauseSubscription } from '@/lib/services/subscriptions/pause/pause-subscription';
import { writeRetentionRow } from '@/lib/services/subscriptions/pause/write-retention-row';
import { pauseSchema } from '@/lib/validations/subscription-pause';
import { pauseAnswer } from './pause-answer';

/**
 * The customer pauses one of their subscriptions from the end of its term, for a number of
 * terms or until resumed (chosen instead of a stop: `retention`, kept for the merchant);
 * another's id is a 404.
 */
export const pauseSubscriptionAction = customerAction(
  { to: 'pause a subscription', schema: pauseSchema, invalid: 'first', revalidate: ['/account'] },
  async (input, { viewer }) => {
    const now = new Date();
    const result = await pauseSubscription({
      subscriptionId: input.subscriptionId,
      actor: { kind: 'customer', customerId: viewer.customerId },
      terms: input.terms,
      now,
      inTx: input.retention ? async (tx, locked) => void (await writeRetentionRow(tx, locked, { outcome: 'pause', now })) : undefined,
    });
    return pauseAnswer(viewer.customerId, result.ok ? { ok: true, value: result.value.startsAt } : result, 'paused');
  },
);
