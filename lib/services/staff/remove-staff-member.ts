import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { customers, users, verificationTokens } from '@/db/schema';
import { ok, type Result } from '@/lib/billing/result';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { keepsAnOwner, lockStaff, staffAuditState } from './lock-staff';
import { onStaffAccessChanged } from './on-staff-access-changed';

/**
 * Removes a staff member: their account is deleted (with its sessions and any sign-in link still
 * waiting), so they are nobody from their next request on; the audit log keeps what they did,
 * under the e-mail they had. The shop's last owner cannot be removed.
 *
 * NOTE: an account that is also a customer's (from before roles were separated) cannot be
 * deleted, since invoices point at the customer: it goes back to being a customer account.
 */
export async function removeStaffMember(input: { userId: string }, actor: { staffUserId: string }): Promise<Result<{ email: string }>> {
  return db.transaction((tx) => removeStaffMemberIn(tx, input, actor));
}

/** removeStaffMember in the caller's transaction. */
export async function removeStaffMemberIn(tx: Tx, input: { userId: string }, actor: { staffUserId: string }): Promise<Result<{ email: string }>> {
  const locked = await lockStaff(tx, input.userId);
  if (!locked.ok) return locked;
  const { member } = locked.value;
  const owner = keepsAnOwner(locked.value, 'remove them');
  if (!owner.ok) return owner;

  const [customer] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.userId, member.id));
  // Recorded first: the actor may be removing themselves, and the entry keeps their e-mail.
  await recordAudit(tx, {
    actorUserId: actor.staffUserId,
    action: 'staff.remove',
    record: { type: 'user', id: member.id },
    before: staffAuditState(member),
    after: customer ? { ...staffAuditState(member), role: 'customer' } : null,
  });
  await onStaffAccessChanged(tx, member.id);
  await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, member.email));
  if (customer) await tx.update(users).set({ role: 'customer' }).where(eq(users.id, member.id));
  else await tx.delete(users).where(eq(users.id, member.id));
  return ok({ email: member.email });
}
