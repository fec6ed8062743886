import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { mandateRevocations, paymentMethods } from '@/db/schema';
import { createTestCustomer } from '@/lib/services/email/test-fixtures';
import { createFakeProvider, fakeProviderSlot } from '@/test/support/fake-provider';
import { removePaymentMethod } from './remove-payment-method';
import { revocationBackoffMs, revokeDueMandates } from './revoke-mandates';

// The provider is the edge faked here (PaymentProvider in memory, under the id `fake`).
vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));

let fake = createFakeProvider();
afterEach(() => {
  fakeProviderSlot.provider = null;
});

/** A customer with two methods at the fake provider; autopay on the first. */
async function customerWithTwoMethods() {
  fake = createFakeProvider();
  fakeProviderSlot.provider = fake.provider;
  const customer = await createTestCustomer();
  const tag = crypto.randomUUID();
  const [first, second] = await db
    .insert(paymentMethods)
    .values([
      { customerId: customer.id, provider: 'fake', type: 'card', label: 'Visa •••• 4242', mandateRef: `fm_a_${tag}`, isDefault: true },
      { customerId: customer.id, provider: 'fake', type: 'sepa_debit', label: 'NL91 •••• 4300', mandateRef: `fm_b_${tag}` },
    ])
    .returning();
  return { customer, first: first!, second: second! };
}

const revocationOf = async (mandateRef: string) =>
  (await db.select().from(mandateRevocations).where(eq(mandateRevocations.mandateRef, mandateRef)))[0];

describe('a removed method ends at the provider', () => {
  test('the mandate is revoked at the provider right after the removal', async () => {
    const { customer, first } = await customerWithTwoMethods();
    expect(await removePaymentMethod({ customerId: customer.id, methodId: first.id })).toEqual({ ok: true, value: { autopay: 'on' } });
    expect(fake.revokeCalls).toEqual([first.mandateRef]);
    expect(await revocationOf(first.mandateRef!)).toMatchObject({ customerId: customer.id, provider: 'fake', outcome: 'revoked', attempts: 1, lastError: null });
  });

  test('a provider outage leaves the removal done and the revocation due again, which the sweep finishes once', async () => {
    const { customer, second } = await customerWithTwoMethods();
    fake.revokeOutages = 1;
    const before = Date.now();
    expect(await removePaymentMethod({ customerId: customer.id, methodId: second.id })).toMatchObject({ ok: true });
    expect(await db.select().from(paymentMethods).where(eq(paymentMethods.id, second.id))).toEqual([]);

    const pending = await revocationOf(second.mandateRef!);
    expect(pending).toMatchObject({ doneAt: null, attempts: 1, lastError: expect.stringContaining('unavailable') });
    expect(pending!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + revocationBackoffMs(1));

    // Not due yet: the sweep leaves it alone.
    expect(await revokeDueMandates({ now: new Date(), ids: undefined, limit: 1000 })).toMatchObject({ revoked: 0 });
    expect(fake.revokeCalls).toEqual([second.mandateRef]);

    // Due: two sweeps at once call the provider once between them.
    const later = new Date(pending!.nextAttemptAt.getTime() + 1_000);
    const runs = await Promise.all([revokeDueMandates({ now: later, ids: [pending!.id] }), revokeDueMandates({ now: later, ids: [pending!.id] })]);
    expect(runs.map((run) => run.revoked).sort()).toEqual([0, 1]);
    expect(fake.revokeCalls).toEqual([second.mandateRef, second.mandateRef]);
    expect(await revocationOf(second.mandateRef!)).toMatchObject({ outcome: 'revoked', attempts: 2, lastError: null });
  });

  test('a refused removal revokes nothing', async () => {
    const { customer, first, second } = await customerWithTwoMethods();
    await removePaymentMethod({ customerId: customer.id, methodId: second.id });
    // The last method while autopay is on: refused, and its mandate stays.
    expect(await removePaymentMethod({ customerId: customer.id, methodId: first.id })).toMatchObject({ ok: false, error: { code: 'last_method' } });
    expect(fake.revokeCalls).toEqual([second.mandateRef]);
    expect(await revocationOf(first.mandateRef!)).toBeUndefined();
  });

  test('backoff grows from a minute to at most six hours', () => {
    expect([1, 2, 3, 10, 30].map(revocationBackoffMs)).toEqual([60_000, 120_000, 240_000, 6 * 3_600_000, 6 * 3_600_000]);
  });
});
