import { priceCheckout, type PricingItem } from '@/lib/billing/pricing';
import { reminderFeeLine } from '@/lib/billing/renewal-invoice';
import { documentVat } from '@/lib/billing/vat/document-vat';
import { lineVat, type TaxableItem, type VatContext } from '@/lib/billing/vat/line-vat';
import type { CreditNotePdfInput } from '@/lib/pdf/credit-note-pdf-input';
import type { InvoicePdfInput, InvoicePdfLine, InvoicePdfParty, PdfSellerIdentity } from '@/lib/pdf/invoice-pdf-input';
import { referenceForInvoice } from '@/lib/payments/references/reference-for-invoice';
import type { EinvoiceInput } from '../document';
import { einvoiceFromCreditNote } from '../einvoice-from-credit-note';
import { einvoiceFromInvoice, reminderFeeEinvoice } from '../einvoice-from-invoice';

/**
 * The demo shop's documents, one per case the e-invoice must handle, made the way the app makes
 * them: the demo catalog priced by the checkout's pricing, each line's VAT decided for the buyer by
 * lineVat, stored as an invoice's lines are (category, rate, legal notes), then mapped to the
 * e-invoice by the same functions as a stored invoice (einvoiceFromInvoice...).
 *
 * NOTE: the demo shop is Dutch (EUR, IBAN, RF references). A KID and a Norwegian account number
 * exist only for a Norwegian seller, so the Norwegian examples come from the demo's Norwegian
 * sister shop (same catalog, NOK prices).
 */

const demoShop: PdfSellerIdentity = {
  legalName: 'Kadens Demo Shop',
  legalForm: 'B.V.',
  addressLine1: 'Keizersgracht 100',
  addressLine2: null,
  postalCode: '1015 AA',
  city: 'Amsterdam',
  country: 'NL',
  vatId: 'NL004495445B01',
  organisationNumber: '12345678',
  peppolScheme: '0106',
  peppolValue: '12345678',
  contactEmail: 'support@example.com',
  contactPhone: null,
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
  domesticAccount: null,
};

const norwegianDemoShop: PdfSellerIdentity = {
  ...demoShop,
  legalName: 'Kadens Demo Norge',
  legalForm: 'AS',
  addressLine1: 'Storgata 1',
  postalCode: '0155',
  city: 'Oslo',
  country: 'NO',
  vatId: 'NO912345688MVA',
  organisationNumber: '912345688',
  peppolScheme: '0192',
  peppolValue: '912345688',
  iban: null,
  bic: null,
  domesticAccount: '15030000002',
};

const party = (values: Partial<InvoicePdfParty> & Pick<InvoicePdfParty, 'name' | 'addressLine1' | 'postalCode' | 'city' | 'country'>): InvoicePdfParty => ({
  companyName: null,
  vatId: null,
  addressLine2: null,
  ...values,
});

