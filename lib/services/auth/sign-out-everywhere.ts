import { db } from '@/db/client';
import { revokeUserSessions } from './revoke-user-sessions';

/** "Sign out everywhere": every session of the user ends on its next request, this one too. */
export async function signOutEverywhere(userId: string): Promise<void> {
  await revokeUserSessions(db, userId);
}
