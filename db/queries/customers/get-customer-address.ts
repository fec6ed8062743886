import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';

export type CustomerAddress = {
  name: string;
  companyName: string | null;
  addressLine1: string;
  postalCode: string;
  city: string;
  country: string;
};

/** The signed-in customer's own invoice address (as the checkout summary shows it). */
export async function getCustomerAddress(customerId: string): Promise<CustomerAddress | null> {
  const [customer] = await db
    .select({
      name: customers.name,
      companyName: customers.companyName,
      addressLine1: customers.addressLine1,
      postalCode: customers.postalCode,
      city: customers.city,
      country: customers.country,
    })
    .from(customers)
    .where(eq(customers.id, customerId));
  return customer ?? null;
}