const buyers = {
  norwegianBusiness: party({ name: 'Kari Nordmann', companyName: 'Nordlys Regnskap AS', vatId: 'NO912345696MVA', addressLine1: 'Kongens gate 5', postalCode: '7011', city: 'Trondheim', country: 'NO' }),
  dutchBusiness: party({ name: 'Pieter Bakker', companyName: 'Grachten Advies B.V.', vatId: 'NL812345680B01', addressLine1: 'Prinsengracht 200', postalCode: '1016 HH', city: 'Amsterdam', country: 'NL' }),
  germanConsumer: party({ name: 'Anna Schmidt', addressLine1: 'Lindenstraße 12', postalCode: '10969', city: 'Berlin', country: 'DE' }),
  belgianBusiness: party({ name: 'Els Peeters', companyName: 'Brugse Boekhandel BV', vatId: 'BE0876543270', addressLine1: 'Markt 3', postalCode: '8000', city: 'Brugge', country: 'BE' }),
  swissConsumer: party({ name: 'Luca Meier', addressLine1: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' }),
  dutchConsumer: party({ name: 'Jan de Vries', addressLine1: 'Oudegracht 7', postalCode: '3511 AB', city: 'Utrecht', country: 'NL' }),
};

/** The demo catalog (db/seed.ts): what each item is taxed as and at home. */
const catalog = {
  trendhouse: { description: 'Trendhouse — Monthly', taxClass: 'reduced', supply: 'digital', shopRateBp: 900 },
  snackBox: { description: 'Dutch Snack Box — Monthly', taxClass: 'reduced', supply: 'physical', shopRateBp: 900 },
  shipping: { description: 'Shipping: PostNL standard', taxClass: 'standard', supply: 'physical', shopRateBp: 2100 },
  course: { description: 'Code Academy — Monthly', taxClass: 'standard', supply: 'digital', shopRateBp: 2100 },
  tidsskrift: { description: 'Trendhouse — Månedlig', taxClass: 'standard', supply: 'digital', shopRateBp: 2500 },
} as const satisfies Record<string, TaxableItem & { description: string }>;

type Item = { of: keyof typeof catalog; unitPriceMinor: number; quantity?: number; kind?: 'plan' | 'one_off' | 'shipping' };

function contextFor(seller: PdfSellerIdentity, buyer: InvoicePdfParty): VatContext {
  const business = Boolean(buyer.companyName || buyer.vatId);
  return {
    seller: { country: seller.country, ossRegistered: true },
    buyer: { country: buyer.country, kind: business ? 'business' : 'consumer', hasValidVatId: Boolean(buyer.vatId) },
  };
}

/** Prices the items for the buyer as the checkout does and returns the invoice as it is stored. */
function storedInvoice(
  seller: PdfSellerIdentity,
  buyer: InvoicePdfParty,
  sale: { sequenceNumber: number; currency: string; items: Item[]; coupon?: boolean; paid?: boolean },
): InvoicePdfInput['invoice'] {
  const context = contextFor(seller, buyer);
  const decided = sale.items.map((item) => {
    const vat = lineVat(context, catalog[item.of]);
    if (!vat.ok) throw new Error(vat.error);
    return vat.value;
  });
  const items: PricingItem[] = sale.items.map((item, index) => {
    const { description } = catalog[item.of];
    const vat = { taxRateBp: decided[index].rateBp, vatCategory: decided[index].category };
    const ref = String(index);
    if (item.kind === 'shipping') return { kind: 'shipping', ref, description, unitPriceMinor: item.unitPriceMinor, ...vat };
    if (item.kind === 'one_off') return { kind: 'one_off', ref, productId: item.of, description, quantity: item.quantity ?? 1, unitPriceMinor: item.unitPriceMinor, ...vat };
    return { kind: 'plan', ref, planId: item.of, description, quantity: item.quantity ?? 1, unitPriceMinor: item.unitPriceMinor, setupFeeMinor: 0, trial: false, ...vat };
  });
  const coupon = sale.coupon
    ? { code: 'WELCOME10', kind: 'percent' as const, percentOff: 10, amountOffMinor: null, currency: null, duration: 'once' as const, durationTerms: null, planIds: null, validFrom: null, validUntil: null, maxRedemptions: null, maxRedemptionsPerCustomer: null, active: true, timesRedeemed: 0 }
    : null;
  const priced = priceCheckout({ currency: sale.currency, items, coupon });
  if (!priced.ok) throw new Error(priced.error);
  const vat = documentVat(context, decided, [{ kind: 'billing-address', country: buyer.country }]);
  const lines: InvoicePdfLine[] = priced.value.lines.map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unitAmountMinor: line.unitAmountMinor,
    amountMinor: line.amountMinor,
    taxRateBp: line.taxRateBp,
    taxMinor: line.taxMinor,
    vatCategory: line.vatCategory ?? null,
    periodStart: line.kind === 'plan' ? '2026-11-01T00:00:00.000Z' : null,
    periodEnd: line.kind === 'plan' ? '2026-12-01T00:00:00.000Z' : null,
  }));
  const prefix = seller.country === 'NO' ? 'KDN-' : 'KD-';
  return {
    number: `${prefix}${String(sale.sequenceNumber).padStart(6, '0')}`,
    status: sale.paid ? 'paid' : 'open',
    currency: sale.currency,
    issuedAt: '2026-11-01T09:00:00.000Z',
    dueAt: '2026-11-15T09:00:00.000Z',
    paidAt: sale.paid ? '2026-11-01T09:00:00.000Z' : null,
    billedTo: buyer,
    lines,
    subtotalMinor: priced.value.subtotalMinor,
    taxMinor: priced.value.taxMinor,
    totalMinor: priced.value.totalMinor,
    amountPaidMinor: sale.paid ? priced.value.totalMinor : 0,
    creditedMinor: 0,
    paymentReference: referenceForInvoice({ currency: sale.currency, sequenceNumber: sale.sequenceNumber }).reference,
    vatNotes: Object.keys(vat.notes).length > 0 ? vat.notes : null,
  };
}

const options = { timeZone: 'Europe/Amsterdam' };

