import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';

/** The columns the details forms (Min Side, checkout's business fields, the dashboard) show and edit. */
export const customerDetailsColumns = {
  id: customers.id,
  name: customers.name,
  email: customers.email,
  customerType: customers.customerType,
  companyName: customers.companyName,
  vatId: customers.vatId,
  organisationNumber: customers.organisationNumber,
  peppolScheme: customers.peppolScheme,
  peppolId: customers.peppolId,
  phone: customers.phone,
  wantsEinvoice: customers.wantsEinvoice,
  addressLine1: customers.addressLine1,
  addressLine2: customers.addressLine2,
  postalCode: customers.postalCode,
  city: customers.city,
  country: customers.country,
  locale: customers.locale,
  signInByLinkOnly: customers.signInByLinkOnly,
};

export type CustomerDetails = Awaited<ReturnType<typeof getCustomerDetails>>;

/** The signed-in customer's own details (scoped by their id). */
export async function getCustomerDetails(customerId: string) {
  const [row] = await db.select(customerDetailsColumns).from(customers).where(eq(customers.id, customerId));
  if (!row) throw new Error(`Customer ${customerId} not found`);
  return row;
}
