import { asc, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { isStaffRole, type StaffRole } from '@/lib/auth/permissions';

/** A staff member as the staff page lists them; dates as ISO strings. */
export type StaffMemberRow = {
  userId: string;
  email: string;
  name: string | null;
  role: StaffRole;
  /** Whether they have set a password (otherwise they sign in with e-mailed links). */
  hasPassword: boolean;
  addedAt: string;
};

/** Everyone on the shop's staff, owners first, then by e-mail. */
export async function listStaffMembers(): Promise<StaffMemberRow[]> {
  const rows = await db
    .select({ userId: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash, createdAt: users.createdAt })
    .from(users)
    .where(ne(users.role, 'customer'))
    .orderBy(asc(users.email));
  return rows
    .flatMap(({ role, passwordHash, createdAt, ...row }) =>
      isStaffRole(role) ? [{ ...row, role, hasPassword: passwordHash !== null, addedAt: createdAt.toISOString() }] : [],
    )
    .sort((a, b) => Number(b.role === 'owner') - Number(a.role === 'owner'));
}
