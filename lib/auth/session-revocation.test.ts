import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers, users } from '@/db/schema';
import { revokeUserSessions } from '@/lib/services/auth/revoke-user-sessions';
import { cookieFor, sessionOf, signedInCookie } from './test-session';

async function newUser(values: Partial<typeof users.$inferInsert> = {}) {
  const [user] = await db
    .insert(users)
    .values({ email: `session-${randomUUID()}@example.com`, role: 'admin', emailVerified: new Date(), ...values })
    .returning();
  return user!;
}

describe('sessions are checked against the user on every request', () => {
  test('a revoked session is signed out on its next request; a new sign-in works', async () => {
    const user = await newUser();
    const cookie = await signedInCookie(user.id);
    expect((await sessionOf(cookie))?.user).toMatchObject({ id: user.id, email: user.email, role: 'admin' });

    await revokeUserSessions(db, user.id);

    expect(await sessionOf(cookie)).toBeNull();
    const fresh = await signedInCookie(user.id);
    expect((await sessionOf(fresh))?.user?.id).toBe(user.id);
  });

  test('a role change shows on the next request, without signing in again', async () => {
    const user = await newUser({ role: 'owner' });
    const cookie = await signedInCookie(user.id);
    await db.update(users).set({ role: 'admin' }).where(eq(users.id, user.id));
    expect((await sessionOf(cookie))?.user?.role).toBe('admin');
  });

  test('a deleted user is signed out', async () => {
    const user = await newUser();
    const cookie = await signedInCookie(user.id);
    await db.delete(users).where(eq(users.id, user.id));
    expect(await sessionOf(cookie)).toBeNull();
  });

  test('a session issued before session versions existed counts as version 0', async () => {
    const user = await newUser();
    const old = await cookieFor({ uid: user.id, role: 'admin' });
    expect((await sessionOf(old))?.user?.id).toBe(user.id);
    await revokeUserSessions(db, user.id);
    expect(await sessionOf(old)).toBeNull();
  });

  test('the session names the customer, and says whether their address is confirmed', async () => {
    const user = await newUser({ role: 'customer', emailVerified: null });
    const [customer] = await db
      .insert(customers)
      .values({ userId: user.id, name: 'Una Confirmed', email: user.email, addressLine1: 'Weg 1', postalCode: '1000', city: 'Oslo', country: 'NO' })
      .returning();
    const cookie = await signedInCookie(user.id);
    expect((await sessionOf(cookie))?.user).toMatchObject({ customerId: customer!.id, unconfirmed: true });
    await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));
    expect((await sessionOf(cookie))?.user).toMatchObject({ customerId: customer!.id, unconfirmed: false });
  });
});
