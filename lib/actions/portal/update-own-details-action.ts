'use server';

import { getCustomerLocale } from '@/db/queries/portal/get-customer-locale';
import { customerAction } from '@/lib/actions/safe-action';
import { getTranslator } from '@/lib/i18n/translator';
import { updateCustomerDetails } from '@/lib/services/customers/update-customer-details';
import { ownDetailsSchema } from '@/lib/validations/customer-details';

/** Min Side → Details: the customer's name, invoice address, tax identity, phone, language and sign-in preference. */
export const updateOwnDetailsAction = customerAction(
  { to: 'change your details', schema: ownDetailsSchema, keepValues: true, revalidate: ['/account', '/account/details'] },
  async ({ details, signInByLinkOnly }, { viewer }) => {
    const saved = await updateCustomerDetails({ customerId: viewer.customerId, changes: { ...details, signInByLinkOnly } });
    if (!saved.ok) return saved.error;
    // Answered in the language just chosen: that is the one the page shows next.
    return { notice: getTranslator(await getCustomerLocale(viewer.customerId), 'customerDetails')('saved') };
  },
);
