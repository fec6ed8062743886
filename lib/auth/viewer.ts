import { findUserCustomerId } from '@/db/queries/customers/find-user-customer-id';
import { auth, type Role } from './auth';

export type Viewer = { userId: string; email: string; role: Role; customerId: string | null };

/** Who is asking: read from the session in every page, action and route (never only in proxy). */
export async function getViewer(): Promise<Viewer | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  return {
    userId: session.user.id,
    email: session.user.email ?? '',
    role: session.user.role,
    customerId: await findUserCustomerId(session.user.id),
  };
}
