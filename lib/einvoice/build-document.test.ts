import { describe, expect, test } from 'vitest';
import { vatCategory } from '@/lib/billing/vat/vat-category';
import { buildEinvoiceDocument } from './build-document';
import type { EinvoiceInput } from './document';
import { germanConsumer, norwegianBusiness } from './test-support/parties';
import { SCENARIOS } from './test-support/scenarios';

const valid = SCENARIOS['nl-b2b-eur'];

function errorOf(input: EinvoiceInput) {
  const result = buildEinvoiceDocument(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.error;
}

describe('buildEinvoiceDocument refuses what would not be a valid Peppol document', () => {
  test('a shop without its identity: every missing setting is named', () => {
    const error = errorOf({ ...valid, seller: { legalName: 'Trendhouse', address: { country: 'NL', city: 'Amsterdam' } } });
    expect(error).toMatchObject({ code: 'missing-seller-settings' });
    expect(error.code === 'missing-seller-settings' && error.missing.map((m) => m.key)).toEqual([
      'address.street',
      'address.postalCode',
      'vatId',
      'organisationNumber',
      'peppolId',
      'bankAccount',
      'contact.email',
    ]);
    expect(error.message).toBe(
      "The shop's identity is incomplete for an e-invoice. Set in Settings: street address, postal code, VAT number, organisation number, Peppol participant id, bank account (IBAN or account number), contact e-mail.",
    );
  });

  test('no VAT number is needed for a document entirely outside VAT, no bank account for a card charge', () => {
    const fee = SCENARIOS['reminder-fee-no'];
    expect(buildEinvoiceDocument({ ...fee, seller: { ...fee.seller, vatId: undefined } }).ok).toBe(true);
    const card = SCENARIOS['de-b2c-oss'];
    expect(buildEinvoiceDocument({ ...card, seller: { ...card.seller, bankAccount: undefined } }).ok).toBe(true);
  });

  test('a reminder fee (O) beside taxed lines is refused with the reason', () => {
    const error = errorOf({
      ...valid,
      lines: [...valid.lines, { id: '9', name: 'Reminder fee', quantity: 1, unitPriceMinor: 500, category: vatCategory('O') }],
    });
    expect(error.code).toBe('outside-scope-mixed');
  });

  test('reverse charge without the buyer VAT id, goods to the EU without a delivery country', () => {
    const reverse = SCENARIOS['eu-reverse-charge'];
    expect(errorOf({ ...reverse, buyer: { ...reverse.buyer, vatId: undefined } }).code).toBe('buyer-vat-id-required');
    const goods = SCENARIOS['eu-intra-community-goods'];
    expect(errorOf({ ...goods, delivery: undefined }).code).toBe('delivery-country-required');
  });

  test('a KWD price in fils that 2 decimals cannot state', () => {
    const kwd = SCENARIOS['kwd-export'];
    const error = errorOf({ ...kwd, lines: [{ ...kwd.lines[0], unitPriceMinor: 185_253 }] });
    expect(error).toEqual({
      code: 'amount-precision',
      message: 'An e-invoice states at most 2 decimals: every KWD amount must be a multiple of 0.01 KWD.',
    });
  });

  test('no reference, a credit note without its invoice, an unknown currency', () => {
    expect(errorOf({ ...valid, buyerReference: undefined, orderReference: undefined }).code).toBe('reference-missing');
    expect(errorOf({ ...SCENARIOS['credit-note'], creditsInvoice: undefined }).code).toBe('credited-invoice-missing');
    expect(errorOf({ ...valid, currency: 'XYZ' }).code).toBe('unknown-currency');
  });

  test('a consumer gets the seller as electronic address; a business its own Peppol id', async () => {
    const { serializeUbl } = await import('./serialize-ubl');
    const consumer = buildEinvoiceDocument({ ...valid, buyer: germanConsumer });
    const business = buildEinvoiceDocument({ ...valid, buyer: norwegianBusiness });
    if (!consumer.ok || !business.ok) throw new Error('expected documents');
    expect(serializeUbl(consumer.value)).toContain('<cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="0106">81234567<');
    expect(serializeUbl(business.value)).toContain('<cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="0192">912345696<');
  });
});
