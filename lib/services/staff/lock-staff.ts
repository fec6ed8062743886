import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users, type User } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { isStaffRole } from '@/lib/auth/permissions';

export type LockedStaff = { member: User; owners: string[] };

/**
 * The staff member `userId` and the ids of every owner, all locked (FOR UPDATE, owners first) so
 * that two owners demoting or removing each other at the same time cannot leave the shop with no
 * owner: the second waits for the first and then counts what it left.
 */
export async function lockStaff(tx: Tx, userId: string): Promise<Result<LockedStaff>> {
  const owners = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'owner')).orderBy(users.id).for('update');
  const [member] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, userId), ne(users.role, 'customer')))
    .for('update');
  if (!member || !isStaffRole(member.role)) return err('That staff member does not exist (any more). Reload the page.');
  return ok({ member, owners: owners.map((owner) => owner.id) });
}

/** Refused when the change would take the shop's last owner away. */
export function keepsAnOwner({ member, owners }: LockedStaff, change: string): Result<null> {
  if (member.role === 'owner' && owners.length <= 1) {
    return err(`${member.email} is the only owner: make someone else owner first, then ${change}.`);
  }
  return ok(null);
}

/** What the audit log keeps of a staff member. */
export const staffAuditState = (user: Pick<User, 'email' | 'name' | 'role'>) => ({ email: user.email, name: user.name, role: user.role });
