'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { setCustomerCanPause } from '@/lib/services/customers/set-customer-can-pause';
import { customerCanPauseSchema } from '@/lib/validations/subscription-pause';

/** Staff who may change subscriptions allow or forbid one customer to pause theirs on Min Side. */
export const setCustomerCanPauseAction = merchantAction(
  { to: 'pause subscriptions', permission: 'subscriptions:write', schema: customerCanPauseSchema, invalid: 'first', revalidate: ['/dashboard/subscribers', '/account'] },
  async (input, { viewer }) => {
    const set = await setCustomerCanPause({ ...input, staffUserId: viewer.userId });
    if (!set.ok) return set.error;
    return { notice: manageCode(input.canPause ? 'customerCanPauseOn' : 'customerCanPauseOff') };
  },
);
