'use server';

import { z } from 'zod';
import { findCustomersByEmail } from '@/db/queries/customers/find-customers-by-email';
import { merchantAction } from '@/lib/actions/safe-action';
import { domainError } from '@/lib/errors/domain-error';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';
import { eraseCustomer } from '@/lib/services/privacy/erase-customer';
import { emailSchema } from '@/lib/validations/auth';

const schema = z.object({
  email: emailSchema,
  confirm: z.literal('yes', { error: manageCode('eraseConfirmRequired') }),
});

/**
 * Staff who may erase customers: erases the personal data of the customer with this address (a
 * data-protection request), keeping the invoices and credit notes the law says to keep.
 */
export const eraseCustomerAction = merchantAction(
  { to: 'erase customers', permission: 'customers:erase', schema, keepValues: true, revalidate: ['/dashboard/subscribers', '/dashboard/privacy'] },
  async ({ email }, { viewer }) => {
    const found = await findCustomersByEmail(email);
    if (found.length === 0) return domainError('not_found', manageMessage('eraseNoCustomer', { email }), 'email');
    if (found.length > 1) return domainError('ambiguous', manageMessage('eraseAmbiguous', { email }), 'email');
    const erased = await eraseCustomer({ customerId: found[0]!.id, staffUserId: viewer.userId, now: new Date() });
    if (!erased.ok) return { error: erased.error };
    const { paymentMethodsDetached, emailsPurged } = erased.value;
    return { notice: manageMessage('erased', { methods: paymentMethodsDetached, emails: emailsPurged }) };
  },
);
