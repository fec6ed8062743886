import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import SignInLinkEmail from '@/emails/sign-in-link';
import { queueEmail } from './queue-email';

const { locale: _locale, ...props } = SignInLinkEmail.PreviewProps;

function input(dedupeKey: string, to = `${randomUUID()}@example.test`) {
  return { template: 'sign-in-link' as const, to, locale: 'nl' as const, props, dedupeKey };
}

afterEach(() => vi.unstubAllEnvs());

describe('queueEmail', () => {
  test('renders and stores the message in the outbox', async () => {
    vi.stubEnv('RESEND_API_KEY', '');
    const key = `test:${randomUUID()}`;
    const { id, created } = await queueEmail(db, input(key));
    expect(created).toBe(true);
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({
      dedupeKey: key,
      template: 'sign-in-link',
      locale: 'nl',
      subject: 'Je inloglink voor Kadens Demo Shop',
      transport: 'outbox',
      status: 'stored',
      props,
    });
    expect(row!.html).toContain('<html');
    expect(row!.text).toContain('Inloggen');
  });

  test('the same dedupe key twice gives one row', async () => {
    const key = `test:${randomUUID()}`;
    const first = await queueEmail(db, input(key, 'first@example.test'));
    const second = await queueEmail(db, input(key, 'second@example.test'));
    expect(second).toEqual({ id: first.id, created: false });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.toAddress).toBe('first@example.test');
  });

  test('dedupes inside a transaction too', async () => {
    const key = `test:${randomUUID()}`;
    const results = await db.transaction(async (tx) => [await queueEmail(tx, input(key)), await queueEmail(tx, input(key))]);
    expect(results.map((r) => r.created)).toEqual([true, false]);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key))).toHaveLength(1);
  });

  test('a rolled-back transaction leaves no message', async () => {
    const key = `test:${randomUUID()}`;
    await expect(
      db.transaction(async (tx) => {
        await queueEmail(tx, input(key));
        throw new Error('order failed');
      }),
    ).rejects.toThrow('order failed');
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key))).toHaveLength(0);
  });

  test('with RESEND_API_KEY the message is queued for Resend', async () => {
    vi.stubEnv('RESEND_API_KEY', 're_test_key');
    const { id } = await queueEmail(db, input(`test:${randomUUID()}`));
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ transport: 'resend', status: 'queued' });
  });
});
