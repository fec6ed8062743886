import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers, paymentMethods } from '@/db/schema';
import { countryEvidenceNotes, ibanCountryEvidence } from '@/lib/billing/vat/country-evidence';
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
  const more = (await paymentCountryEvidence(db, [customer.id])).get(customer.id) ?? [];
  const vat = await buyerVat(db, customer, new Date(), true, more);
  const plan = await planByCode('trendhouse-monthly');
  const priced = await priceCart(db, cartOf([{ planId: plan.id, quantity: 1 }]), new Date(), vat);
  if (!priced.ok) throw new Error(priced.error.message);
  return priced.value.priced.vat!.evidence!;
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
