import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';

/** Whether the shop has an owner: until it does, /setup creates one; afterwards /setup is a 404. */
export async function ownerExists(): Promise<boolean> {
  const [owner] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'owner')).limit(1);
  return Boolean(owner);
}
