import { eq, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { mandateRevocations, payments } from '@/db/schema';
import { createMollieProvider } from '@/lib/payments/mollie/mollie-provider';
import { startFakeMollieApi, type FakeMollieApi } from '@/lib/payments/mollie/test-support/fake-mollie-api';
import { sepaMandateReference } from '@/lib/payments/sepa/mandate-reference';
import { ProviderUnavailableError, type PaymentProvider } from '@/lib/payments/types';
import { revokeDueMandates } from '@/lib/services/payment-methods/revoke-mandates';
import { sweepStalePayments, STALE_PAYMENT_AFTER_MS } from '@/lib/services/payments/sweep-stale-payments';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { fakeProviderSlot } from '@/test/support/fake-provider';
import { placeOrder } from './place-order';
import { startSepaDebitOrder } from './start-sepa-debit-order';

vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));

// This file's own years (3880–3884). Provider calls are dated on the wall clock, as in production.
const ORDERED = new Date('3880-03-01T09:00:00Z');
const BASE = 'http://localhost:3000';
const IBAN = 'DE89370400440532013000';

/** What a killed process leaves: nothing after the point of death runs. */
class ProcessDied extends Error {}

let api: FakeMollieApi;
let mollie: PaymentProvider;
beforeAll(async () => {
  api = await startFakeMollieApi({ runId: crypto.randomUUID().replace(/-/g, '').slice(0, 10) });
  mollie = createMollieProvider({ apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM', apiEndpoint: api.apiEndpoint, timeoutMs: 5_000 });
});
afterAll(() => api.close());
beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => {
  vi.unstubAllEnvs();
  fakeProviderSlot.provider = null;
});

/** Mollie, in a process that dies after Mollie answered the mandate call and before the debit call. */
const diesAfterTheMandate = (): PaymentProvider => ({
  ...mollie,
  async chargeMandate() {
    throw new ProcessDied();
  },
});

async function orderBySepa() {
  const settings = await getShopSettings(db);
  const { customerId } = await newCustomer('sepa-mandate-crash');
  const plan = await planByCode('trendhouse-monthly');
  const cart = cartOf([{ planId: plan.id, quantity: 1 }], { paymentMethod: 'sepa_debit' });
  const placed = await placeOrder({
    customerId,
    cart,
    paymentMethod: 'sepa_debit',
    now: ORDERED,
    settings: { ...settings, enabledPaymentMethods: [...settings.enabledPaymentMethods, 'sepa_debit'] },
  });
  if (!placed.ok) throw new Error(JSON.stringify(placed.error));
  return { customerId, orderId: placed.value.order.id };
}

const submit = (who: { customerId: string; orderId: string }) =>
  startSepaDebitOrder({ ...who, accountHolder: 'Erika Mustermann', iban: IBAN, baseUrl: BASE, now: ORDERED });
const attemptsOf = (orderId: string) => db.select().from(payments).where(eq(payments.orderId, orderId)).orderBy(payments.attempt);
/** The mandates Mollie holds now (live: not revoked) for any attempt of the order, by the reference each carries. */
async function liveMandatesOf(orderId: string) {
  const references = new Set((await attemptsOf(orderId)).map((p) => sepaMandateReference(p.id)));
  return [...api.mandates.values()].filter((m) => references.has(String(m.mandateReference)));
}
const mandatePosts = () => api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/mandates')).length;
const revokeCalls = () => api.requests.filter((r) => r.method === 'DELETE' && r.path.includes('/mandates/')).length;
/** The sweep as the embedded tick or the Inngest cron runs it, once the intent is stale. */
const sweepLater = () => sweepStalePayments({ now: new Date(Date.now() + STALE_PAYMENT_AFTER_MS + 60_000), limit: 1_000 });
/** Six minutes later: longer than any provider call may take, so the intent is in doubt. */
const ageIntent = (paymentId: string) => db.update(payments).set({ providerRequestedAt: new Date(Date.now() - 6 * 60_000) }).where(eq(payments.id, paymentId));

describe('a process that dies between Mollie’s mandate and the debit', () => {
  test('the sweep finds the mandate by our reference and revokes it; the next try makes one mandate and one debit', async () => {
    const who = await orderBySepa();
    fakeProviderSlot.provider = diesAfterTheMandate();
    await expect(submit(who)).rejects.toBeInstanceOf(ProcessDied);
    const [intent] = await attemptsOf(who.orderId);
    expect(intent).toMatchObject({ status: 'pending', providerPaymentId: null });
    const [orphan] = await liveMandatesOf(who.orderId);
    expect(orphan).toMatchObject({ status: 'valid', method: 'directdebit', mandateReference: sepaMandateReference(intent!.id) });

    // Restarted at once: the customer's second submit makes no second mandate while the first may still be under way.
    fakeProviderSlot.provider = mollie;
    const posts = mandatePosts();
    expect(await submit(who)).toMatchObject({ ok: false, error: { code: 'sepa_being_set_up' } });
    expect(mandatePosts()).toBe(posts);

    await sweepLater();
    expect(await attemptsOf(who.orderId)).toMatchObject([{ id: intent!.id, status: 'failed', failureReason: 'The payment provider never took this direct debit' }]);
    expect(await liveMandatesOf(who.orderId)).toEqual([]);
    expect(api.requests.filter((r) => r.method === 'DELETE').at(-1)).toMatchObject({ path: `/v2/customers/cst_8wmqcHMN4U/mandates/${orphan!.id as string}` });
    const [revocation] = await db.select().from(mandateRevocations).where(eq(mandateRevocations.mandateRef, `cst_8wmqcHMN4U/${orphan!.id as string}`));
    expect(revocation).toMatchObject({ customerId: who.customerId, provider: 'mollie', outcome: 'revoked' });

    // Replays change nothing: the sweep again, the revocations run again.
    const revokes = revokeCalls();
    await sweepLater();
    await revokeDueMandates({ now: new Date(Date.now() + 86_400_000) });
    expect(revokeCalls()).toBe(revokes);

    expect(await submit(who)).toMatchObject({ ok: true, value: { status: 'pending' } });
    const rows = await attemptsOf(who.orderId);
    expect(rows.map((r) => [r.attempt, r.status])).toEqual([
      [1, 'failed'],
      [2, 'pending'],
    ]);
    const live = await liveMandatesOf(who.orderId);
    expect(live.map((m) => m.mandateReference)).toEqual([sepaMandateReference(rows[1]!.id)]);
    const debits = [...api.created.values()].filter((p) => (p.metadata as Record<string, unknown> | null)?.reference === rows[1]!.id);
    expect(debits).toMatchObject([{ mandateId: live[0]!.id, sequenceType: 'recurring' }]);
  });

  test('a customer who comes back once the call cannot still be running: the orphan is revoked before the new mandate is made', async () => {
    const who = await orderBySepa();
    fakeProviderSlot.provider = diesAfterTheMandate();
    await expect(submit(who)).rejects.toBeInstanceOf(ProcessDied);
    const [intent] = await attemptsOf(who.orderId);
    await ageIntent(intent!.id);

    fakeProviderSlot.provider = mollie;
    const start = api.requests.length;
    expect(await submit(who)).toMatchObject({ ok: true, value: { status: 'pending' } });
    const calls = api.requests.slice(start).map((r) => `${r.method} ${r.path.replace(/mdt_\w+/, 'mdt_…')}`);
    expect(calls.indexOf('DELETE /v2/customers/cst_8wmqcHMN4U/mandates/mdt_…')).toBeLessThan(calls.indexOf('POST /v2/customers/cst_8wmqcHMN4U/mandates'));
    const rows = await attemptsOf(who.orderId);
    expect(rows.map((r) => r.status)).toEqual(['failed', 'pending']);
    expect((await liveMandatesOf(who.orderId)).map((m) => m.mandateReference)).toEqual([sepaMandateReference(rows[1]!.id)]);
  });

  test('Mollie made the mandate but its answer timed out: the attempt fails at once with its mandate revoked', async () => {
    const who = await orderBySepa();
    fakeProviderSlot.provider = {
      ...mollie,
      async createDebitMandate(request) {
        await mollie.createDebitMandate!(request);
        throw new ProviderUnavailableError('Mollie did not answer mandate creation within 5000 ms');
      },
    };
    expect(await submit(who)).toMatchObject({ ok: false, error: { code: 'provider_timeout', message: expect.stringContaining('Nothing was debited') } });
    expect(await attemptsOf(who.orderId)).toMatchObject([{ status: 'failed' }]);
    expect(await liveMandatesOf(who.orderId)).toEqual([]);
  });

  test('Mollie down while the orphan is revoked: the revocation is kept and retried until Mollie confirms', async () => {
    const who = await orderBySepa();
    fakeProviderSlot.provider = diesAfterTheMandate();
    await expect(submit(who)).rejects.toBeInstanceOf(ProcessDied);
    const [intent] = await attemptsOf(who.orderId);

    fakeProviderSlot.provider = {
      ...mollie,
      async revokeMandate() {
        throw new ProviderUnavailableError('Mollie unavailable for revoking (HTTP 503)');
      },
    };
    await sweepLater();
    expect(await attemptsOf(who.orderId)).toMatchObject([{ id: intent!.id, status: 'failed' }]);
    const [orphan] = await liveMandatesOf(who.orderId);
    const mandateRef = `cst_8wmqcHMN4U/${orphan!.id as string}`;
    expect(await db.select().from(mandateRevocations).where(inArray(mandateRevocations.mandateRef, [mandateRef]))).toMatchObject([
      { doneAt: null, attempts: 1, lastError: expect.stringContaining('503') },
    ]);

    // Mollie is back: the billing sweep's revocations end it.
    fakeProviderSlot.provider = mollie;
    await revokeDueMandates({ now: new Date(Date.now() + 3_600_000) });
    expect(await liveMandatesOf(who.orderId)).toEqual([]);
    expect(await db.select().from(mandateRevocations).where(eq(mandateRevocations.mandateRef, mandateRef))).toMatchObject([{ outcome: 'revoked' }]);
  });

  test('the lookup itself cannot reach Mollie: the intent stays in doubt, nothing is given up blind', async () => {
    const who = await orderBySepa();
    fakeProviderSlot.provider = diesAfterTheMandate();
    await expect(submit(who)).rejects.toBeInstanceOf(ProcessDied);
    const [intent] = await attemptsOf(who.orderId);

    fakeProviderSlot.provider = {
      ...mollie,
      async findDebitMandate() {
        throw new ProviderUnavailableError('Mollie did not answer looking up a mandate');
      },
    };
    const report = await sweepLater();
    expect(report.failed).toBeGreaterThanOrEqual(1);
    expect(await attemptsOf(who.orderId)).toMatchObject([{ id: intent!.id, status: 'pending', providerPaymentId: null }]);
    expect(await liveMandatesOf(who.orderId)).toHaveLength(1);

    fakeProviderSlot.provider = mollie;
    await db.update(payments).set({ providerCheckedAt: null }).where(eq(payments.id, intent!.id));
    await sweepLater();
    expect(await attemptsOf(who.orderId)).toMatchObject([{ status: 'failed' }]);
    expect(await liveMandatesOf(who.orderId)).toEqual([]);
  });
});
