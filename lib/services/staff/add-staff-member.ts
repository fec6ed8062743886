import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import type { StaffRole } from '@/lib/auth/permissions';
import { err, ok, type Result } from '@/lib/billing/result';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { isUniqueViolation } from '@/lib/services/db-errors';
import { staffAuditState } from './lock-staff';

export type NewStaffMember = { email: string; name: string | null; role: StaffRole };

/**
 * A new staff member: a user with `role` and no password; they sign in with an e-mailed link
 * (the caller sends the first one) and may set a password later. Refused for an address that
 * already has an account: a customer's account never becomes a staff account (their orders and
 * invoices would sit behind a staff login), and a staff member is added once.
 */
export async function addStaffMember(input: NewStaffMember, actor: { staffUserId: string }): Promise<Result<{ userId: string }>> {
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx.select({ role: users.role }).from(users).where(eq(users.email, input.email));
      if (existing) return err(taken(input.email, existing.role));
      const [created] = await tx.insert(users).values({ email: input.email, name: input.name, role: input.role }).returning();
      await recordAudit(tx, {
        actorUserId: actor.staffUserId,
        action: 'staff.add',
        record: { type: 'user', id: created!.id },
        before: null,
        after: staffAuditState(created!),
      });
      return ok({ userId: created!.id });
    });
  } catch (error) {
    // The same address added twice at once: the second is told, like the check above.
    if (isUniqueViolation(error, 'users_email_key')) return err(`${input.email} already has an account.`);
    throw error;
  }
}

function taken(email: string, role: string): string {
  if (role === 'customer') return `${email} belongs to a customer account. Staff need an address of their own.`;
  return `${email} is already on the staff.`;
}
