'use server';

import { manageText } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { extendSubscription } from '@/lib/services/subscriptions/extend-subscription';
import { extendSubscriptionSchema } from '@/lib/validations/subscription-by-hand';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Staff who may change subscriptions extend a customer's running term by N days, free (audited). */
export const extendSubscriptionAction = merchantAction(
  {
    to: 'change subscriptions',
    permission: 'subscriptions:write',
    schema: extendSubscriptionSchema,
    revalidate: ['/dashboard/subscribers', '/dashboard/customers/[id]', '/account'],
  },
  async (input, { viewer }) => {
    const result = await extendSubscription({ ...input, staffUserId: viewer.userId });
    if (!result.ok) return result.error;
    return { notice: await manageText('extended', { days: input.days, end: day(result.value.currentPeriodEnd), was: day(result.value.previousPeriodEnd) }) };
  },
);
