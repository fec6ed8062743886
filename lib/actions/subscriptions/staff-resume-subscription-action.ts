'use server';

import { manageText } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { resumeSubscription } from '@/lib/services/subscriptions/pause/resume-subscription';
import { resumeSchema } from '@/lib/validations/subscription-pause';

/** Staff who may change subscriptions end a pause now, or call off one not begun (audited; the customer is e-mailed). */
export const staffResumeSubscriptionAction = merchantAction(
  { to: 'resume subscriptions', permission: 'subscriptions:write', schema: resumeSchema, invalid: 'first', revalidate: ['/dashboard/subscribers', '/account'] },
  async (input, { viewer }) => {
    const result = await resumeSubscription({ subscriptionId: input.subscriptionId, actor: { kind: 'staff', staffUserId: viewer.userId }, now: new Date() });
    if (!result.ok) return result.error;
    return { notice: await manageText('resumed', { start: result.value.nextTermStartsAt.toISOString().slice(0, 10) }) };
  },
);
