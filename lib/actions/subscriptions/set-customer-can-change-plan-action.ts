'use server';

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
      notice: input.canChangePlan ? 'This customer can change plans on Min Side.' : 'This customer can no longer change plans on Min Side.',
    };
  },
);
