import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers } from '@/db/schema';
import { auth, type Role } from './auth';

export type Viewer = { userId: string; email: string; role: Role; customerId: string | null };

/** Who is asking: read from the session in every page, action and route (never only in proxy). */
export async function getViewer(): Promise<Viewer | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  const [customer] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.userId, session.user.id))
    .limit(1);
  return {
    userId: session.user.id,
    email: session.user.email ?? '',
    role: session.user.role,
    customerId: customer?.id ?? null,
  };
}

export function isMerchant(viewer: Viewer | null): boolean {
  return viewer?.role === 'owner' || viewer?.role === 'staff';
}
