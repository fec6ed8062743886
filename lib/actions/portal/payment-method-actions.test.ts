import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { paymentMethods } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { createTestCustomer } from '@/lib/services/email/test-fixtures';
import { saveMethod } from '@/lib/services/payment-methods/payment-method-test-fixtures';

// The session is what these tests vary; Next's redirect and notFound throw, as they do in Next.
const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
}));

const { setDefaultPaymentMethodAction } = await import('./set-default-payment-method-action');
const { removePaymentMethodAction } = await import('./remove-payment-method-action');
const { payInvoiceWithSavedMethodAction } = await import('./pay-invoice-with-saved-method-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const signedInAs = (customer: { id: string; userId: string; email: string }) => {
  viewer.current = { userId: customer.userId, email: customer.email, role: 'customer', customerId: customer.id };
};
const rowsOf = (customerId: string) => db.select().from(paymentMethods).where(eq(paymentMethods.customerId, customerId));

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'http://shop.test');
});
afterEach(() => vi.unstubAllEnvs());

describe('payment method actions', () => {
  test("another customer's method id is a 404 and changes nothing", async () => {
    const owner = await createTestCustomer();
    const stranger = await createTestCustomer();
    await saveMethod(owner.id, { method: 'paypal' });
    await saveMethod(owner.id);
    const before = await rowsOf(owner.id);
    const notDefault = before.find((m) => !m.isDefault)!;

    signedInAs(stranger);
    await expect(setDefaultPaymentMethodAction({}, form({ methodId: notDefault.id }))).rejects.toThrow('NEXT_NOT_FOUND');
    await expect(removePaymentMethodAction({}, form({ methodId: notDefault.id, switchToInvoice: 'on' }))).rejects.toThrow('NEXT_NOT_FOUND');
    expect(await rowsOf(owner.id)).toEqual(before);

    // The owner may.
    signedInAs(owner);
    await expect(setDefaultPaymentMethodAction({}, form({ methodId: notDefault.id }))).rejects.toMatchObject({ url: '/account/payment-methods?done=default' });
    expect((await rowsOf(owner.id)).find((m) => m.isDefault)?.id).toBe(notDefault.id);
  });

  test('removing the last method while autopay is on answers with the reason, and keeps it', async () => {
    const customer = await createTestCustomer();
    await saveMethod(customer.id);
    const [only] = await rowsOf(customer.id);
    signedInAs(customer);
    const state = await removePaymentMethodAction({}, form({ methodId: only!.id }));
    expect(state.error).toContain('Automatic payment needs a payment method');
    expect(await rowsOf(customer.id)).toEqual([only]);
  });

  test('the refusal is in the customer\'s language', async () => {
    const customer = await createTestCustomer('nb');
    await saveMethod(customer.id);
    const [only] = await rowsOf(customer.id);
    signedInAs(customer);
    const state = await removePaymentMethodAction({}, form({ methodId: only!.id }));
    expect(state.error).toBe('Automatisk betaling trenger en betalingsmåte: legg til en annen før du fjerner denne, eller bytt til å betale med faktura.');
  });

  test('bad input is a field error, never a 500', async () => {
    const customer = await createTestCustomer();
    signedInAs(customer);
    expect(await setDefaultPaymentMethodAction({}, form({ methodId: 'not-a-uuid' }))).toEqual({ error: 'That payment method does not exist.' });
    const state = await payInvoiceWithSavedMethodAction({}, form({ invoiceId: crypto.randomUUID(), amountMinor: 'lots' }));
    expect(state.error).toBeTruthy();
  });
});
