import { getApiCustomer } from '@/db/queries/api/customer-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { conflict, found, pathId } from '@/lib/api/found';
import { getCustomer, updateCustomer as updateCustomerOperation } from '@/lib/api/operations/customers';
import { presentCustomer } from '@/lib/api/present';
import { updateCustomer, type CustomerPatch } from '@/lib/services/customers/update-customer';

export const GET = apiHandler(getCustomer, async ({ params }) => ({
  body: presentCustomer(found(await getApiCustomer(REAL_TIME, pathId(params.id, 'customer')), 'customer')),
}));

export const POST = apiHandler(updateCustomerOperation, async ({ params, body, caller }) => {
  const customer = found(await getApiCustomer(REAL_TIME, pathId(params.id, 'customer')), 'customer');
  const patch: CustomerPatch = {};
  if (body.name !== undefined) patch.name = body.name;
  if (body.company_name !== undefined) patch.companyName = body.company_name || null;
  if (body.vat_id !== undefined) patch.vatId = body.vat_id || null;
  if (body.customer_type !== undefined) patch.customerType = body.customer_type;
  if (body.locale !== undefined) patch.locale = body.locale;
  const address = body.address ?? {};
  if (address.line1 !== undefined) patch.addressLine1 = address.line1;
  if (address.line2 !== undefined) patch.addressLine2 = address.line2 || null;
  if (address.postal_code !== undefined) patch.postalCode = address.postal_code;
  if (address.city !== undefined) patch.city = address.city;
  if (address.country !== undefined) patch.country = address.country;
  const updated = await updateCustomer({ customerId: customer.id, patch, staffUserId: caller.ownerUserId });
  if (!updated.ok) throw conflict('customer_erased', updated.error);
  return { body: presentCustomer(updated.value) };
});
