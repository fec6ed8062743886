import type { Customer } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import type { CustomerDetailsInput } from '@/lib/validations/customer-details';
import { updateCustomerDetails } from './update-customer-details';

/** The details staff (or their API key) may change; the e-mail is the customer's login and is theirs to change. */
export type CustomerPatch = Partial<
  Pick<CustomerDetailsInput, 'name' | 'companyName' | 'vatId' | 'customerType' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city' | 'country' | 'locale'>
>;

/**
 * A change by an API key: the same path as staff editing the customer's page (one transaction,
 * audited by field name, the `customer/updated` event), answering with the customer as stored.
 */
export async function updateCustomer(input: { customerId: string; patch: CustomerPatch; staffUserId: string }): Promise<Result<Customer>> {
  const saved = await updateCustomerDetails({ customerId: input.customerId, changes: input.patch, staffUserId: input.staffUserId });
  return saved.ok ? ok(saved.value.customer) : err(saved.error.message);
}
