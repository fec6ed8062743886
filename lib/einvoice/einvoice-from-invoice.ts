import { TZDate } from '@date-fns/tz';
import { format, subDays } from 'date-fns';
import { vatCategory, type VatCategory } from '@/lib/billing/vat/vat-category';
import type { InvoicePdfInput } from '@/lib/pdf/invoice-pdf-input';
import type { AllowanceChargeInput, BuyerParty, EinvoiceInput, EinvoiceLineInput, PaymentInput } from './document';

/** The stored seller identity (seller_identities), as the settings page saves it. */
export type StoredSellerIdentity = {
  legalName: string;
  legalForm: string | null;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
  vatId: string | null;
  organisationNumber: string | null;
  peppolScheme: string | null;
  peppolValue: string | null;
  contactEmail: string;
  contactPhone: string | null;
  iban: string | null;
  bic: string | null;
  domesticAccount: string | null;
};

/** The ICD scheme of each country's business register, for the seller's legal registration (BT-30). */
const REGISTER_SCHEMES: Readonly<Record<string, string>> = { NO: '0192', NL: '0106', BE: '0208', DK: '0184', SE: '0007' };

/**
 * A stored, finalised invoice as an e-invoice input: the same lines, amounts and parties as its
 * PDF (amounts VAT-inclusive, as the shop priced them), so the EHF and the PDF say the same.
 *
 * NOTE: invoice lines store their VAT rate, not a category: a rate above 0 is S, a 0 % line is
 * zero-rated (Z). Reverse charge, export and reminder fees outside the scope of VAT need the
 * category stored on the line (left for the VAT work); until then such documents are what the
 * invoice itself says. A discount line (negative) becomes a document allowance, since a Peppol
 * line's price may not be negative (BR-27).
 */
export function einvoiceFromInvoice(
  source: InvoicePdfInput['invoice'],
  seller: StoredSellerIdentity | null,
  options: { timeZone: string; pdf?: Uint8Array },
): EinvoiceInput {
  const day = (iso: string) => format(new TZDate(iso, options.timeZone), 'yyyy-MM-dd');
  const category = (rateBp: number): VatCategory => (rateBp > 0 ? vatCategory('S', rateBp) : vatCategory('Z'));
  const lines: EinvoiceLineInput[] = [];
  const allowances: AllowanceChargeInput[] = [];
  source.lines.forEach((line, index) => {
    if (line.amountMinor < 0) {
      allowances.push({ kind: 'allowance', amountMinor: -line.amountMinor, reason: line.description, reasonCode: '95', category: category(line.taxRateBp) });
      return;
    }
    // A line whose amount is not quantity × unit price (a prorated part) is stated as one unit.
    const exact = line.quantity * line.unitAmountMinor === line.amountMinor;
    lines.push({
      id: String(index + 1),
      name: line.description,
      quantity: exact ? line.quantity : 1,
      unitCode: 'C62',
      unitPriceMinor: exact ? line.unitAmountMinor : line.amountMinor,
      category: category(line.taxRateBp),
      ...(line.periodStart && line.periodEnd
        ? { period: { start: day(line.periodStart), end: format(subDays(new TZDate(line.periodEnd, options.timeZone), 1), 'yyyy-MM-dd') } }
        : {}),
    });
  });

  const party = source.billedTo;
  const buyer: BuyerParty = {
    kind: party.companyName || party.vatId ? 'business' : 'consumer',
    name: party.companyName ?? party.name,
    address: {
      street: party.addressLine1,
      ...(party.addressLine2 ? { additionalStreet: party.addressLine2 } : {}),
      city: party.city,
      postalCode: party.postalCode,
      country: party.country,
    },
    ...(party.vatId ? { vatId: party.vatId } : {}),
    contact: { name: party.name },
  };

  return {
    kind: 'invoice',
    number: source.number,
    issueDate: day(source.issuedAt),
    ...(source.dueAt ? { dueDate: day(source.dueAt) } : {}),
    currency: source.currency,
    pricesIncludeVat: true,
    // The person the invoice is for: what Norwegian and Dutch buyers route an invoice by.
    buyerReference: party.name,
    seller: seller ? sellerOf(seller) : {},
    buyer,
    lines,
    ...(allowances.length > 0 ? { allowanceCharges: allowances } : {}),
    ...(source.amountPaidMinor > 0 ? { paidMinor: source.amountPaidMinor } : {}),
    ...(seller ? { payment: paymentOf(seller, source) } : {}),
    ...(options.pdf ? { attachment: { filename: `${source.number}.pdf`, pdf: options.pdf } } : {}),
  };
}

function sellerOf(seller: StoredSellerIdentity): EinvoiceInput['seller'] {
  const registerScheme = REGISTER_SCHEMES[seller.country];
  return {
    legalName: seller.legalForm ? `${seller.legalName} ${seller.legalForm}` : seller.legalName,
    address: {
      street: seller.addressLine1,
      ...(seller.addressLine2 ? { additionalStreet: seller.addressLine2 } : {}),
      city: seller.city,
      postalCode: seller.postalCode,
      country: seller.country,
    },
    ...(seller.vatId ? { vatId: seller.vatId } : {}),
    ...(seller.organisationNumber ? { organisationNumber: seller.organisationNumber, ...(registerScheme ? { organisationScheme: registerScheme } : {}) } : {}),
    // A Norwegian company registered in Foretaksregisteret says so (EHF rule NO-R-002).
    ...(seller.country === 'NO' && seller.organisationNumber ? { taxRegistration: 'Foretaksregisteret' } : {}),
    ...(seller.peppolScheme && seller.peppolValue ? { peppolId: { scheme: seller.peppolScheme, value: seller.peppolValue } } : {}),
    contact: { email: seller.contactEmail, ...(seller.contactPhone ? { phone: seller.contactPhone } : {}) },
    bankAccount: {
      ...(seller.iban ? { iban: seller.iban } : {}),
      ...(seller.bic ? { bic: seller.bic } : {}),
      ...(seller.domesticAccount ? { domesticAccount: seller.domesticAccount } : {}),
      accountName: seller.legalName,
    },
  };
}

/** Paid by transfer with the invoice's reference: a KID to a Norwegian account, else SEPA (RF). */
function paymentOf(seller: StoredSellerIdentity, source: InvoicePdfInput['invoice']): PaymentInput {
  const reference = source.paymentReference ?? undefined;
  if (seller.domesticAccount && (source.currency === 'NOK' || !seller.iban)) return { means: 'credit-transfer', ...(reference ? { reference } : {}) };
  return { means: source.currency === 'EUR' ? 'sepa-credit-transfer' : 'credit-transfer', ...(reference ? { reference } : {}) };
}