/** The credit note of a whole invoice, as createCreditNote stores it: the same lines, categories and notes. */
function creditNoteOf(invoice: InvoicePdfInput['invoice'], sequenceNumber: number): CreditNotePdfInput['creditNote'] {
  return {
    number: `KD-CN-${String(sequenceNumber).padStart(6, '0')}`,
    invoiceNumber: invoice.number,
    invoiceIssuedAt: invoice.issuedAt,
    currency: invoice.currency,
    issuedAt: '2026-11-20T09:00:00.000Z',
    reason: 'Cancelled at the end of the month',
    disposition: 'balance',
    billedTo: invoice.billedTo,
    lines: invoice.lines,
    subtotalMinor: invoice.subtotalMinor,
    taxMinor: invoice.taxMinor,
    totalMinor: invoice.totalMinor,
    vatNotes: invoice.vatNotes,
  };
}

/** The reminder fee dunning adds to an unpaid invoice, stored as a line of it (category O). */
function withReminderFee(invoice: InvoicePdfInput['invoice'], feeMinor: number): InvoicePdfInput['invoice'] {
  const fee = reminderFeeLine({ description: 'Reminder fee (step 1)', feeMinor });
  const line: InvoicePdfLine = { ...fee, vatCategory: fee.vatCategory ?? null, periodStart: null, periodEnd: null };
  return { ...invoice, lines: [...invoice.lines, line], totalMinor: invoice.totalMinor + fee.amountMinor, subtotalMinor: invoice.subtotalMinor + fee.amountMinor };
}

/** One e-invoice input per scenario, by file name. */
export function demoExamples(): Record<string, EinvoiceInput> {
  const dutchB2b = storedInvoice(demoShop, buyers.dutchBusiness, {
    sequenceNumber: 101,
    currency: 'EUR',
    items: [
      { of: 'course', unitPriceMinor: 2900, quantity: 3 },
      { of: 'trendhouse', unitPriceMinor: 3200 },
    ],
  });
  const norwegianB2b = storedInvoice(norwegianDemoShop, buyers.norwegianBusiness, {
    sequenceNumber: 17,
    currency: 'NOK',
    items: [{ of: 'tidsskrift', unitPriceMinor: 36_900, quantity: 2 }],
  });
  const reminded = withReminderFee(
    storedInvoice(norwegianDemoShop, buyers.norwegianBusiness, { sequenceNumber: 18, currency: 'NOK', items: [{ of: 'tidsskrift', unitPriceMinor: 36_900 }] }),
    3_500,
  );
  const fee = reminderFeeEinvoice(reminded, norwegianDemoShop, { timeZone: 'Europe/Oslo' });
  if (!fee) throw new Error('the reminded invoice has a fee');
  return {
    'no-b2b-nok-kid': einvoiceFromInvoice(norwegianB2b, norwegianDemoShop, { timeZone: 'Europe/Oslo' }),
    'nl-b2b-eur': einvoiceFromInvoice(dutchB2b, demoShop, options),
    'de-b2c-oss': einvoiceFromInvoice(
      storedInvoice(demoShop, buyers.germanConsumer, { sequenceNumber: 102, currency: 'EUR', items: [{ of: 'trendhouse', unitPriceMinor: 3200 }], paid: true }),
      demoShop,
      options,
    ),
    'eu-reverse-charge': einvoiceFromInvoice(
      storedInvoice(demoShop, buyers.belgianBusiness, { sequenceNumber: 103, currency: 'EUR', items: [{ of: 'course', unitPriceMinor: 2900, quantity: 5 }] }),
      demoShop,
      options,
    ),
    'export-ch': einvoiceFromInvoice(
      storedInvoice(demoShop, buyers.swissConsumer, {
        sequenceNumber: 104,
        currency: 'EUR',
        items: [
          { of: 'snackBox', unitPriceMinor: 2495 },
          { of: 'shipping', unitPriceMinor: 495, kind: 'shipping' },
        ],
      }),
      demoShop,
      options,
    ),
    'credit-note': einvoiceFromCreditNote(creditNoteOf(dutchB2b, 7), demoShop, options),
    'coupon-nl-b2c': einvoiceFromInvoice(
      storedInvoice(demoShop, buyers.dutchConsumer, {
        sequenceNumber: 105,
        currency: 'EUR',
        items: [
          { of: 'trendhouse', unitPriceMinor: 3200 },
          { of: 'course', unitPriceMinor: 2900 },
        ],
        coupon: true,
        paid: true,
      }),
      demoShop,
      options,
    ),
    'reminder-fee-no-invoice': einvoiceFromInvoice(reminded, norwegianDemoShop, { timeZone: 'Europe/Oslo' }),
    'reminder-fee-no': fee,
  };
}
