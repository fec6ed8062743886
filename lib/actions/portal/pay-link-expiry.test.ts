import crypto, { randomUUID } from 'node:crypto';
import { addDays } from 'date-fns/addDays';
import { and, eq, like } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, invoices, shopSettings } from '@/db/schema';
import { createPayableInvoice } from '@/lib/services/payments/payment-test-fixtures';
import { payLinkToken } from '@/lib/services/payments/pay-link';
import { payLinksIn } from '@/test/support/pay-links';

// The request: a client address per test (limits count by it) and no Next.js runtime.
const request = vi.hoisted(() => ({ ip: '' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': request.ip }) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));

const { openPayLink } = await import('@/lib/services/payments/open-pay-link');
const { requestPayLinkAction } = await import('./request-pay-link-action');
const { payByLinkAction } = await import('./pay-by-link-action');
const { initialActionState } = await import('@/lib/actions/action-state');

beforeEach(() => {
  request.ip = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const freshLinkMails = (invoiceId: string) =>
  db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.template, 'pay-link'), like(emailOutbox.dedupeKey, `pay-link:${invoiceId}:%`)));
const SENT = 'If this invoice can still be paid, we have e-mailed a new payment link to the address we have on file for this account.';

describe('pay links expire', () => {
  test('a link works for 60 days from when it was issued (the default), then the page says it expired', async () => {
    const { invoice } = await createPayableInvoice();
    expect((await openPayLink(payLinkToken(invoice.id, daysAgo(59)), new Date())).kind).toBe('payable');
    const expired = await openPayLink(payLinkToken(invoice.id, daysAgo(61)), new Date());
    expect(expired).toMatchObject({ kind: 'expired', invoice: { id: invoice.id, number: invoice.number } });
  });

  test('a link from before links carried their issue time counts from the invoice’s issue', async () => {
    const { invoice } = await createPayableInvoice();
    const secret = process.env.AUTH_SECRET!;
    const legacy = `${invoice.id}.${crypto.createHmac('sha256', secret).update(`pay:${invoice.id}`).digest('base64url').slice(0, 32)}`;
    await db.update(invoices).set({ issuedAt: daysAgo(10) }).where(eq(invoices.id, invoice.id));
    expect((await openPayLink(legacy, new Date())).kind).toBe('payable');
    await db.update(invoices).set({ issuedAt: daysAgo(70) }).where(eq(invoices.id, invoice.id));
    expect((await openPayLink(legacy, new Date())).kind).toBe('expired');
  });

  test('the link of a paid or voided invoice is never usable, however young', async () => {
    const paid = await createPayableInvoice({ status: 'paid' });
    const voided = await createPayableInvoice({ status: 'void' });
    expect((await openPayLink(payLinkToken(paid.invoice.id), new Date())).kind).toBe('paid');
    expect((await openPayLink(payLinkToken(voided.invoice.id), new Date())).kind).toBe('closed');
    const refused = await payByLinkAction(initialActionState, form({ token: payLinkToken(voided.invoice.id), method: 'ideal' }));
    expect(refused).toEqual({ error: 'There is nothing left to pay on this invoice.' });
  });

  test('“Pay now” on an expired link is refused and starts no payment', async () => {
    const { invoice } = await createPayableInvoice();
    const answer = await payByLinkAction(initialActionState, form({ token: payLinkToken(invoice.id, daysAgo(61)), method: 'ideal' }));
    expect(answer).toEqual({ error: 'This pay link has expired. Reload the page to ask for a new one, or sign in to Min Side.' });
  });

  test('the validity is the shop’s setting', async () => {
    const { invoice } = await createPayableInvoice();
    const token = payLinkToken(invoice.id, daysAgo(8));
    expect((await openPayLink(token, new Date())).kind).toBe('payable');
    await db.update(shopSettings).set({ payLinkValidDays: 7 });
    try {
      expect((await openPayLink(token, new Date())).kind).toBe('expired');
    } finally {
      await db.update(shopSettings).set({ payLinkValidDays: 60 });
    }
  });
});

describe('“E-mail me a new link” on an expired link', () => {
  test('mails a fresh, working link to the address on file; the answer names no address', async () => {
    const { invoice, customer } = await createPayableInvoice({ totalMinor: 4150 });
    const expiredToken = payLinkToken(invoice.id, daysAgo(61));
    const before = Date.now();

    expect(await requestPayLinkAction(initialActionState, form({ token: expiredToken, email: 'attacker@example.com' }))).toEqual({ notice: SENT });

    const mails = await freshLinkMails(invoice.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toAddress: customer.email, template: 'pay-link' });
    const [link] = payLinksIn(mails[0]!.html);
    expect(link!.invoiceId).toBe(invoice.id);
    expect(link!.issuedAt!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect((await openPayLink(link!.token, new Date())).kind).toBe('payable');
    expect(mails[0]!.html).toContain(invoice.number!);
    expect(mails[0]!.subject).toContain(`A new link to pay invoice ${invoice.number}`);
    // The fresh link, too, expires after the shop's validity.
    expect((await openPayLink(link!.token, addDays(new Date(), 61))).kind).toBe('expired');
  });

  test('the same answer, and no e-mail, for a paid invoice and for a forged link', async () => {
    const paid = await createPayableInvoice({ status: 'paid' });
    expect(await requestPayLinkAction(initialActionState, form({ token: payLinkToken(paid.invoice.id, daysAgo(61)) }))).toEqual({ notice: SENT });
    expect(await freshLinkMails(paid.invoice.id)).toEqual([]);

    const { invoice } = await createPayableInvoice();
    const [, issued] = payLinkToken(invoice.id, daysAgo(61)).split('.');
    const forged = `${invoice.id}.${issued}.${'A'.repeat(32)}`;
    expect(await requestPayLinkAction(initialActionState, form({ token: forged }))).toEqual({ notice: SENT });
    expect(await freshLinkMails(invoice.id)).toEqual([]);
  });

  test('limited per invoice: no mailbox is flooded', async () => {
    const { invoice } = await createPayableInvoice();
    const token = payLinkToken(invoice.id, daysAgo(61));
    for (let i = 0; i < 3; i++) {
      request.ip = `203.0.113.9-${randomUUID()}`;
      expect(await requestPayLinkAction(initialActionState, form({ token }))).toEqual({ notice: SENT });
    }
    request.ip = `203.0.113.9-${randomUUID()}`;
    const limited = await requestPayLinkAction(initialActionState, form({ token }));
    expect(limited).toMatchObject({ error: expect.stringContaining('Too many') });
    expect(await freshLinkMails(invoice.id)).toHaveLength(3);
  });
});
