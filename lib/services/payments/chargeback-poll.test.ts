import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { chargebackPolls, customers, emailOutbox, invoices, payments, subscriptions } from '@/db/schema';
import { createMollieProvider } from '@/lib/payments/mollie/mollie-provider';
import { createStripeProvider } from '@/lib/payments/stripe/stripe-provider';
import { startFakeStripeApi } from '@/lib/payments/stripe/test-support/fake-stripe-api';
import { startFakeMollieApi, type FakeMollieApi } from '@/lib/payments/mollie/test-support/fake-mollie-api';
import type { PaymentProvider } from '@/lib/payments/types';
import { fakeProviderSlot } from '@/test/support/fake-provider';
import { paidMollieSepaOrder } from '@/test/support/mollie-sepa-order';
import { pollChargebacks } from './poll-chargebacks';
import { syncProviderPayment } from './sync-provider-payment';

vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));

// This file's own years (3900–3909): one year per test, so no test's chargebacks fall in another's window.
const HOUR = 60 * 60_000;
const at = (iso: string) => new Date(iso);

let api: FakeMollieApi;
let mollie: PaymentProvider;
beforeAll(async () => {
  // Two chargebacks a page (Mollie's pages hold up to 250), so a few make the poll page.
  api = await startFakeMollieApi({ runId: crypto.randomUUID().replace(/-/g, '').slice(0, 10), listLimit: 2 });
  mollie = createMollieProvider({ apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM', apiEndpoint: api.apiEndpoint, timeoutMs: 5_000 });
});
afterAll(() => api.close());
beforeEach(async () => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example.org');
  fakeProviderSlot.provider = mollie;
  api.unavailable = null;
  // The watermark is one row per provider: this file's polls start from none.
  await db.delete(chargebackPolls).where(eq(chargebackPolls.provider, 'mollie'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  fakeProviderSlot.provider = null;
});

const poll = (now: Date) => pollChargebacks({ now, providers: [mollie] });
const watermark = async () => (await db.select().from(chargebackPolls).where(eq(chargebackPolls.provider, 'mollie')))[0];
const paymentRow = async (id: string) => (await db.select().from(payments).where(eq(payments.id, id)))[0]!;
const invoiceOf = async (id: string) => (await db.select().from(invoices).where(eq(invoices.id, id)))[0]!;
const listCalls = () => api.requests.filter((r) => r.method === 'GET' && r.path === '/v2/chargebacks').length;
const reads = (providerPaymentId: string) => api.requests.filter((r) => r.method === 'GET' && r.path === `/v2/payments/${providerPaymentId}`).length;
async function returnedMails(customerId: string) {
  const [customer] = await db.select({ email: customers.email }).from(customers).where(eq(customers.id, customerId));
  return db.select().from(emailOutbox).where(and(eq(emailOutbox.template, 'payment-returned'), eq(emailOutbox.toAddress, customer!.email)));
}

describe('the daily chargeback poll (Mollie)', () => {
  test('a chargeback whose webhook never came is found by the next daily poll: the invoice reopens, dunned from the chargeback, one e-mail', async () => {
    const { customerId, payment, debit } = await paidMollieSepaOrder(api, { ordered: at('3900-03-01T09:00:00Z'), settled: at('3900-03-04T06:00:00Z') }, 'chargeback-poll');
    expect(await poll(at('3900-04-22T02:00:00Z'))).toMatchObject({ polled: ['mollie'], found: 0, recorded: 0 });

    // The bank returns the debit; Mollie's webhook never reaches us.
    const chargedBack = at('3900-04-22T10:00:00Z');
    api.chargeBack(debit.id as string, { createdAt: chargedBack, reason: { code: 'MD06', description: 'Disputed by the debtor' } });
    expect((await paymentRow(payment.id)).status).toBe('paid');

    const report = await poll(at('3900-04-23T02:00:00Z'));
    expect(report).toMatchObject({ polled: ['mollie'], found: 1, recorded: 1, alreadyRecorded: 0, notOurs: 0, failed: 0, unavailable: [] });
    expect(await paymentRow(payment.id)).toMatchObject({ status: 'charged_back', reversedAt: chargedBack, reversalCode: 'MD06', failureKind: 'permanent' });
    expect(await invoiceOf(payment.invoiceId!)).toMatchObject({ status: 'open', amountPaidMinor: 0, dunningRound: 1, dunningFrom: chargedBack, nextDunningStep: 0 });
    expect((await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId)))[0]).toMatchObject({ status: 'past_due' });
    expect(await returnedMails(customerId)).toMatchObject([{ props: { disputed: true, amountMinor: payment.amountMinor, returnedAt: chargedBack.toISOString() } }]);
    expect(await watermark()).toMatchObject({ polledThrough: at('3900-04-23T02:00:00Z'), lastFound: 1, lastRecorded: 1, lastError: null });
  });

  test('the same chargeback polled twice, or polled after its webhook, changes nothing more; a poll not due asks nothing', async () => {
    const told = await paidMollieSepaOrder(api, { ordered: at('3901-05-01T09:00:00Z'), settled: at('3901-05-04T06:00:00Z') }, 'chargeback-poll');
    const lost = await paidMollieSepaOrder(api, { ordered: at('3901-05-01T09:00:00Z'), settled: at('3901-05-04T06:00:00Z') }, 'chargeback-poll');
    expect(await poll(at('3901-06-09T02:00:00Z'))).toMatchObject({ found: 0 });

    api.chargeBack(told.debit.id as string, { createdAt: at('3901-06-09T08:00:00Z'), reason: { code: 'AM04', description: 'Insufficient funds' } });
    api.chargeBack(lost.debit.id as string, { createdAt: at('3901-06-09T09:00:00Z'), reason: { code: 'AM04', description: 'Insufficient funds' } });
    // One of them is told by its webhook the same day.
    await syncProviderPayment({ provider: 'mollie', providerPaymentId: told.debit.id as string, now: at('3901-06-09T08:00:05Z') });
    const toldBefore = await paymentRow(told.payment.id);
    expect(toldBefore.status).toBe('charged_back');

    expect(await poll(at('3901-06-10T02:00:00Z'))).toMatchObject({ found: 2, recorded: 1, alreadyRecorded: 1, failed: 0 });
    const lostAfterFirst = await paymentRow(lost.payment.id);
    const invoiceAfterFirst = await invoiceOf(lost.payment.invoiceId!);
    expect(lostAfterFirst.status).toBe('charged_back');

    // Later the same day the poll is not due: nothing is listed.
    const calls = listCalls();
    expect(await poll(at('3901-06-10T09:00:00Z'))).toMatchObject({ polled: [], found: 0 });
    expect(listCalls()).toBe(calls);

    // The next day's poll reads both again (the overlap) and asks Mollie about neither payment.
    const readsBefore = reads(told.debit.id as string) + reads(lost.debit.id as string);
    expect(await poll(at('3901-06-11T02:00:00Z'))).toMatchObject({ polled: ['mollie'], found: 2, recorded: 0, alreadyRecorded: 2 });
    expect(reads(told.debit.id as string) + reads(lost.debit.id as string)).toBe(readsBefore);

    expect(await paymentRow(told.payment.id)).toEqual(toldBefore);
    expect(await paymentRow(lost.payment.id)).toEqual(lostAfterFirst);
    expect(await invoiceOf(lost.payment.invoiceId!)).toEqual(invoiceAfterFirst);
    expect(await invoiceOf(told.payment.invoiceId!)).toMatchObject({ status: 'open', dunningRound: 1 });
    expect(await returnedMails(told.customerId)).toHaveLength(1);
    expect(await returnedMails(lost.customerId)).toHaveLength(1);
  });

  test('every page of the list is read: a chargeback on the last page is recorded, other shops\' payments are left alone', async () => {
    const { customerId, payment, debit } = await paidMollieSepaOrder(api, { ordered: at('3902-02-01T09:00:00Z'), settled: at('3902-02-04T06:00:00Z') }, 'chargeback-poll');
    // Ours is the oldest, so the newest first list puts it on its third page (two a page).
    api.chargeBack(debit.id as string, { createdAt: at('3902-03-01T10:00:00Z'), reason: { code: 'MD01', description: 'No mandate' } });
    for (const [i, other] of ['tr_chargedBack', 'tr_chargedBackCard', 'tr_chargedBack', 'tr_chargedBackCard'].entries()) {
      api.chargeBack(other, { createdAt: new Date(at('3902-03-02T10:00:00Z').getTime() + i * HOUR), reason: null });
    }
    const calls = listCalls();

    // The first poll ever reads 120 days back.
    const report = await poll(at('3902-03-05T02:00:00Z'));
    expect(listCalls() - calls).toBe(3);
    expect(report).toMatchObject({ found: 5, recorded: 1, notOurs: 2, failed: 0 });
    expect(await paymentRow(payment.id)).toMatchObject({ status: 'charged_back', reversalCode: 'MD01' });
    expect(await invoiceOf(payment.invoiceId!)).toMatchObject({ status: 'open' });
    expect(await returnedMails(customerId)).toHaveLength(1);
  });

  test('a Mollie outage during the poll leaves the watermark where it was; the next poll catches up', async () => {
    const { customerId, payment, debit } = await paidMollieSepaOrder(api, { ordered: at('3903-07-01T09:00:00Z'), settled: at('3903-07-04T06:00:00Z') }, 'chargeback-poll');
    expect(await poll(at('3903-08-01T02:00:00Z'))).toMatchObject({ found: 0 });
    const before = await watermark();

    api.chargeBack(debit.id as string, { createdAt: at('3903-08-01T07:00:00Z'), reason: { code: 'AM04', description: 'Insufficient funds' } });
    api.chargeBack('tr_chargedBack', { createdAt: at('3903-08-01T08:00:00Z'), reason: null });
    api.chargeBack('tr_chargedBackCard', { createdAt: at('3903-08-01T09:00:00Z'), reason: null });
    // The first page answers, the second does not.
    api.unavailable = (request) => request.path === '/v2/chargebacks' && request.query.has('from');

    const failed = await poll(at('3903-08-02T02:00:00Z'));
    expect(failed).toMatchObject({ polled: ['mollie'], found: 0, recorded: 0, unavailable: ['mollie'] });
    expect(await watermark()).toMatchObject({ polledThrough: before!.polledThrough, lastPolledAt: before!.lastPolledAt, lastError: expect.stringContaining('Mollie unavailable') });
    expect(await paymentRow(payment.id)).toMatchObject({ status: 'paid' });
    expect(await returnedMails(customerId)).toEqual([]);

    // Mollie is back; the next poll (an hour later for the sweep) reads from the old watermark.
    api.unavailable = null;
    expect(await poll(at('3903-08-02T02:30:00Z'))).toMatchObject({ polled: [] });
    const caught = await poll(at('3903-08-02T03:00:00Z'));
    expect(caught).toMatchObject({ polled: ['mollie'], found: 3, recorded: 1, notOurs: 2, unavailable: [] });
    expect(await paymentRow(payment.id)).toMatchObject({ status: 'charged_back', reversedAt: at('3903-08-01T07:00:00Z') });
    expect(await watermark()).toMatchObject({ polledThrough: at('3903-08-02T03:00:00Z'), lastError: null });
    expect(await returnedMails(customerId)).toHaveLength(1);
  });

  test('a payment Mollie does not read back in time holds the watermark at its chargeback; the next day it is recorded', async () => {
    const { customerId, payment, debit } = await paidMollieSepaOrder(api, { ordered: at('3904-01-02T09:00:00Z'), settled: at('3904-01-05T06:00:00Z') }, 'chargeback-poll');
    expect(await poll(at('3904-02-01T02:00:00Z'))).toMatchObject({ found: 0 });
    const chargedBack = at('3904-02-01T12:00:00Z');
    api.chargeBack(debit.id as string, { createdAt: chargedBack, reason: { code: 'AM04', description: 'Insufficient funds' } });
    api.unavailable = (request) => request.path === `/v2/payments/${debit.id as string}`;

    expect(await poll(at('3904-02-02T02:00:00Z'))).toMatchObject({ found: 1, recorded: 0, failed: 1, unavailable: [] });
    expect(await watermark()).toMatchObject({ polledThrough: chargedBack, lastError: '1 of the charged-back payments could not be read back' });
    expect(await paymentRow(payment.id)).toMatchObject({ status: 'paid' });

    // A week later (more than the overlap) it is still read: the watermark waited for it.
    api.unavailable = null;
    expect(await poll(at('3904-02-09T02:00:00Z'))).toMatchObject({ found: 1, recorded: 1, failed: 0 });
    expect(await paymentRow(payment.id)).toMatchObject({ status: 'charged_back', reversedAt: chargedBack });
    expect(await returnedMails(customerId)).toHaveLength(1);
    expect(await watermark()).toMatchObject({ polledThrough: at('3904-02-09T02:00:00Z'), lastError: null });
  });
});

describe('the daily chargeback poll (Stripe: its disputes)', () => {
  test('a payment whose dispute webhook never came is reversed by the next poll; a dispute won leaves its payment paid', async () => {
    const stripeApi = await startFakeStripeApi();
    try {
      const stripe = createStripeProvider({ secretKey: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', webhookSecret: 'whsec_test', host: stripeApi.host, port: stripeApi.port, protocol: stripeApi.protocol, maxNetworkRetries: 0 });
      // Two paid orders (in 4400, a year no other test uses), as Stripe knows them: one disputed with the money taken back, one whose dispute was won.
      const orders = [
        await paidMollieSepaOrder(api, { ordered: at('4400-03-01T09:00:00Z'), settled: at('4400-03-04T06:00:00Z') }, 'stripe-dispute-poll'),
        await paidMollieSepaOrder(api, { ordered: at('4400-03-01T09:00:00Z'), settled: at('4400-03-04T06:00:00Z') }, 'stripe-dispute-won'),
      ];
      for (const [index, intent] of ['pi_disputed', 'pi_disputeWon'].entries()) {
        // A rerun on the same database finds the intents' ids taken by the last run's rows.
        await db.update(payments).set({ providerPaymentId: `${intent}-${crypto.randomUUID()}` }).where(and(eq(payments.provider, 'stripe'), eq(payments.providerPaymentId, intent)));
        await db.update(payments).set({ provider: 'stripe', providerPaymentId: intent, method: 'card' }).where(eq(payments.id, orders[index]!.payment.id));
      }
      fakeProviderSlot.provider = stripe;
      // The fixtures' disputes were opened on 2026-03-31: the last poll read up to the day before.
      await db.delete(chargebackPolls).where(eq(chargebackPolls.provider, 'stripe'));
      await db.insert(chargebackPolls).values({ provider: 'stripe', polledThrough: at('2026-03-30T00:00:00Z'), nextPollAt: at('2026-03-31T00:00:00Z') });

      const report = await pollChargebacks({ now: at('4400-04-01T02:00:00Z'), providers: [stripe] });
      expect(report).toMatchObject({ polled: ['stripe'], found: 2, recorded: 1, unchanged: 1, alreadyRecorded: 0, notOurs: 0, failed: 0, unavailable: [] });
      expect(await paymentRow(orders[0]!.payment.id)).toMatchObject({ status: 'charged_back', failureReason: 'Disputed: fraudulent', failureKind: 'permanent' });
      expect(await invoiceOf(orders[0]!.payment.invoiceId!)).toMatchObject({ status: 'open', amountPaidMinor: 0 });
      expect(await paymentRow(orders[1]!.payment.id)).toMatchObject({ status: 'paid' });
      expect(stripeApi.requests.filter((r) => r.path === '/v1/disputes' && r.params.payment_intent === undefined).length).toBeGreaterThan(0);
    } finally {
      await stripeApi.close();
    }
  });
});
