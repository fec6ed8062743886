import { decideReminderFeeVat, decideVat, type VatDecision, type VatDecisionInput } from '@/lib/billing/vat/decide-vat';
import { creditNoteFromInvoice } from '../credit-note-from-invoice';
import type { BuyerParty, EinvoiceInput, EinvoiceLineInput, SellerIdentity } from '../document';
import * as parties from './parties';
import { referenceForInvoice } from '@/lib/payments/references/reference-for-invoice';

/** The payment reference the app prints for the invoice: a KID for NOK, else an RF reference. */
const referenceFor = (currency: string, sequenceNumber: number) => referenceForInvoice({ currency, sequenceNumber }).reference;

function decide(seller: SellerIdentity, buyer: BuyerParty, supply: VatDecisionInput['supply'], taxClass: VatDecisionInput['taxClass'] = 'standard'): VatDecision {
  const result = decideVat({
    seller: { country: seller.address.country, ossRegistered: true },
    buyer: { country: buyer.address.country, kind: buyer.kind, hasValidVatId: Boolean(buyer.vatId) },
    supply,
    taxClass,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function line(id: string, name: string, quantity: number, unitPriceMinor: number, decision: VatDecision, unitCode = 'C62'): EinvoiceLineInput {
  return { id, name, quantity, unitPriceMinor, unitCode, category: decision.category, exemptionNote: decision.legalNote ?? undefined };
}

const base = (seller: SellerIdentity, buyer: BuyerParty) => ({
  kind: 'invoice' as const,
  issueDate: '2026-11-01',
  dueDate: '2026-11-15',
  seller,
  buyer,
  invoicePeriod: { start: '2026-11-01', end: '2026-11-30' },
  paymentTerms: 'Payment within 14 days',
});

const nlB2b: EinvoiceInput = {
  ...base(parties.dutchSeller, parties.dutchBusiness),
  number: 'TH-2026-00042',
  currency: 'EUR',
  pricesIncludeVat: false,
  buyerReference: 'PO-7781',
  orderReference: 'ORD-1001',
  lines: [
    line('1', 'Trendhouse Business, monthly', 3, 4_950, decide(parties.dutchSeller, parties.dutchBusiness, 'digital'), 'MON'),
    line('2', 'Printed magazine, monthly', 3, 1_295, decide(parties.dutchSeller, parties.dutchBusiness, 'physical', 'reduced')),
  ],
  payment: { means: 'sepa-credit-transfer', reference: referenceFor('EUR', 42) },
  attachment: { filename: 'TH-2026-00042.pdf', pdf: new TextEncoder().encode('%PDF-1.4\n% scenario placeholder\n%%EOF\n') },
};

/** Hand-built documents, one per case the Peppol rules must accept. */
export const SCENARIOS: Readonly<Record<string, EinvoiceInput>> = {
  'no-b2b-nok-kid': {
    ...base(parties.norwegianSeller, parties.norwegianBusiness),
    number: '2026-1001',
    currency: 'NOK',
    pricesIncludeVat: false,
    buyerReference: 'Kari Nordmann',
    lines: [
      line('1', 'Fagblad Regnskap, årsabonnement', 1, 249_000, decide(parties.norwegianSeller, parties.norwegianBusiness, 'digital'), 'ANN'),
      line('2', 'Kurs: MVA i praksis', 2, 149_900, decide(parties.norwegianSeller, parties.norwegianBusiness, 'service')),
    ],
    payment: { means: 'credit-transfer', reference: referenceFor('NOK', 1001) },
  },
  'nl-b2b-eur': nlB2b,
  'de-b2c-oss': {
    ...base(parties.dutchSeller, parties.germanConsumer),
    number: 'TH-2026-00043',
    currency: 'EUR',
    pricesIncludeVat: true,
    buyerReference: 'Customer 5521',
    lines: [
      line('1', 'Trendhouse Digital, monthly', 1, 999, decide(parties.dutchSeller, parties.germanConsumer, 'digital')),
      line('2', 'E-paper add-on', 1, 999, decide(parties.dutchSeller, parties.germanConsumer, 'digital')),
      line('3', 'Archive access', 1, 999, decide(parties.dutchSeller, parties.germanConsumer, 'digital')),
    ],
    payment: { means: 'card', cardLast4: '4242', cardNetwork: 'VISA' },
    paidMinor: 2_997,
  },
  'eu-reverse-charge': {
    ...base(parties.dutchSeller, parties.belgianBusiness),
    number: 'TH-2026-00044',
    currency: 'EUR',
    pricesIncludeVat: false,
    buyerReference: 'BB-2026-11',
    lines: [line('1', 'Trendhouse Business, yearly', 1, 54_000, decide(parties.dutchSeller, parties.belgianBusiness, 'digital'), 'ANN')],
    payment: { means: 'sepa-credit-transfer', reference: referenceFor('EUR', 44) },
  },
  'eu-intra-community-goods': {
    ...base(parties.dutchSeller, parties.germanBusiness),
    number: 'TH-2026-00045',
    currency: 'EUR',
    pricesIncludeVat: false,
    buyerReference: 'HH-445',
    lines: [line('1', 'Magazine box, 12 issues', 10, 3_900, decide(parties.dutchSeller, parties.germanBusiness, 'physical'))],
    delivery: { date: '2026-11-03', address: parties.germanBusiness.address },
  },
  'export-goods-nl-to-no': {
    ...base(parties.dutchSeller, parties.norwegianBusiness),
    number: 'TH-2026-00046',
    currency: 'EUR',
    pricesIncludeVat: false,
    buyerReference: 'Kari Nordmann',
    lines: [line('1', 'Magazine box, 12 issues', 4, 3_900, decide(parties.dutchSeller, parties.norwegianBusiness, 'physical'))],
    delivery: { date: '2026-11-04', address: parties.norwegianBusiness.address },
  },
  'no-export-services-to-se': {
    ...base(parties.norwegianSeller, parties.swedishBusiness),
    number: '2026-1002',
    currency: 'SEK',
    pricesIncludeVat: false,
    buyerReference: 'GK-19',
    lines: [line('1', 'Fagblad Regnskap, digital, yearly', 1, 299_000, decide(parties.norwegianSeller, parties.swedishBusiness, 'digital'), 'ANN')],
    payment: { means: 'credit-transfer', reference: referenceFor('NOK', 1002) },
  },
  'credit-note': creditNoteFromInvoice(nlB2b, { number: 'TH-CN-2026-0007', issueDate: '2026-11-20', note: 'Cancelled at the end of the month' }),
  'coupon-nl-b2c': {
    ...base(parties.dutchSeller, parties.dutchConsumer),
    number: 'TH-2026-00047',
    currency: 'EUR',
    pricesIncludeVat: true,
    buyerReference: 'Customer 6610',
    lines: [
      line('1', 'Trendhouse Digital, yearly', 1, 11_900, decide(parties.dutchSeller, parties.dutchConsumer, 'digital'), 'ANN'),
      line('2', 'Printed magazine, yearly', 1, 5_400, decide(parties.dutchSeller, parties.dutchConsumer, 'physical', 'reduced'), 'ANN'),
    ],
    // NOTE: a coupon over a basket of two rates is one allowance per rate, split by the lines' shares.
    allowanceCharges: [
      { kind: 'allowance', amountMinor: 1_190, reason: 'Coupon WELCOME10', reasonCode: '95', category: decide(parties.dutchSeller, parties.dutchConsumer, 'digital').category },
      { kind: 'allowance', amountMinor: 540, reason: 'Coupon WELCOME10', reasonCode: '95', category: decide(parties.dutchSeller, parties.dutchConsumer, 'physical', 'reduced').category },
      { kind: 'charge', amountMinor: 495, reason: 'Shipping', reasonCode: 'FC', category: decide(parties.dutchSeller, parties.dutchConsumer, 'physical').category },
    ],
    payment: { means: 'sepa-credit-transfer', reference: referenceFor('EUR', 47) },
  },
  'reminder-fee-no': {
    ...base(parties.norwegianSeller, parties.norwegianBusiness),
    number: '2026-1003',
    currency: 'NOK',
    pricesIncludeVat: false,
    buyerReference: 'Kari Nordmann',
    note: 'Purring: faktura 2026-1001 forfalt 2026-11-15',
    lines: [line('1', 'Purregebyr (reminder fee) for invoice 2026-1001', 1, 3_500, decideReminderFeeVat())],
    payment: { means: 'credit-transfer', reference: referenceFor('NOK', 1001) },
  },
  'jpy-export': {
    ...base(parties.dutchSeller, parties.japaneseBusiness),
    number: 'TH-2026-00048',
    currency: 'JPY',
    pricesIncludeVat: false,
    buyerReference: 'TD-300',
    lines: [line('1', 'Trendhouse Business, yearly', 3, 88_333, decide(parties.dutchSeller, parties.japaneseBusiness, 'digital'), 'ANN')],
  },
  'kwd-export': {
    ...base(parties.dutchSeller, parties.kuwaitiBusiness),
    number: 'TH-2026-00049',
    currency: 'KWD',
    pricesIncludeVat: false,
    buyerReference: 'GT-77',
    lines: [line('1', 'Trendhouse Business, yearly', 2, 185_250, decide(parties.dutchSeller, parties.kuwaitiBusiness, 'digital'), 'ANN')],
  },
};
