import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';

/** The customer record of a signed-in user, or null for staff (who have none). */
export async function findUserCustomerId(userId: string): Promise<string | null> {
  const [customer] = await db.select({ id: customers.id }).from(customers).where(eq(customers.userId, userId)).limit(1);
  return customer?.id ?? null;
}
