'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { setCustomerSelfService } from '@/lib/services/customers/set-customer-self-service';
import { customerCanChangePlanSchema } from '@/lib/validations/plan-change';

/** Staff who may change subscriptions allow or forbid one customer to change plans on Min Side. */
export const setCustomerCanChangePlanAction = merchantAction(
  {
    to: 'change subscriptions',
    permission: 'subscriptions:write',
    schema: customerCanChangePlanSchema,
    invalid: 'first',
    revalidate: ['/dashboard/subscribers', '/account'],
  },
  async (input, { viewer }) => {
    const set = await setCustomerSelfService({ customerId: input.customerId, key: 'canChangePlan', value: input.canChangePlan, staffUserId: viewer.userId });
    if (!set.ok) return set.error;
    return {
      notice: manageCode(input.canChangePlan ? 'customerCanChangePlanOn' : 'customerCanChangePlanOff'),
    };
  },
);
