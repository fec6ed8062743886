import type { VatNotes } from '@/lib/billing/vat/document-vat';
import type { VatCategoryCode } from '@/lib/billing/vat/vat-category';
import type { Locale } from '@/lib/i18n/locales';

/** One invoice line as stored: amounts in minor units, VAT included, rounded once per line. */
export type InvoicePdfLine = {
  description: string;
  quantity: number;
  unitAmountMinor: number;
  /** VAT included. */
  amountMinor: number;
  taxRateBp: number;
  taxMinor: number;
  /** EN 16931 VAT category; null on lines stored before categories were (S above 0 %, Z at 0 %). */
  vatCategory?: VatCategoryCode | null;
  /** The term a plan line covers, ISO 8601, end exclusive; null for other lines. */
  periodStart: string | null;
  periodEnd: string | null;
};

/** What the invoice was issued to, as frozen on it at finalization. */
export type InvoicePdfParty = {
  name: string;
  companyName: string | null;
  vatId: string | null;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
  /** Frozen on documents since customer types existed; older ones are read from their company and VAT id. */
  customerType?: 'consumer' | 'business';
  organisationNumber?: string | null;
  /** The buyer's Peppol participant id: not printed, the e-invoice's address. */
  peppolScheme?: string | null;
  peppolId?: string | null;
  phone?: string | null;
};

/**
 * The seller's legal identity in force on the document's issue date (see seller_identities):
 * what an EU/EEA invoice must name, and where to pay by transfer.
 */
export type PdfSellerIdentity = {
  legalName: string;
  legalForm: string | null;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
  vatId: string | null;
  organisationNumber: string | null;
  /** The Peppol participant id (ICD scheme and value): not printed, used by the e-invoice. */
  peppolScheme: string | null;
  peppolValue: string | null;
  contactEmail: string;
  contactPhone: string | null;
  iban: string | null;
  bic: string | null;
  domesticAccount: string | null;
};

/**
 * The seller as the documents show it, and the time zone its dates are read in. Without an
 * identity (none saved yet on the issue date) a document names the shop and its support address.
 */
export type PdfShop = { name: string; supportEmail: string; timeZone: string; identity?: PdfSellerIdentity | null };

/**
 * Everything an invoice PDF shows, as plain JSON-able data: the renderer never queries, so the
 * same input gives the same document (the customer's download, the e-mail attachment).
 */
export type InvoicePdfInput = {
  /** The customer's language. */
  locale: Locale;
  shop: PdfShop;
  invoice: {
    number: string;
    status: 'open' | 'paid' | 'void' | 'uncollectible';
    currency: string;
    /** ISO 8601. */
    issuedAt: string;
    dueAt: string | null;
    paidAt: string | null;
    billedTo: InvoicePdfParty;
    lines: InvoicePdfLine[];
    /** Excluding VAT; subtotal + tax = total. */
    subtotalMinor: number;
    taxMinor: number;
    totalMinor: number;
    amountPaidMinor: number;
    /** Taken back by credit notes. */
    creditedMinor: number;
    paymentReference: string | null;
    /** Why lines carry no VAT, per category (reverse charge, export...): printed on the document. */
    vatNotes?: VatNotes | null;
    /** As frozen at finalisation: priced from VAT-inclusive prices (absent: true) or from net prices. */
    pricesIncludeVat?: boolean;
  };
};
