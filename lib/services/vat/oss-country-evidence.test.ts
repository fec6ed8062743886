import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers, paymentMethods, payments } from '@/db/schema';
import { countryEvidenceNotes, ibanCountryEvidence } from '@/lib/billing/vat/country-evidence';
import { createTestInvoice, createTestSubscription } from '@/lib/services/email/test-fixtures';
import { recordChargeOutcome } from '@/lib/services/payments/record-charge-outcome';
import { priceCart } from '@/lib/services/checkout/price-cart';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { paymentCountryEvidence } from './buyer-vat-of-customer';
import { buyerVat } from './vat-context-for';

/** A German consumer with a default SEPA mandate on an account in `ibanCountry` (masked, as a provider tells it). */
async function germanConsumer(ibanMasked: string | null) {
  const { customerId } = await newCustomer('oss');
  await db.update(customers).set({ country: 'DE', city: 'Berlin', postalCode: '10969', customerType: 'consumer' }).where(eq(customers.id, customerId));
  if (ibanMasked) {
    await db.insert(paymentMethods).values({ customerId, provider: 'test', type: 'sepa_debit', label: `SEPA ${ibanMasked}`, mandateRef: `m-${crypto.randomUUID()}`, isDefault: true, ibanMasked });
  }
  const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
  return customer!;
}

/** The OSS evidence a sale to `customer` would keep, for a Dutch shop registered for OSS. */
async function keptEvidence(customer: Awaited<ReturnType<typeof germanConsumer>>) {
  return (await keptSale(customer)).evidence;
}

/** The evidence a sale to `customer` keeps, and the VAT rate its (reduced-rate, digital) plan line carries. */
async function keptSale(customer: Awaited<ReturnType<typeof germanConsumer>>) {
  const more = (await paymentCountryEvidence(db, [customer.id])).get(customer.id) ?? [];
  const vat = await buyerVat(db, customer, new Date(), true, more);
  const plan = await planByCode('trendhouse-monthly');
  const priced = await priceCart(db, cartOf([{ planId: plan.id, quantity: 1 }]), new Date(), vat);
  if (!priced.ok) throw new Error(priced.error.message);
  return { evidence: priced.value.priced.vat!.evidence!, rateBp: priced.value.priced.lines[0]!.taxRateBp };
}

/** A paid card payment of the customer whose card the provider said was issued in `country`. */
async function paidByCard(customerId: string, country: string) {
  await db.insert(payments).values({
    customerId, provider: 'test', method: 'card', amountMinor: 3200, currency: 'EUR', status: 'paid', source: 'checkout',
    settledAt: new Date('3791-02-01T10:00:00Z'), cardCountry: country,
  });
}

describe('OSS: a second piece of evidence of the consumer’s country', () => {
  test('the country of an IBAN, masked as providers tell it', () => {
    expect(ibanCountryEvidence('NL91 •••• 4300')).toEqual({ kind: 'bank-country', country: 'NL' });
    expect(ibanCountryEvidence('DE•• •••• 3000')).toEqual({ kind: 'bank-country', country: 'DE' });
    expect(ibanCountryEvidence('de89370400440532013000')).toEqual({ kind: 'bank-country', country: 'DE' });
    expect(ibanCountryEvidence('••••')).toBeNull();
    expect(ibanCountryEvidence(null)).toBeNull();
  });

  test('a SEPA mandate on a German account and a German address: two agreeing pieces kept, nothing for staff', async () => {
    const evidence = await keptEvidence(await germanConsumer('DE89 •••• 3000'));
    expect(evidence).toEqual({
      country: 'DE',
      evidence: [
        { kind: 'billing-address', country: 'DE' },
        { kind: 'bank-country', country: 'DE' },
      ],
      problem: null,
    });
    expect(countryEvidenceNotes(evidence)).toEqual([]);
  });

  test('an account in another country contradicts the address: kept, and flagged for staff', async () => {
    const evidence = await keptEvidence(await germanConsumer('AT61 •••• 9999'));
    expect(evidence.problem).toBe('Two kinds of evidence must show the customer is in DE (have: billing-address).');
    expect(countryEvidenceNotes(evidence)).toContain('OSS country evidence: the bank country points to AT, not DE. Check where the customer is.');
  });

  test('without a bank account (a card, or nothing saved) the address is the only piece, and staff are told', async () => {
    const evidence = await keptEvidence(await germanConsumer(null));
    expect(evidence.evidence).toEqual([{ kind: 'billing-address', country: 'DE' }]);
    expect(countryEvidenceNotes(evidence)).toEqual(['OSS country evidence: Two kinds of evidence must show the customer is in DE (have: billing-address).']);
  });
});

describe('OSS: the card country a provider tells when a payment succeeds', () => {
  test('an autopay charge paid by card keeps the card’s country on the payment, and it becomes evidence', async () => {
    const { subscription, customer } = await createTestSubscription('en', { mandate: true });
    const { invoice } = await createTestInvoice('en', 'open', { customer, subscriptionId: subscription.id, term: 1 });
    const [charge] = await db
      .insert(payments)
      .values({ customerId: customer.id, invoiceId: invoice.id, attempt: 1, provider: 'test', method: 'card', amountMinor: invoice.totalMinor, currency: 'EUR', source: 'autopay' })
      .returning();
    const state = { providerPaymentId: `tp_card_${charge!.id}`, status: 'paid' as const, failureReason: null, failureKind: null, mandateRef: null, method: 'card', cardCountry: 'BE' };
    expect(await recordChargeOutcome({ paymentId: charge!.id, state, now: new Date('3790-05-01T10:00:00Z') })).toMatchObject({ status: 'paid' });
    const [stored] = await db.select().from(payments).where(eq(payments.id, charge!.id));
    expect(stored).toMatchObject({ status: 'paid', cardCountry: 'BE' });
    expect((await paymentCountryEvidence(db, [customer.id])).get(customer.id)).toContainEqual({ kind: 'card-country', country: 'BE' });
  });

  test('a German card and a German address: two agreeing pieces, German VAT, nothing for staff', async () => {
    const customer = await germanConsumer(null);
    await paidByCard(customer.id, 'DE');
    const { evidence: kept, rateBp } = await keptSale(customer);
    // Germany's reduced rate (the plan is reduced-rate).
    expect(rateBp).toBe(700);
    expect(kept).toMatchObject({ country: 'DE', problem: null });
    expect(kept.evidence).toEqual([{ kind: 'billing-address', country: 'DE' }, { kind: 'card-country', country: 'DE' }]);
  });

  test('an Austrian card and an Austrian bank account outweigh a German address: Austrian VAT, and staff see the address disagrees', async () => {
    const customer = await germanConsumer('AT61 •••• 9999');
    await paidByCard(customer.id, 'AT');
    const { evidence: kept, rateBp } = await keptSale(customer);
    // Austria's reduced rate, not Germany's 7 %.
    expect(rateBp).toBe(1000);
    expect(kept).toMatchObject({ country: 'AT', problem: null });
    expect(countryEvidenceNotes(kept)).toEqual(['OSS country evidence: the billing address points to DE, not AT. Check where the customer is.']);
  });
});
