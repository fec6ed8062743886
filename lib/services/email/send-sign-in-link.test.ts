import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { sendSignInLink } from './send-sign-in-link';
import { createTestCustomer } from './test-fixtures';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

const keyOf = (url: string) => `sign-in-link:${createHash('sha256').update(url).digest('hex')}`;

describe('sendSignInLink', () => {
  test('writes to a customer in their language; one message per link', async () => {
    const customer = await createTestCustomer('nl');
    const url = `https://shop.example/api/auth/callback/email?token=${randomUUID()}`;
    await sendSignInLink({ to: customer.email, url });
    await sendSignInLink({ to: customer.email, url });

    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, keyOf(url)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ locale: 'nl', subject: 'Je inloglink voor Kadens Demo Shop', toAddress: customer.email });
    expect(rows[0]!.text).toContain(url);
    expect(rows[0]!.text).toContain('verloopt over 1 uur');
    expect(rows[0]!.dedupeKey).not.toContain('token');
  });

  test('an unknown address gets English unless a locale is given', async () => {
    const url = `https://shop.example/cb?token=${randomUUID()}`;
    await sendSignInLink({ to: `${randomUUID()}@example.test`, url });
    const url2 = `https://shop.example/cb?token=${randomUUID()}`;
    await sendSignInLink({ to: `${randomUUID()}@example.test`, url: url2, locale: 'de', expiresInMinutes: 15 });

    const [en] = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, keyOf(url)));
    const [de] = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, keyOf(url2)));
    expect(en!.locale).toBe('en');
    expect(de!.text).toContain('läuft in 15 Minuten ab');
  });
});
