import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';

// The session is what these tests vary; Auth.js's signIn is what sends the link.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
const signIn = vi.hoisted(() => vi.fn(async () => 'http://localhost/signin/check-email'));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ signIn }));

const { addStaffMemberAction } = await import('./add-staff-member-action');
const { changeStaffRoleAction } = await import('./change-staff-role-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const asViewer = (user: { id: string; email: string; role: Viewer['role'] }): Viewer => ({ userId: user.id, email: user.email, role: user.role, customerId: null });

beforeEach(() => signIn.mockClear());

describe('addStaffMemberAction', () => {
  test('the owner adds a support member, who is e-mailed a sign-in link to the dashboard', async () => {
    const owner = await createStaffUser('owner');
    viewer.current = asViewer(owner);
    const email = `Sam.${randomUUID()}@Example.test`;
    const state = await addStaffMemberAction({}, form({ email, name: 'Sam', role: 'support' }));
    expect(state).toEqual({ notice: `${email.toLowerCase()} is added as support and has been e-mailed a sign-in link.` });
    expect(signIn).toHaveBeenCalledWith('email', { email: email.toLowerCase(), redirectTo: '/dashboard', redirect: false });
    expect(await db.select({ role: users.role }).from(users).where(eq(users.email, email.toLowerCase()))).toEqual([{ role: 'support' }]);
  });

  test('an admin cannot add staff: refused before anything is written or sent', async () => {
    const admin = await createStaffUser('admin');
    viewer.current = asViewer(admin);
    const email = `nope-${randomUUID()}@example.test`;
    expect(await addStaffMemberAction({}, form({ email, role: 'owner' }))).toEqual({ error: 'Your role does not allow you to manage the staff.' });
    expect(signIn).not.toHaveBeenCalled();
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });
});

describe('changeStaffRoleAction', () => {
  test('answers with the new role; an unknown role is refused', async () => {
    const owner = await createStaffUser('owner');
    const support = await createStaffUser('support');
    viewer.current = asViewer(owner);
    expect(await changeStaffRoleAction({}, form({ userId: support.id, role: 'accountant' }))).toEqual({ notice: 'Role changed to accountant.' });
    expect(await changeStaffRoleAction({}, form({ userId: support.id, role: 'staff' }))).toEqual({ error: 'Choose a role.' });
  });
});
