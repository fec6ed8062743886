import { spawn } from 'node:child_process';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { domainEvents, emailOutbox, invoices, orders } from '@/db/schema';
import { tick } from '@/lib/services/billing/tick';
import { pendingCheckout } from '@/lib/services/credit-notes/credit-note-fixtures';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { DIED_AFTER_COMMIT } from '@/test/support/settle-then-exit';
import { payerChooses } from '@/test/support/checkout-fixtures';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

/** Settles the payment in a process of its own, which dies right after the commit; resolves its exit code. */
function settleAndDie(paymentId: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/support/settle-then-exit.ts'), paymentId], {
      env: { ...process.env, INNGEST_EVENT_KEY: '', INNGEST_DEV: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('exit', (code) => (code === DIED_AFTER_COMMIT ? resolve(code) : reject(new Error(`exit ${code}: ${stderr.slice(-2000)}`))));
  });
}

const outboxCount = async (dedupeKey: string) => (await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, dedupeKey))).length;

describe('a process that dies right after the commit of a paid checkout', () => {
  test('loses nothing: on restart the order confirmation and the invoice e-mail go out, exactly once', { timeout: 90_000 }, async () => {
    const { order, payment } = await pendingCheckout();
    await payerChooses(payment.providerPaymentId!, 'paid');

    expect(await settleAndDie(payment.id)).toBe(DIED_AFTER_COMMIT);

    // The payment committed, and with it the events it has to be followed by; nothing was sent.
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0]).toMatchObject({ status: 'paid' });
    const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, order.id));
    const subjects = [order.id, invoice!.id];
    const events = () => db.select().from(domainEvents).where(inArray(domainEvents.subjectId, subjects));
    expect((await events()).map((e) => [e.name, e.deliveredAt, e.attempts]).sort()).toEqual([
      ['billing/invoice.finalized', null, 0],
      ['shop/order.paid', null, 0],
    ]);
    expect(await outboxCount(`order-confirmation:${order.id}`)).toBe(0);
    expect(await outboxCount(`invoice:${invoice!.id}`)).toBe(0);

    // The restart, once the grace left to the dead process's nudge is over: the embedded sweep
    // runs, and runs again.
    await db.update(domainEvents).set({ nextAttemptAt: new Date(Date.now() - 1000) }).where(inArray(domainEvents.subjectId, subjects));
    const clock = await createTestClock({ name: 'after the crash', startAt: new Date('2026-06-01T00:00:00Z') });
    for (let sweep = 0; sweep < 2; sweep += 1) {
      await tick({ now: new Date('2026-06-01T00:00:00Z'), scope: { kind: 'test-clock', clockId: clock.id } });
    }

    expect(await outboxCount(`order-confirmation:${order.id}`)).toBe(1);
    expect(await outboxCount(`invoice:${invoice!.id}`)).toBe(1);
    for (const event of await events()) expect(event).toMatchObject({ attempts: 1, deliveredAt: expect.any(Date) });
  });
});
