import { inArray } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { db } from './client';
import { DEMO_CUSTOMER, DEMO_MERCHANT } from './demo-data';
import { users } from './schema';

// The test database is seeded by seedDemoShop (test/global-setup.ts): one hash for both accounts'
// shared README password, each account signing in with it.
test('the demo accounts sign in with the passwords the README publishes', async () => {
  const rows = await db.select({ email: users.email, hash: users.passwordHash }).from(users).where(inArray(users.email, [DEMO_MERCHANT.email, DEMO_CUSTOMER.email]));
  expect(rows).toHaveLength(2);
  for (const { email, hash } of rows) {
    const password = email === DEMO_MERCHANT.email ? DEMO_MERCHANT.password : DEMO_CUSTOMER.password;
    expect(await verifyPassword(password, hash!)).toBe(true);
    expect(await verifyPassword(`${password}-not`, hash!)).toBe(false);
  }
});
