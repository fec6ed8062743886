'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { updateCustomerDetails } from '@/lib/services/customers/update-customer-details';
import { staffCustomerDetailsSchema } from '@/lib/validations/customer-details';

/**
 * Staff correct a customer's details (as they allow or forbid the customer's self-service stop):
 * the same fields and checks as Min Side; audited with the fields changed.
 */
export const updateCustomerDetailsAction = merchantAction(
  {
    to: 'edit customers',
    permission: 'subscriptions:write',
    schema: staffCustomerDetailsSchema,
    keepValues: true,
    revalidate: ['/dashboard/customers/[id]', '/dashboard/subscribers'],
  },
  async ({ customerId, details }, { viewer }) => {
    const saved = await updateCustomerDetails({ customerId, changes: details, staffUserId: viewer.userId });
    if (!saved.ok) return saved.error;
    return { notice: manageCode(saved.value.changed.length === 0 ? 'nothingChanged' : 'customerDetailsSaved') };
  },
);
