import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { applyTestProviderEvent, decideTestCheckout } from './test-provider-events';
import { testProvider } from './test-provider';
import type { CheckoutRequest } from './types';

const checkout = (description: string): CheckoutRequest => ({
  reference: crypto.randomUUID(),
  amountMinor: 3200,
  currency: 'EUR',
  description,
  method: 'ideal',
  returnUrl: 'http://shop.test/checkout/return',
  recurring: true,
});

const within = <T>(ms: number, promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);

describe('the test provider keeps its own ledger, outside the shop’s transaction', () => {
  test('a checkout created while the shop’s transaction blocks the ledger answers at once and is there after the commit', async () => {
    // Stands for the embedded database, where a second connection waits for any open transaction.
    const created = await db.transaction(async (tx) => {
      await tx.execute(sql`lock table test_provider_payments in exclusive mode`);
      return within(5000, testProvider.createCheckout(checkout('Order blocked ledger')));
    });
    expect(await testProvider.getPayment(created.providerPaymentId)).toMatchObject({ status: 'open', mandateRef: null });
  });

  test('a checkout the shop rolls back stays at the provider, open and never paid, as at a real provider', async () => {
    let providerPaymentId = '';
    await expect(
      db.transaction(async () => {
        providerPaymentId = (await testProvider.createCheckout(checkout('Order rolled back'))).providerPaymentId;
        throw new Error('the shop changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
    expect(await testProvider.getPayment(providerPaymentId)).toMatchObject({ status: 'open' });
  });

  test('the payer’s first decision is final; a paid checkout leaves the mandate they chose', async () => {
    const { providerPaymentId } = await testProvider.createCheckout(checkout('Order decided twice'));
    await decideTestCheckout(providerPaymentId, { status: 'paid', mandate: 'flaky', at: new Date() });
    const again = await decideTestCheckout(providerPaymentId, { status: 'failed', failureReason: 'Declined', at: new Date() });
    expect(again).toMatchObject({ status: 'paid', failureReason: null });
    expect(await testProvider.getPayment(providerPaymentId)).toMatchObject({ status: 'paid', mandateRef: `tm_flaky_${providerPaymentId}` });
  });
});

describe('the test card’s country', () => {
  test('a card checkout is paid with a card from the billing country; other methods have none', async () => {
    const card = await testProvider.createCheckout({ ...checkout('Order by card'), method: 'card', billingCountry: 'de' });
    const ideal = await testProvider.createCheckout({ ...checkout('Order by iDEAL'), billingCountry: 'NL' });
    expect(await testProvider.getPayment(card.providerPaymentId)).toMatchObject({ status: 'open', cardCountry: null });
    for (const { providerPaymentId } of [card, ideal]) await decideTestCheckout(providerPaymentId, { status: 'paid', at: new Date() });
    expect(await testProvider.getPayment(card.providerPaymentId)).toMatchObject({ status: 'paid', cardCountry: 'DE' });
    expect(await testProvider.getPayment(ideal.providerPaymentId)).toMatchObject({ status: 'paid', cardCountry: null });
  });
});

describe('the test provider’s chargebacks', () => {
  test('a paid payment charged back from its dashboard is listed from that moment, dated on the bounce', async () => {
    const { providerPaymentId } = await testProvider.createCheckout(checkout('Order charged back'));
    await decideTestCheckout(providerPaymentId, { status: 'paid', mandate: 'ok', at: new Date() });
    const before = new Date(Date.now() - 1000);
    expect((await testProvider.listChargebacks!(before)).map((c) => c.providerPaymentId)).not.toContain(providerPaymentId);

    expect(await applyTestProviderEvent(providerPaymentId, 'charge-back')).toBe(true);
    const listed = (await testProvider.listChargebacks!(before)).filter((c) => c.providerPaymentId === providerPaymentId);
    expect(listed).toEqual([{ providerChargebackId: `chb_${providerPaymentId}`, providerPaymentId, createdAt: expect.any(Date) }]);
    expect(listed[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(await testProvider.getPayment(providerPaymentId)).toMatchObject({ status: 'charged_back', chargeback: { at: listed[0]!.createdAt, reasonCode: null } });
    // Not listed by a poll that reads only from after it.
    const after = new Date(listed[0]!.createdAt.getTime() + 1);
    expect((await testProvider.listChargebacks!(after)).map((c) => c.providerPaymentId)).not.toContain(providerPaymentId);
  });
});
