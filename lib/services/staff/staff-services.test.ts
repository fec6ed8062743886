import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { sessions, users, verificationTokens } from '@/db/schema';
import { auditEntriesOf, createStaffUser, rolledBack } from '@/lib/services/audit/audit-test-fixtures';
import { createTestCustomer } from '@/lib/services/email/test-fixtures';
import { addStaffMember } from './add-staff-member';
import { changeStaffRole, changeStaffRoleIn } from './change-staff-role';
import { removeStaffMember, removeStaffMemberIn } from './remove-staff-member';

const userRow = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0] ?? null;

describe('addStaffMember', () => {
  test('a new user with the role and no password, recorded with who added them', async () => {
    const owner = await createStaffUser('owner');
    const email = `new-${randomUUID()}@example.test`;
    const added = await addStaffMember({ email, name: 'Sam Support', role: 'support' }, { staffUserId: owner.id });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(await userRow(added.value.userId)).toMatchObject({ email, name: 'Sam Support', role: 'support', passwordHash: null });
    expect(await auditEntriesOf('user', added.value.userId)).toEqual([
      expect.objectContaining({
        action: 'staff.add',
        actorUserId: owner.id,
        actorEmail: owner.email,
        actorRole: 'owner',
        before: null,
        after: { email, name: 'Sam Support', role: 'support' },
      }),
    ]);
  });

  test('a customer’s address never becomes a staff account (no way to act as that customer)', async () => {
    const owner = await createStaffUser('owner');
    const customer = await createTestCustomer();
    const added = await addStaffMember({ email: customer.email, name: null, role: 'admin' }, { staffUserId: owner.id });
    expect(added).toEqual({ ok: false, error: `${customer.email} belongs to a customer account. Staff need an address of their own.` });
    expect(await userRow(customer.userId)).toMatchObject({ role: 'customer' });
  });

  test('a staff member is added once', async () => {
    const owner = await createStaffUser('owner');
    const admin = await createStaffUser('admin');
    expect(await addStaffMember({ email: admin.email, name: null, role: 'support' }, { staffUserId: owner.id })).toEqual({
      ok: false,
      error: `${admin.email} is already on the staff.`,
    });
    expect(await userRow(admin.id)).toMatchObject({ role: 'admin' });
  });
});

describe('changeStaffRole', () => {
  test('changes the role, ends the person’s database sessions, and records before and after', async () => {
    const owner = await createStaffUser('owner');
    const admin = await createStaffUser('admin', 'Ada Admin');
    await db.insert(sessions).values({ sessionToken: randomUUID(), userId: admin.id, expires: new Date(Date.now() + 86_400_000) });
    expect(await changeStaffRole({ userId: admin.id, role: 'accountant' }, { staffUserId: owner.id })).toEqual({ ok: true, value: { changed: true } });
    expect(await userRow(admin.id)).toMatchObject({ role: 'accountant' });
    expect(await db.select().from(sessions).where(eq(sessions.userId, admin.id))).toEqual([]);
    const [entry] = await auditEntriesOf('user', admin.id);
    expect(entry).toMatchObject({
      action: 'staff.role-change',
      actorUserId: owner.id,
      before: { email: admin.email, name: 'Ada Admin', role: 'admin' },
      after: { email: admin.email, name: 'Ada Admin', role: 'accountant' },
    });
  });

  test('the same role again changes nothing and records nothing; a customer is not staff', async () => {
    const owner = await createStaffUser('owner');
    const support = await createStaffUser('support');
    expect(await changeStaffRole({ userId: support.id, role: 'support' }, { staffUserId: owner.id })).toEqual({ ok: true, value: { changed: false } });
    expect(await auditEntriesOf('user', support.id)).toEqual([]);
    const customer = await createTestCustomer();
    expect(await changeStaffRole({ userId: customer.userId, role: 'admin' }, { staffUserId: owner.id })).toEqual({
      ok: false,
      error: 'That staff member does not exist (any more). Reload the page.',
    });
    expect(await userRow(customer.userId)).toMatchObject({ role: 'customer' });
  });

  test('the last owner cannot demote themselves, nor be removed; with a second owner they can', async () => {
    const owner = await createStaffUser('owner');
    // Only this owner: the others are made admins in a transaction that is rolled back afterwards.
    const [demoted, removed] = await rolledBack(async (tx) => {
      // No other test file may add an owner meanwhile (test files share the database).
      await tx.execute(sql`lock table users in exclusive mode`);
      await tx.update(users).set({ role: 'admin' }).where(and(eq(users.role, 'owner'), ne(users.id, owner.id)));
      return [
        await changeStaffRoleIn(tx, { userId: owner.id, role: 'admin' }, { staffUserId: owner.id }),
        await removeStaffMemberIn(tx, { userId: owner.id }, { staffUserId: owner.id }),
      ];
    });
    expect(demoted).toEqual({ ok: false, error: `${owner.email} is the only owner: make someone else owner first, then change this role.` });
    expect(removed).toEqual({ ok: false, error: `${owner.email} is the only owner: make someone else owner first, then remove them.` });

    const second = await createStaffUser('owner');
    expect(await changeStaffRole({ userId: owner.id, role: 'admin' }, { staffUserId: owner.id })).toEqual({ ok: true, value: { changed: true } });
    expect(await userRow(second.id)).toMatchObject({ role: 'owner' });
  });

  test('two owners changing roles at once are taken one after the other (the owner count is never stale)', async () => {
    const [a, b] = [await createStaffUser('owner'), await createStaffUser('owner')];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let firstDone = false;
    const first = db.transaction(async (tx) => {
      const result = await changeStaffRoleIn(tx, { userId: a.id, role: 'admin' }, { staffUserId: b.id });
      await gate;
      firstDone = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    let secondSawFirst: boolean | null = null;
    const second = changeStaffRole({ userId: b.id, role: 'admin' }, { staffUserId: a.id }).then((result) => {
      secondSawFirst = firstDone;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(secondSawFirst).toBeNull(); // still waiting for the owners' locks
    release();
    expect((await first).ok).toBe(true);
    expect((await second).ok).toBe(true);
    expect(secondSawFirst).toBe(true);
  });
});

describe('removeStaffMember', () => {
  test('deletes the account, its sessions and waiting sign-in links; the audit entry keeps who it was', async () => {
    const owner = await createStaffUser('owner');
    const support = await createStaffUser('support', 'Sue');
    await db.insert(sessions).values({ sessionToken: randomUUID(), userId: support.id, expires: new Date(Date.now() + 86_400_000) });
    await db.insert(verificationTokens).values({ identifier: support.email, token: randomUUID(), expires: new Date(Date.now() + 3_600_000) });
    expect(await removeStaffMember({ userId: support.id }, { staffUserId: owner.id })).toEqual({ ok: true, value: { email: support.email } });
    expect(await userRow(support.id)).toBeNull();
    expect(await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, support.email))).toEqual([]);
    expect(await auditEntriesOf('user', support.id)).toEqual([
      expect.objectContaining({ action: 'staff.remove', actorEmail: owner.email, before: { email: support.email, name: 'Sue', role: 'support' }, after: null }),
    ]);
  });

  test('an owner who leaves while another owner stays: the entry still names them', async () => {
    const [leaving] = [await createStaffUser('owner'), await createStaffUser('owner')];
    expect((await removeStaffMember({ userId: leaving!.id }, { staffUserId: leaving!.id })).ok).toBe(true);
    expect(await auditEntriesOf('user', leaving!.id)).toEqual([expect.objectContaining({ actorEmail: leaving!.email, actorRole: 'owner' })]);
  });
});
