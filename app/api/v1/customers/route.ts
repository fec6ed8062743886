import { getApiCustomer, listApiCustomers } from '@/db/queries/api/customer-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { conflict, found } from '@/lib/api/found';
import { listBody, pageRequest } from '@/lib/api/list-page';
import { createCustomer, listCustomers } from '@/lib/api/operations/customers';
import { presentCustomer } from '@/lib/api/present';
import { registerCustomer } from '@/lib/services/customers/register-customer';

export const GET = apiHandler(listCustomers, async ({ query }) => {
  const page = await listApiCustomers(REAL_TIME, pageRequest('customers', query), { email: query.email });
  return { body: listBody('customers', page, presentCustomer) };
});

export const POST = apiHandler(createCustomer, async ({ body }) => {
  const registered = await registerCustomer(
    {
      name: body.name,
      email: body.email.trim().toLowerCase(),
      companyName: body.company_name ?? null,
      vatId: body.vat_id ?? null,
      customerType: body.customer_type,
      addressLine1: body.address.line1,
      addressLine2: body.address.line2 ?? null,
      postalCode: body.address.postal_code,
      city: body.address.city,
      country: body.address.country,
      locale: body.locale,
    },
    { requirePassword: false },
  );
  if (!registered.ok) {
    throw conflict('email_taken', 'There is already a customer or staff member with this e-mail address.');
  }
  return { body: presentCustomer(found(await getApiCustomer(REAL_TIME, registered.value.customerId), 'customer')) };
});
