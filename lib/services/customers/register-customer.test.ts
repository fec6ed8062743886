import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers, users } from '@/db/schema';
import { newCustomer } from '@/test/support/checkout-fixtures';
import { registerCustomer } from './register-customer';

const address = {
  name: 'Second Try',
  password: 'another password',
  companyName: null,
  vatId: null,
  addressLine1: 'Somewhere 1',
  addressLine2: null,
  postalCode: '1000 AA',
  city: 'Amsterdam',
  country: 'NL' as const,
  locale: 'en' as const,
};

describe('registerCustomer', () => {
  test('a second registration with the same e-mail is refused and writes nothing', async () => {
    const { email } = await newCustomer('twice');
    const before = await db.select().from(customers).where(eq(customers.email, email));
    const again = await registerCustomer({ ...address, email }, { requirePassword: true });
    // For the caller to act on (registerAction answers as for a new address), never to show.
    expect(again).toMatchObject({ ok: false, error: { code: 'email_taken', field: 'email' } });
    expect(await db.select().from(customers).where(eq(customers.email, email))).toHaveLength(before.length);
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });

  test('the account starts unconfirmed: it shows nothing until the address is confirmed', async () => {
    const { email } = await newCustomer('unconfirmed');
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user!.emailVerified).toBeNull();
  });

  test('the password is stored hashed, never as typed', async () => {
    const { email } = await newCustomer('hashed');
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user!.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(user!.passwordHash).not.toContain('correct horse battery');
  });

  test('a shop that requires passwords refuses a registration without one', async () => {
    const email = `nopass-${Date.now()}@example.com`;
    const result = await registerCustomer({ ...address, email, password: undefined }, { requirePassword: true });
    expect(result.ok).toBe(false);
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
  });
});
