'use server';

import { customerAction } from '@/lib/actions/safe-action';
import { resumeSubscription } from '@/lib/services/subscriptions/pause/resume-subscription';
import { resumeSchema } from '@/lib/validations/subscription-pause';
import { pauseAnswer } from './pause-answer';

/** The customer ends a pause now (or calls off one not begun); another's id is a 404. */
export const resumeSubscriptionAction = customerAction(
  { to: 'resume a subscription', schema: resumeSchema, invalid: 'first', revalidate: ['/account'] },
  async (input, { viewer }) => {
    const result = await resumeSubscription({ subscriptionId: input.subscriptionId, actor: { kind: 'customer', customerId: viewer.customerId }, now: new Date() });
    return pauseAnswer(viewer.customerId, result.ok ? { ok: true, value: result.value.nextTermStartsAt } : result, 'resumed');
  },
);
