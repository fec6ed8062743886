'use server';

import { customerAction } from '@/lib/actions/safe-action';
import { undoSubscriptionStop } from '@/lib/services/subscriptions/undo-subscription-stop';
import { undoStopSchema } from '@/lib/validations/subscription-stop';
import { stopAnswer } from './stop-answer';

/** The customer undoes a stop they scheduled, before it happens; another's id is a 404. */
export const undoStopAction = customerAction(
  { to: 'undo a stop', schema: undoStopSchema, invalid: 'first', revalidate: ['/account'] },
  async (input, { viewer }) => {
    const result = await undoSubscriptionStop({ customerId: viewer.customerId, ...input, now: new Date() });
    return stopAnswer(viewer.customerId, result.ok ? { ok: true, value: result.value.renewsAt } : result, 'undone');
  },
);
