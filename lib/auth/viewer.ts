import { findViewerAccount } from '@/db/queries/auth/find-viewer-account';
import { auth, type Role } from './auth';

export type Viewer = { userId: string; email: string; role: Role; customerId: string | null };

/**
 * Who is asking: read from the session in every page, action and route (never only in proxy).
 * The session names the user; their role and customer record come from the database, so a
 * demoted or removed staff member has the new rights (or none) on their next request.
 */
export async function getViewer(): Promise<Viewer | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  const account = await findViewerAccount(session.user.id);
  if (!account) return null;
  return { userId: session.user.id, ...account };
}
