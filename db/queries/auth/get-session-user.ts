import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, users, type User } from '@/db/schema';

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: User['role'];
  sessionVersion: number;
  emailVerified: Date | null;
  /** The user's customer record; null for staff. */
  customerId: string | null;
};

/**
 * Everything a request needs to know about the signed-in user, in one read by primary key (and
 * the unique index on customers.user_id): run on every request that reads the session.
 */
export async function getSessionUser(userId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      sessionVersion: users.sessionVersion,
      emailVerified: users.emailVerified,
      customerId: customers.id,
    })
    .from(users)
    .leftJoin(customers, eq(customers.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}
