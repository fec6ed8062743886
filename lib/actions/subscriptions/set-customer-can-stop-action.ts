'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { setCustomerCanStop } from '@/lib/services/customers/set-customer-can-stop';
import { customerCanStopSchema } from '@/lib/validations/subscription-stop';

/** Staff who may stop subscriptions allow or forbid one customer to stop theirs on Min Side. */
export const setCustomerCanStopAction = merchantAction(
  {
    to: 'stop subscriptions',
    permission: 'subscriptions:write',
    schema: customerCanStopSchema,
    invalid: 'first',
    revalidate: ['/dashboard/subscribers', '/dashboard/customers/[id]', '/account'],
  },
  async (input, { viewer }) => {
    const set = await setCustomerCanStop({ ...input, staffUserId: viewer.userId });
    if (!set.ok) return set.error;
    return { notice: manageCode(input.canStop ? 'customerCanStopOn' : 'customerCanStopOff') };
  },
);
