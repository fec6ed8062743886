import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { users } from '@/db/schema';
import type { StaffRole } from '@/lib/auth/permissions';
import { ok, type Result } from '@/lib/billing/result';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { keepsAnOwner, lockStaff, staffAuditState } from './lock-staff';
import { onStaffAccessChanged } from './on-staff-access-changed';

/**
 * Gives a staff member another role. The shop always keeps an owner: the last one cannot be
 * demoted (not even by themselves). The person's sessions end with the change, so the new role
 * applies from their next request.
 */
export async function changeStaffRole(
  input: { userId: string; role: StaffRole },
  actor: { staffUserId: string },
): Promise<Result<{ changed: boolean }>> {
  return db.transaction((tx) => changeStaffRoleIn(tx, input, actor));
}

/** changeStaffRole in the caller's transaction. */
export async function changeStaffRoleIn(
  tx: Tx,
  input: { userId: string; role: StaffRole },
  actor: { staffUserId: string },
): Promise<Result<{ changed: boolean }>> {
  const locked = await lockStaff(tx, input.userId);
  if (!locked.ok) return locked;
  const { member } = locked.value;
  if (member.role === input.role) return ok({ changed: false });
  if (input.role !== 'owner') {
    const owner = keepsAnOwner(locked.value, 'change this role');
    if (!owner.ok) return owner;
  }
  const [updated] = await tx.update(users).set({ role: input.role }).where(eq(users.id, member.id)).returning();
  await recordAudit(tx, {
    actorUserId: actor.staffUserId,
    action: 'staff.role-change',
    record: { type: 'user', id: member.id },
    before: staffAuditState(member),
    after: staffAuditState(updated!),
  });
  await onStaffAccessChanged(tx, member.id);
  return ok({ changed: true });
}

