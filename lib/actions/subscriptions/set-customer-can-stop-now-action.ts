'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { setCustomerSelfService } from '@/lib/services/customers/set-customer-self-service';
import { customerCanStopNowSchema } from '@/lib/validations/subscription-stop';

/** Staff who may stop subscriptions allow or forbid one customer to stop at once on Min Side. */
export const setCustomerCanStopNowAction = merchantAction(
  {
    to: 'stop subscriptions',
    permission: 'subscriptions:write',
    schema: customerCanStopNowSchema,
    invalid: 'first',
    revalidate: ['/dashboard/subscribers', '/dashboard/customers/[id]', '/account'],
  },
  async (input, { viewer }) => {
    const set = await setCustomerSelfService({ customerId: input.customerId, key: 'canStopNow', value: input.canStopNow, staffUserId: viewer.userId });
    if (!set.ok) return set.error;
    return { notice: manageCode(input.canStopNow ? 'customerCanStopNowOn' : 'customerCanStopNowOff') };
  },
);
