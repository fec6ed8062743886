import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { customerTypeOf } from '@/lib/billing/vat/buyer-kind';
import type { InvoicePdfParty, PdfSellerIdentity } from '@/lib/pdf/invoice-pdf-input';
import type { BuyerParty, EinvoiceInput, PaymentInput } from './document';

/**
 * The parts every stored document (invoice, credit note) maps the same way to an e-invoice: the
 * seller from its stored identity, the buyer from the snapshot frozen on the document, and how to
 * pay. (The lines, with their VAT categories, are mapped in einvoice-lines.ts.)
 */

/** The stored seller identity (seller_identities), as the settings page saves it: what the PDF names, and its Peppol id. */
export type StoredSellerIdentity = PdfSellerIdentity;

/** The ICD scheme of each country's business register, for the seller's legal registration (BT-30). */
const REGISTER_SCHEMES: Readonly<Record<string, string>> = { NO: '0192', NL: '0106', BE: '0208', DK: '0184', SE: '0007' };

/** An ISO instant as the shop's calendar day (YYYY-MM-DD). */
export function shopDay(iso: string, timeZone: string): string {
  return format(new TZDate(iso, timeZone), 'yyyy-MM-dd');
}

/**
 * The buyer as frozen on the document: its type (a snapshot from before types were stored is a
 * business when it has a company name or VAT id), its organisation number as the legal entity's
 * CompanyID (BT-47, with the register's ICD scheme where the country has one), and its Peppol id
 * as the electronic address (BT-49) when it gave one.
 */
export function buyerOf(party: InvoicePdfParty): BuyerParty {
  const kind = customerTypeOf(party);
  const registerScheme = REGISTER_SCHEMES[party.country];
  const business = kind === 'business';
  return {
    kind,
    name: party.companyName ?? party.name,
    address: {
      street: party.addressLine1,
      ...(party.addressLine2 ? { additionalStreet: party.addressLine2 } : {}),
      city: party.city,
      postalCode: party.postalCode,
      country: party.country,
    },
    ...(party.vatId ? { vatId: party.vatId } : {}),
    ...(business && party.organisationNumber
      ? { legalId: { value: party.organisationNumber, ...(registerScheme ? { scheme: registerScheme } : {}) } }
      : {}),
    ...(business && party.peppolScheme && party.peppolId ? { peppolId: { scheme: party.peppolScheme, value: party.peppolId } } : {}),
    contact: { name: party.name, ...(party.phone ? { phone: party.phone } : {}) },
  };
}

export function sellerOf(seller: StoredSellerIdentity): EinvoiceInput['seller'] {
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

/** A payment by credit transfer (not a card charge). */
export type TransferPayment = Extract<PaymentInput, { means: 'credit-transfer' | 'sepa-credit-transfer' }>;

/** Paid by transfer, with the document's reference if any: a KID to a Norwegian account, else SEPA (RF). */
export function paymentOf(seller: StoredSellerIdentity, currency: string, reference?: string | null): TransferPayment {
  const withReference = reference ? { reference } : {};
  if (seller.domesticAccount && (currency === 'NOK' || !seller.iban)) return { means: 'credit-transfer', ...withReference };
  return { means: currency === 'EUR' ? 'sepa-credit-transfer' : 'credit-transfer', ...withReference };
}
