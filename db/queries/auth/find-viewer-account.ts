import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, users } from '@/db/schema';
import type { Role } from '@/lib/auth/permissions';

export type ViewerAccount = { email: string; role: Role; customerId: string | null };

/**
 * The signed-in user as the database has them now: their e-mail, role and customer record (null
 * for staff), or null when the user no longer exists (a removed staff member).
 *
 * NOTE: read on every request rather than taken from the session token, so a role change or a
 * removal takes effect on that person's next request, not when their token expires.
 */
export async function findViewerAccount(userId: string): Promise<ViewerAccount | null> {
  const [row] = await db
    .select({ email: users.email, role: users.role, customerId: customers.id })
    .from(users)
    .leftJoin(customers, eq(customers.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}
