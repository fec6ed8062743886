import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import SignInLinkEmail from '@/emails/sign-in-link';
import type { ResendClient } from './email-transport';
import { queueEmail } from './queue-email';
import { retryPendingEmails } from './retry-pending-emails';

const { locale: _locale, ...props } = SignInLinkEmail.PreviewProps;

async function queuedAt(createdAt: Date, status: 'queued' | 'failed' = 'queued') {
  const { id } = await queueEmail(db, {
    template: 'sign-in-link',
    to: `${randomUUID()}@example.test`,
    locale: 'en',
    props,
    dedupeKey: `test:${randomUUID()}`,
  });
  await db.update(emailOutbox).set({ createdAt, status }).where(eq(emailOutbox.id, id));
  return id;
}

beforeEach(() => vi.stubEnv('RESEND_API_KEY', 're_test_key'));
afterEach(() => vi.unstubAllEnvs());

describe('retryPendingEmails', () => {
  test('delivers queued and failed rows inside the window, leaves the rest', async () => {
    // A clock far in the future, so rows of other tests are outside its window.
    const now = new Date(Date.UTC(2100, 0, 1, 12));
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const queued = await queuedAt(ago(5 * 60_000));
    const failed = await queuedAt(ago(60 * 60_000), 'failed');
    const tooNew = await queuedAt(ago(1_000));
    const tooOld = await queuedAt(ago(25 * 60 * 60_000), 'failed');

    const send = vi.fn<ResendClient['emails']['send']>(async (_payload, options) =>
      options?.idempotencyKey && (await isRow(failed, options.idempotencyKey))
        ? { data: null, error: { name: 'rate_limit_exceeded', message: 'Too many requests', statusCode: 429 }, headers: {} }
        : { data: { id: 're_retry' }, error: null, headers: {} },
    );

    await expect(retryPendingEmails({ now, resend: { emails: { send } } })).resolves.toEqual({ sent: 1, failed: 1 });

    const rows = await db.select().from(emailOutbox).where(inArray(emailOutbox.id, [queued, failed, tooNew, tooOld]));
    const statusOf = (id: string) => rows.find((r) => r.id === id)!.status;
    expect([statusOf(queued), statusOf(failed), statusOf(tooNew), statusOf(tooOld)]).toEqual(['sent', 'failed', 'queued', 'failed']);
    expect(rows.find((r) => r.id === failed)!.error).toBe('rate_limit_exceeded: Too many requests');
  });
});

async function isRow(id: string, dedupeKey: string) {
  const [row] = await db.select({ key: emailOutbox.dedupeKey }).from(emailOutbox).where(eq(emailOutbox.id, id));
  return row?.key === dedupeKey;
}
