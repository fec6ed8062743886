'use server';

import { manageText } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { pauseSubscription } from '@/lib/services/subscriptions/pause/pause-subscription';
import { pauseSchema } from '@/lib/validations/subscription-pause';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Staff who may change subscriptions pause one from the end of its term (audited; the customer is e-mailed). */
export const staffPauseSubscriptionAction = merchantAction(
  { to: 'pause subscriptions', permission: 'subscriptions:write', schema: pauseSchema, invalid: 'first', revalidate: ['/dashboard/subscribers', '/account'] },
  async (input, { viewer }) => {
    const result = await pauseSubscription({
      subscriptionId: input.subscriptionId,
      actor: { kind: 'staff', staffUserId: viewer.userId },
      terms: input.terms,
      now: new Date(),
    });
    if (!result.ok) return result.error;
    const { startsAt, resumesAt } = result.value;
    return { notice: await manageText(resumesAt ? 'pausesUntil' : 'pausesUntilResumed', { start: day(startsAt), end: resumesAt ? day(resumesAt) : '' }) };
  },
);
