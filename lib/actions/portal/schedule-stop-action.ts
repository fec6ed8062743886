'use server';

import { customerAction } from '@/lib/actions/safe-action';
import { scheduleSubscriptionStop } from '@/lib/services/subscriptions/schedule-subscription-stop';
import { scheduleStopSchema } from '@/lib/validations/subscription-stop';
import { stopAnswer } from './stop-answer';

/** The customer stops one of their subscriptions at the end of its term, saying why; another's id is a 404. */
export const scheduleStopAction = customerAction(
  { to: 'stop a subscription', schema: scheduleStopSchema, invalid: 'first', revalidate: ['/account'] },
  async (input, { viewer }) => {
    const result = await scheduleSubscriptionStop({ customerId: viewer.customerId, ...input, now: new Date() });
    return stopAnswer(viewer.customerId, result.ok ? { ok: true, value: result.value.endsAt } : result, 'stopped');
  },
);
