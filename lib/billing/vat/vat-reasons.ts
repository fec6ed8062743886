/**
 * Why a VAT decision came out as it did, as data: the code is stable (stored, tested), the message
 * is what staff are shown next to the invoice line, and the legal note is printed on the invoice
 * where the law wants one (reverse charge, exports).
 */
export type VatReasonCode =
  | 'exempt-supply'
  | 'domestic'
  | 'eu-reverse-charge'
  | 'eu-intra-community-goods'
  | 'eu-oss-destination'
  | 'eu-origin-below-oss'
  | 'eu-consumer-service-origin'
  | 'export-goods'
  | 'export-services'
  | 'consumer-service-outside-eu'
  | 'no-export-goods'
  | 'no-export-services'
  | 'no-non-union-oss'
  | 'no-export-oss-missing'
  | 'no-consumer-service-abroad'
  | 'reminder-fee';

type Reason = { message: (rateCountry: string | null) => string; legalNote: string | null };

const REASONS: Readonly<Record<VatReasonCode, Reason>> = {
  'exempt-supply': { message: () => 'The product is exempt from VAT.', legalNote: 'Exempt from VAT' },
  domestic: { message: (c) => `Seller and customer are in the same country: ${c} VAT.`, legalNote: null },
  'eu-reverse-charge': {
    message: () => 'Business customer in another EU country with a valid VAT id: reverse charge, 0 %.',
    legalNote: 'Reverse charge: VAT to be accounted for by the customer (Article 196, Directive 2006/112/EC)',
  },
  'eu-intra-community-goods': {
    message: () => 'Goods to a business in another EU country with a valid VAT id: intra-Community supply, 0 %.',
    legalNote: 'Intra-Community supply of goods, exempt under Article 138, Directive 2006/112/EC',
  },
  'eu-oss-destination': {
    message: (c) => `Consumer in another EU country: that country's VAT (${c}), declared through OSS.`,
    legalNote: null,
  },
  'eu-origin-below-oss': {
    message: (c) =>
      `Consumer in another EU country, but the shop is not registered for OSS (below the EUR 10,000 threshold): ${c} VAT.`,
    legalNote: null,
  },
  'eu-consumer-service-origin': {
    message: (c) => `Service to a consumer in another EU country: the seller's country VAT (${c}), Article 45.`,
    legalNote: null,
  },
  'export-goods': {
    message: () => 'Goods exported outside the EU: 0 %.',
    legalNote: 'Export outside the EU, exempt under Article 146, Directive 2006/112/EC',
  },
  'export-services': {
    message: () => 'Customer outside the EU: the supply is taxed where the customer is, no EU VAT.',
    legalNote: 'Place of supply outside the EU: not subject to EU VAT',
  },
  'consumer-service-outside-eu': {
    message: (c) => `Service to a consumer outside the EU: the seller's country VAT (${c}), Article 45.`,
    legalNote: null,
  },
  'no-export-goods': {
    message: () => 'Goods leaving Norway: export, 0 % Norwegian VAT.',
    legalNote: 'Export, exempt from Norwegian VAT (merverdiavgiftsloven § 6-21)',
  },
  'no-export-services': {
    message: () => 'Service to a customer abroad: export, 0 % Norwegian VAT; the customer accounts for VAT in their country.',
    legalNote: 'Export of services, exempt from Norwegian VAT (merverdiavgiftsloven § 6-22); reverse charge by the recipient',
  },
  'no-non-union-oss': {
    message: (c) => `Digital service to a consumer in the EU: that country's VAT (${c}), declared through the non-Union OSS.`,
    legalNote: null,
  },
  'no-export-oss-missing': {
    message: () =>
      'Digital service to a consumer in the EU: that country charges its VAT through the non-Union OSS, for which the shop is not registered; invoiced as an export.',
    legalNote: 'Export of services, exempt from Norwegian VAT (merverdiavgiftsloven § 6-22)',
  },
  'no-consumer-service-abroad': {
    message: (c) => `Service (not delivered electronically) to a consumer abroad: ${c} VAT.`,
    legalNote: null,
  },
  'reminder-fee': {
    message: () => 'A reminder fee is compensation for late payment, not a supply: outside the scope of VAT.',
    legalNote: 'Reminder fee: not subject to VAT',
  },
};

export function reasonMessage(code: VatReasonCode, rateCountry: string | null): string {
  return REASONS[code].message(rateCountry);
}

export function reasonLegalNote(code: VatReasonCode): string | null {
  return REASONS[code].legalNote;
}
