import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { createTestCustomer } from '@/lib/services/email/test-fixtures';
import { changeStaffRole } from '@/lib/services/staff/change-staff-role';
import { removeStaffMember } from '@/lib/services/staff/remove-staff-member';

// The session token as Auth.js decodes it: it names the user, and carries the role it was issued with.
const session = vi.hoisted(() => ({ current: null as { user: { id: string; role: string } } | null }));
vi.mock('./auth', () => ({ auth: async () => session.current }));
const { getViewer } = await import('./viewer');

async function staffUser(role: 'owner' | 'admin' | 'support' | 'accountant') {
  const [user] = await db.insert(users).values({ email: `viewer-${randomUUID()}@example.test`, role }).returning();
  return user!;
}
const signedInAs = (id: string, role: string) => {
  session.current = { user: { id, role } };
};

beforeEach(() => {
  session.current = null;
});

describe('getViewer', () => {
  test('nobody signed in: null', async () => {
    expect(await getViewer()).toBeNull();
  });

  test('a customer: their customer record', async () => {
    const customer = await createTestCustomer();
    signedInAs(customer.userId, 'customer');
    expect(await getViewer()).toEqual({ userId: customer.userId, email: customer.email, role: 'customer', customerId: customer.id });
  });

  test('a demoted admin has the new role on the next request, whatever the token says', async () => {
    const owner = await staffUser('owner');
    const admin = await staffUser('admin');
    signedInAs(admin.id, 'admin');
    expect((await getViewer())!.role).toBe('admin');
    expect(await changeStaffRole({ userId: admin.id, role: 'support' }, { staffUserId: owner.id })).toEqual({ ok: true, value: { changed: true } });
    expect((await getViewer())!.role).toBe('support');
  });

  test('a removed staff member is nobody on the next request', async () => {
    const owner = await staffUser('owner');
    const admin = await staffUser('admin');
    signedInAs(admin.id, 'admin');
    expect(await getViewer()).not.toBeNull();
    expect((await removeStaffMember({ userId: admin.id }, { staffUserId: owner.id })).ok).toBe(true);
    expect(await getViewer()).toBeNull();
    expect(await db.select().from(users).where(eq(users.id, admin.id))).toEqual([]);
  });
});
