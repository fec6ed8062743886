import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import type { ResendBatchClient } from './send-queued-emails';
import { sendQueuedEmails } from './send-queued-emails';

// This file's own far-future day: the sender takes only rows created in the day before `now`, so
// no other test's queued messages are sent here and none of these elsewhere.
let day = 0;
const nextNow = () => new Date(Date.UTC(3660, 0, 1 + day++, 12));

async function queued(count: number, now: Date) {
  const rows = await db
    .insert(emailOutbox)
    .values(
      Array.from({ length: count }, (_, i) => ({
        dedupeKey: `send-queued-test:${randomUUID()}`,
        template: 'term-announcement',
        toAddress: `queued-${randomUUID()}@example.test`,
        subject: `Message ${i}`,
        props: {},
        html: `<p>${i}</p>`,
        text: String(i),
        transport: 'resend' as const,
        status: 'queued' as const,
        createdAt: new Date(now.getTime() - 60_000 + i),
      })),
    )
    .returning({ id: emailOutbox.id, toAddress: emailOutbox.toAddress });
  return rows;
}

const statusOf = async (ids: string[]) => db.select().from(emailOutbox).where(inArray(emailOutbox.id, ids));

type BatchAnswer = Awaited<ReturnType<ResendBatchClient['batch']['send']>>;
const accepted = (count: number, from = 0): BatchAnswer =>
  ({ data: { data: Array.from({ length: count }, (_, i) => ({ id: `re_${from + i}` })), errors: [] }, error: null, headers: null }) as unknown as BatchAnswer;
const limited = (): BatchAnswer => ({ data: null, error: { name: 'rate_limit_exceeded', statusCode: 429, message: 'Too many requests' }, headers: { 'retry-after': '1' } });

/** A Resend whose batch endpoint answers with `answer` per call (by default: accepts all), recording every message it took. */
function fakeResend(answer?: (payload: { to: string[] }[], call: number) => BatchAnswer) {
  const delivered: string[] = [];
  let calls = 0;
  const send = vi.fn(async (payload: { to: string[] }[]) => {
    // NOTE: a turn of the event loop, as a real request takes: two senders interleave here.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = answer ? answer(payload, calls++) : accepted(payload.length);
    if (!result.error) {
      const refused = new Set(((result.data as { errors?: { index: number }[] }).errors ?? []).map((e) => e.index));
      payload.forEach((message, index) => refused.has(index) || delivered.push(message.to[0]!));
    }
    return result;
  });
  const resend = { batch: { send }, emails: { send: vi.fn() } } as unknown as ResendBatchClient;
  return { resend, send, delivered };
}

const noPacing = { wait: async () => {} };

describe('sendQueuedEmails', () => {
  test('two senders at once send each queued message exactly once, 100 a request, and the outbox records every one as sent', async () => {
    const now = nextNow();
    const rows = await queued(250, now);
    const fake = fakeResend();

    const results = await Promise.all([
      sendQueuedEmails({ now, resend: fake.resend, pacer: noPacing }),
      sendQueuedEmails({ now, resend: fake.resend, pacer: noPacing }),
    ]);

    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(250);
    expect(fake.delivered.sort()).toEqual(rows.map((r) => r.toAddress).sort());
    expect(Math.max(...fake.send.mock.calls.map(([payload]) => payload.length))).toBeLessThanOrEqual(100);
    const stored = await statusOf(rows.map((r) => r.id));
    expect(stored.every((r) => r.status === 'sent' && r.providerMessageId?.startsWith('re_'))).toBe(true);
  });

  test('a message Resend refuses fails alone, with the reason; the others in its request are sent', async () => {
    const now = nextNow();
    const rows = await queued(3, now);
    const fake = fakeResend(() =>
      ({ data: { data: [{ id: 're_a' }, { id: 're_b' }], errors: [{ index: 1, message: 'Invalid `to` field.' }] }, error: null, headers: null }) as unknown as BatchAnswer,
    );

    expect(await sendQueuedEmails({ now, resend: fake.resend, pacer: noPacing })).toEqual({ sent: 2, failed: 1 });

    const byId = new Map((await statusOf(rows.map((r) => r.id))).map((r) => [r.id, r]));
    expect(byId.get(rows[0]!.id)).toMatchObject({ status: 'sent', providerMessageId: 're_a' });
    expect(byId.get(rows[1]!.id)).toMatchObject({ status: 'failed', error: expect.stringContaining('Invalid `to` field.') });
    expect(byId.get(rows[2]!.id)).toMatchObject({ status: 'sent', providerMessageId: 're_b' });
  });

  test('rate limited (429) and a server error (500): waits as asked, then backs off, and sends the batch once', async () => {
    const now = nextNow();
    const rows = await queued(5, now);
    const waits: number[] = [];
    const fake = fakeResend((payload, call) =>
      call === 0 ? limited() : call === 1 ? { data: null, error: { name: 'internal_server_error', statusCode: 500, message: 'oops' }, headers: {} } : accepted(payload.length),
    );

    const result = await sendQueuedEmails({ now, resend: fake.resend, pacer: noPacing, sleep: async (ms) => void waits.push(ms) });

    expect(result).toEqual({ sent: 5, failed: 0 });
    // Retry-After: 1 → a second; then no Retry-After → the second try's backoff (1 s ±20 %).
    expect(waits[0]).toBe(1000);
    expect(waits[1]).toBeGreaterThanOrEqual(800);
    expect(waits[1]).toBeLessThanOrEqual(1200);
    // The same idempotency key on every try: Resend sends a retried batch once.
    const keys = fake.send.mock.calls.map((call) => (call as unknown[])[1] as { idempotencyKey: string });
    expect(new Set(keys.map((k) => k.idempotencyKey)).size).toBe(1);
    expect(fake.delivered).toHaveLength(5);
    expect((await statusOf(rows.map((r) => r.id))).every((r) => r.status === 'sent')).toBe(true);
  });

  test('a refusal that is not worth retrying (422) fails the batch’s rows with the reason; nothing is lost from the outbox', async () => {
    const now = nextNow();
    const rows = await queued(2, now);
    const fake = fakeResend(() => ({ data: null, error: { name: 'validation_error', statusCode: 422, message: 'The from address is not verified.' }, headers: {} }));

    expect(await sendQueuedEmails({ now, resend: fake.resend, pacer: noPacing, sleep: async () => {} })).toEqual({ sent: 0, failed: 2 });
    expect(fake.send).toHaveBeenCalledTimes(1);
    expect((await statusOf(rows.map((r) => r.id))).map((r) => r.error)).toEqual([
      expect.stringContaining('not verified'),
      expect.stringContaining('not verified'),
    ]);
  });
});
