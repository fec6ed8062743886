import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';

/** Whether the user is a customer who chose to sign in by e-mailed link only (their password is refused). */
export async function signsInByLinkOnly(userId: string): Promise<boolean> {
  const [row] = await db.select({ linkOnly: customers.signInByLinkOnly }).from(customers).where(eq(customers.userId, userId)).limit(1);
  return row?.linkOnly ?? false;
}
