import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers, paymentMethods, payments } from '@/db/schema';
import { newCustomer } from '@/test/support/checkout-fixtures';
import { getCountryEvidence } from './get-country-evidence';

/** A consumer in `country` with a paid card payment whose card the provider placed in `card`. */
async function consumer(country: string, card: string | null, ibanMasked: string | null = null) {
  const { customerId } = await newCustomer('evidence');
  await db.update(customers).set({ country, customerType: 'consumer' }).where(eq(customers.id, customerId));
  if (card) {
    await db.insert(payments).values({ customerId, provider: 'test', method: 'card', amountMinor: 1000, currency: 'EUR', status: 'paid', settledAt: new Date('3792-01-10T10:00:00Z'), cardCountry: card });
  }
  if (ibanMasked) {
    await db.insert(paymentMethods).values({ customerId, provider: 'test', type: 'sepa_debit', label: `SEPA ${ibanMasked}`, mandateRef: `m-${crypto.randomUUID()}`, isDefault: true, ibanMasked });
  }
  return { id: customerId, country };
}

test('staff see each piece, the country the VAT follows and why', async () => {
  expect(await getCountryEvidence(await consumer('DE', 'DE'))).toEqual({
    evidence: [{ kind: 'billing-address', country: 'DE' }, { kind: 'card-country', country: 'DE' }],
    place: { country: 'DE', ground: 'agreeing' },
    notes: [],
  });
});

test('the newest paid card speaks; with a bank account in the same country they outweigh the address', async () => {
  const customer = await consumer('DE', 'FR', 'AT61 •••• 9999');
  await db.insert(payments).values({ customerId: customer.id, provider: 'test', method: 'card', amountMinor: 1000, currency: 'EUR', status: 'paid', settledAt: new Date('3792-02-10T10:00:00Z'), cardCountry: 'AT' });
  const seen = await getCountryEvidence(customer);
  expect(seen.evidence).toEqual([{ kind: 'billing-address', country: 'DE' }, { kind: 'bank-country', country: 'AT' }, { kind: 'card-country', country: 'AT' }]);
  expect(seen.place).toEqual({ country: 'AT', ground: 'address-outweighed' });
  expect(seen.notes).toEqual(['OSS country evidence: the billing address points to DE, not AT. Check where the customer is.']);
});

test('only the address: staff are told a second piece is missing', async () => {
  const seen = await getCountryEvidence(await consumer('NL', null));
  expect(seen.place).toEqual({ country: 'NL', ground: 'unproven' });
  expect(seen.notes).toEqual(['OSS country evidence: Two kinds of evidence must show the customer is in NL (have: billing-address).']);
});
