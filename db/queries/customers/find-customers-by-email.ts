import { eq, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, users } from '@/db/schema';

/**
 * The customers whose account or customer record has this address (normally one; two when a
 * customer changed the address of one and not the other), for staff acting on a request that
 * names an e-mail address.
 */
export async function findCustomersByEmail(email: string): Promise<{ id: string; name: string; erasedAt: Date | null }[]> {
  return db
    .select({ id: customers.id, name: customers.name, erasedAt: customers.erasedAt })
    .from(customers)
    .innerJoin(users, eq(users.id, customers.userId))
    .where(or(eq(users.email, email), eq(customers.email, email)))
    .limit(5);
}
