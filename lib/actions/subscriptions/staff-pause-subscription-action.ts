'use server';

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
    return { notice: `Pauses on ${day(startsAt)}${resumesAt ? `, resumes on ${day(resumesAt)}` : ' until resumed'}. The customer was e-mailed.` };
  },
);
