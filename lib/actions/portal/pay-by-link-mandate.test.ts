import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, paymentMethods, payments } from '@/db/schema';
import { createPayableInvoice } from '@/lib/services/payments/payment-test-fixtures';
import { payLinkToken } from '@/lib/services/payments/pay-link';
import { settleInvoicePayment } from '@/lib/services/payments/settle-invoice-payment';
import { payerChooses } from '@/test/support/checkout-fixtures';

// The request: a client address per test (limits count by it) and no Next.js runtime.
const request = vi.hoisted(() => ({ ip: '' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': request.ip }) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
}));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));

const { payByLinkAction } = await import('./pay-by-link-action');
const { initialActionState } = await import('@/lib/actions/action-state');

beforeEach(() => {
  request.ip = `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

/** A customer whose autopay charges their card on file, and an open invoice of theirs. */
async function customerWithAutopay() {
  const { invoice, customer } = await createPayableInvoice();
  await db.insert(paymentMethods).values({
    customerId: customer.id,
    provider: 'test',
    type: 'card',
    label: 'Visa •••• 4242',
    mandateRef: `mandate-on-file-${randomUUID()}`,
    isDefault: true,
  });
  return { invoice, customer };
}

/** "Pay now" on the pay link page, then the payer pays on the provider's page. */
async function payByLink(invoiceId: string, fields: Record<string, string>) {
  const data = new FormData();
  data.set('token', payLinkToken(invoiceId));
  data.set('method', 'ideal');
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  await expect(payByLinkAction(initialActionState, data)).rejects.toMatchObject({ message: 'NEXT_REDIRECT' });
  const [payment] = await db.select().from(payments).where(eq(payments.invoiceId, invoiceId));
  await payerChooses(payment!.providerPaymentId!, 'paid');
  expect(await settleInvoicePayment({ paymentId: payment!.id, now: new Date() })).toMatchObject({ status: 'paid' });
  return payment!;
}

const defaultMethodOf = async (customerId: string) =>
  (await db.select().from(paymentMethods).where(and(eq(paymentMethods.customerId, customerId), eq(paymentMethods.isDefault, true))))[0];
const methodMails = (paymentId: string) => db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `autopay-method-saved:${paymentId}`));

describe('paying by link and the autopay method', () => {
  test('without “use for future payments” the payer’s method is not saved: autopay keeps the card on file', async () => {
    const { invoice, customer } = await customerWithAutopay();
    const before = await defaultMethodOf(customer.id);

    const payment = await payByLink(invoice.id, {});

    expect(await defaultMethodOf(customer.id)).toEqual(before);
    expect(await db.select().from(paymentMethods).where(eq(paymentMethods.customerId, customer.id))).toHaveLength(1);
    expect(await methodMails(payment.id)).toEqual([]);
  });

  test('with “use for future payments” ticked it becomes the autopay method, and the customer is told by e-mail', async () => {
    const { invoice, customer } = await customerWithAutopay();

    const payment = await payByLink(invoice.id, { saveMethod: 'yes' });

    expect(await defaultMethodOf(customer.id)).toMatchObject({ type: 'ideal', provider: 'test', mandateRef: expect.stringMatching(/^tm_ok_/) });
    const mails = await methodMails(payment.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toAddress: customer.email, template: 'autopay-method-saved' });
    expect(mails[0]!.html).toContain(invoice.number!);
    expect(mails[0]!.html).toContain('iDEAL');

    // The provider reporting it again (a webhook after the return) sends nothing more.
    await settleInvoicePayment({ paymentId: payment.id, now: new Date() });
    expect(await methodMails(payment.id)).toHaveLength(1);
  });
});
