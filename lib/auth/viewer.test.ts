import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { createTestCustomer } from '@/lib/services/email/test-fixtures';
import { changeStaffRole } from '@/lib/services/staff/change-staff-role';
import { removeStaffMember } from '@/lib/services/staff/remove-staff-member';

// auth() answers what Auth.js answers for the request's session cookie: the app's own callbacks
// read the user on every request, so a token issued with an older role says nothing.
const session = vi.hoisted(() => ({ cookie: null as string | null }));
vi.mock('./auth', async () => {
  const { sessionOf } = await import('./test-session');
  return { auth: async () => (session.cookie ? sessionOf(session.cookie) : null) };
});
const { getViewer } = await import('./viewer');
const { signedInCookie } = await import('./test-session');

async function staffUser(role: 'owner' | 'admin' | 'support' | 'accountant') {
  const [user] = await db.insert(users).values({ email: `viewer-${randomUUID()}@example.test`, role }).returning();
  return user!;
}
const signedInAs = async (id: string) => {
  session.cookie = await signedInCookie(id);
};

beforeEach(() => {
  session.cookie = null;
});

describe('getViewer', () => {
  test('nobody signed in: null', async () => {
    expect(await getViewer()).toBeNull();
  });

  test('a customer: their customer record, unconfirmed until their address is proved', async () => {
    const customer = await createTestCustomer();
    await signedInAs(customer.userId);
    const viewer = { userId: customer.userId, email: customer.email, role: 'customer', customerId: customer.id };
    expect(await getViewer()).toEqual({ ...viewer, unconfirmed: true });
    await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, customer.userId));
    expect(await getViewer()).toEqual(viewer);
  });

  test('a demoted admin is signed out on the next request, and signs in again with the new role', async () => {
    const owner = await staffUser('owner');
    const admin = await staffUser('admin');
    await signedInAs(admin.id);
    expect((await getViewer())!.role).toBe('admin');
    expect(await changeStaffRole({ userId: admin.id, role: 'support' }, { staffUserId: owner.id })).toEqual({ ok: true, value: { changed: true } });
    expect(await getViewer()).toBeNull();
    await signedInAs(admin.id);
    expect((await getViewer())!.role).toBe('support');
  });

  test('a removed staff member is nobody on the next request', async () => {
    const owner = await staffUser('owner');
    const admin = await staffUser('admin');
    await signedInAs(admin.id);
    expect(await getViewer()).not.toBeNull();
    expect((await removeStaffMember({ userId: admin.id }, { staffUserId: owner.id })).ok).toBe(true);
    expect(await getViewer()).toBeNull();
    expect(await db.select().from(users).where(eq(users.id, admin.id))).toEqual([]);
  });
});
