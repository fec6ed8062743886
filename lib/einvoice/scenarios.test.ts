import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { buildEinvoiceDocument } from './build-document';
import type { EinvoiceInput } from './document';
import { serializeUbl } from './serialize-ubl';
import { SCENARIOS } from './test-support/scenarios';

/** Every document a test makes is kept here; the validation script runs the official rules on them. */
const OUTPUT = path.resolve(import.meta.dirname, '../../.test-results/einvoices');

const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, isArray: (name, jpath) => ['InvoiceLine', 'CreditNoteLine', 'TaxSubtotal', 'AllowanceCharge'].includes(name) || String(jpath).endsWith('AccountingSupplierParty.Party.PartyTaxScheme') });

function produce(name: string, input: EinvoiceInput) {
  const built = buildEinvoiceDocument(input);
  if (!built.ok) throw new Error(`${name}: ${built.error.message}`);
  const xml = serializeUbl(built.value);
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(path.join(OUTPUT, `${name}.xml`), xml);
  const parsed = parser.parse(xml);
  return { xml, doc: built.value, ubl: parsed.Invoice ?? parsed.CreditNote };
}

type Subtotal = { TaxableAmount: { '#text': string }; TaxAmount: { '#text': string }; TaxCategory: { ID: string; Percent?: string; TaxExemptionReason?: string } };
const breakdownOf = (ubl: { TaxTotal: { TaxSubtotal: Subtotal[] } }) =>
  ubl.TaxTotal.TaxSubtotal.map((s) => [s.TaxCategory.ID, s.TaxCategory.Percent ?? null, s.TaxableAmount['#text'], s.TaxAmount['#text']]);
const total = (ubl: { LegalMonetaryTotal: Record<string, { '#text': string }> }, name: string) => ubl.LegalMonetaryTotal[name]?.['#text'];

describe('scenario documents (written to .test-results/einvoices/ for the official rules)', () => {
  test.each(Object.entries(SCENARIOS))('%s is produced as Peppol BIS 3.0 UBL', (name, input) => {
    const { ubl } = produce(name, input);
    expect(ubl.CustomizationID).toBe('urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0');
    expect(ubl.DocumentCurrencyCode).toBe(input.currency);
  });

  test('Norwegian B2B: NOK, 25 %, the KID as payment id and the domestic account', () => {
    const { ubl } = produce('no-b2b-nok-kid', SCENARIOS['no-b2b-nok-kid']);
    expect(breakdownOf(ubl)).toEqual([['S', '25', '5488.00', '1372.00']]);
    expect(total(ubl, 'PayableAmount')).toBe('6860.00');
    expect(ubl.PaymentMeans.PaymentID).toBe('000010017');
    expect(ubl.PaymentMeans.PayeeFinancialAccount.ID).toBe('15030000002');
    const schemes = ubl.AccountingSupplierParty.Party.PartyTaxScheme.map((s: { CompanyID: string; TaxScheme: { ID: string } }) => [s.TaxScheme.ID, s.CompanyID]);
    expect(schemes).toEqual([
      ['VAT', 'NO912345688MVA'],
      ['TAX', 'Foretaksregisteret'],
    ]);
  });

  test('Dutch B2B: two rates, RF reference, IBAN, the PDF embedded', () => {
    const { ubl } = produce('nl-b2b-eur', SCENARIOS['nl-b2b-eur']);
    expect(breakdownOf(ubl)).toEqual([
      ['S', '21', '148.50', '31.19'],
      ['S', '9', '38.85', '3.50'],
    ]);
    expect(total(ubl, 'PayableAmount')).toBe('222.04');
    expect(ubl.PaymentMeans.PaymentMeansCode).toBe('58');
    expect(ubl.PaymentMeans.PaymentID).toBe('RF3400000042');
    const pdf = ubl.AdditionalDocumentReference.Attachment.EmbeddedDocumentBinaryObject;
    expect(pdf['@_mimeCode']).toBe('application/pdf');
    expect(Buffer.from(pdf['#text'], 'base64').toString()).toMatch(/^%PDF-1.4/);
  });

  test('German consumer of a Dutch shop: German VAT via OSS, the shown prices paid exactly', () => {
    const { ubl } = produce('de-b2c-oss', SCENARIOS['de-b2c-oss']);
    // 3 x 9.99 incl. 19 %: nets 8.39 each, 25.17 x 19 % = 4.78, 29.95 + 0.02 rounding = 29.97 paid.
    expect(breakdownOf(ubl)).toEqual([['S', '19', '25.17', '4.78']]);
    expect(total(ubl, 'PayableRoundingAmount')).toBe('0.02');
    expect(total(ubl, 'PrepaidAmount')).toBe('29.97');
    expect(total(ubl, 'PayableAmount')).toBe('0.00');
  });

  test('reverse charge: AE, 0 %, the legal note, both VAT ids', () => {
    const { ubl } = produce('eu-reverse-charge', SCENARIOS['eu-reverse-charge']);
    expect(breakdownOf(ubl)).toEqual([['AE', '0', '540.00', '0.00']]);
    expect(ubl.TaxTotal.TaxSubtotal[0].TaxCategory.TaxExemptionReason).toMatch(/^Reverse charge/);
    expect(ubl.AccountingCustomerParty.Party.PartyTaxScheme.CompanyID).toBe('BE0876543270');
    expect(ubl.AccountingSupplierParty.Party.PartyTaxScheme[0].CompanyID).toBe('NL812345678B01');
  });

  test('a reminder fee stands alone, outside VAT (O), with no VAT ids (BR-O-02)', () => {
    const { ubl, xml } = produce('reminder-fee-no', SCENARIOS['reminder-fee-no']);
    expect(breakdownOf(ubl)).toEqual([['O', null, '35.00', '0.00']]);
    expect(xml).not.toContain('NO912345688MVA');
    expect(xml).not.toContain('NO912345696MVA');
    expect(xml).toContain('<cbc:CompanyID>Foretaksregisteret</cbc:CompanyID>');
  });

  test('a credit note mirrors its invoice category by category and names it', () => {
    const { ubl } = produce('credit-note', SCENARIOS['credit-note']);
    const invoice = produce('nl-b2b-eur', SCENARIOS['nl-b2b-eur']).ubl;
    expect(breakdownOf(ubl)).toEqual(breakdownOf(invoice));
    expect(ubl.CreditNoteTypeCode).toBe('381');
    expect(ubl.BillingReference.InvoiceDocumentReference.ID).toBe('TH-2026-00042');
    expect(ubl.CreditNoteLine).toHaveLength(2);
  });

  test('a coupon is a document-level allowance per VAT rate', () => {
    const { ubl } = produce('coupon-nl-b2c', SCENARIOS['coupon-nl-b2c']);
    expect(ubl.AllowanceCharge.map((a: { ChargeIndicator: string; Amount: { '#text': string } }) => [a.ChargeIndicator, a.Amount['#text']])).toEqual([
      ['false', '9.83'],
      ['false', '4.95'],
      ['true', '4.09'],
    ]);
    expect(total(ubl, 'PayableAmount')).toBe('160.65');
  });

  test('0 and 3 decimal currencies: whole yen, KWD in 2 decimals', () => {
    expect(total(produce('jpy-export', SCENARIOS['jpy-export']).ubl, 'PayableAmount')).toBe('264999');
    expect(total(produce('kwd-export', SCENARIOS['kwd-export']).ubl, 'PayableAmount')).toBe('370.50');
  });
});
