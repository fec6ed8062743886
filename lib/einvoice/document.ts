import type { DocumentTotals } from '@/lib/billing/vat/document-totals';
import type { VatCategory } from '@/lib/billing/vat/vat-category';
import type { PeppolId } from '@/lib/validations/tax-ids/check-peppol-id';

/**
 * The e-invoice document model: plain data, independent of UBL, from which the serializer writes
 * Peppol BIS Billing 3.0. `EinvoiceInput` is what the app hands over (the shop's settings as they
 * are, possibly incomplete); `EinvoiceDocument` is a checked, complete document with its totals.
 */

export type PostalAddress = {
  street: string;
  additionalStreet?: string;
  city: string;
  postalCode: string;
  countrySubentity?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
};

export type Contact = { name?: string; phone?: string; email?: string };

/** The bank account customers pay into: IBAN (+ BIC), or a Norwegian 11-digit account number. */
export type BankAccount = { iban?: string; bic?: string; domesticAccount?: string; accountName?: string };

/** The shop's identity, from its settings. Every field is checked before a document is made. */
export type SellerIdentity = {
  legalName: string;
  tradingName?: string;
  address: PostalAddress;
  /** Normalised VAT id (NO...MVA for Norway). Needed unless the document is all outside VAT (O). */
  vatId?: string;
  /** Business register number, and its ICD scheme (0192 NO, 0106 NL KvK, 0208 BE...). */
  organisationNumber?: string;
  organisationScheme?: string;
  /** BT-33, additional legal information, e.g. "Aksjeselskap". */
  legalForm?: string;
  /**
   * BT-32, the seller's tax registration: for a Norwegian company in the Register of Business
   * Enterprises the text "Foretaksregisteret" (foretaksregisterloven § 10-2; EHF rule NO-R-002).
   */
  taxRegistration?: string;
  peppolId: PeppolId;
  contact: Contact;
  bankAccount: BankAccount;
};

export type BuyerParty = {
  kind: 'business' | 'consumer';
  name: string;
  address: PostalAddress;
  vatId?: string;
  legalId?: { scheme?: string; value: string };
  /** A business's Peppol id; consumers have none (see resolveBuyerEndpoint). */
  peppolId?: PeppolId;
  contact?: Contact;
};

export type EinvoiceLineInput = {
  id: string;
  name: string;
  description?: string;
  /** Whole units; negative for a credited unit on an invoice. */
  quantity: number;
  /** UN/ECE rec 20 unit: C62 (one), MON (month), ANN (year)... */
  unitCode?: string;
  /** Per unit, VAT-inclusive when the document's `pricesIncludeVat`. */
  unitPriceMinor: number;
  category: VatCategory;
  /** Printed as the exemption reason of the category (reverse charge, export...). */
  exemptionNote?: string;
  period?: { start: string; end: string };
};

export type AllowanceChargeInput = {
  kind: 'allowance' | 'charge';
  /** VAT-inclusive when the document's `pricesIncludeVat`, like the lines. */
  amountMinor: number;
  reason: string;
  /** UNCL5189 for allowances (95 discount), UNCL7161 for charges (e.g. FC freight). */
  reasonCode?: string;
  category: VatCategory;
  exemptionNote?: string;
};

export type PaymentInput =
  /** 30 credit transfer (Norwegian KID lives here), 58 SEPA credit transfer. */
  | { means: 'credit-transfer' | 'sepa-credit-transfer'; reference?: string }
  /** 48 bank card: an autopay charge; only the last digits of the card are stated. */
  | { means: 'card'; cardLast4: string; cardNetwork: string };

export type EinvoiceInput = {
  kind: 'invoice' | 'credit-note';
  number: string;
  /** YYYY-MM-DD. */
  issueDate: string;
  dueDate?: string;
  currency: string;
  pricesIncludeVat: boolean;
  /** Peppol wants a buyer reference or an order reference (PEPPOL-EN16931-R003). */
  buyerReference?: string;
  orderReference?: string;
  note?: string;
  seller: Partial<Omit<SellerIdentity, 'address' | 'contact' | 'bankAccount'>> & {
    address?: Partial<PostalAddress>;
    contact?: Contact;
    bankAccount?: BankAccount;
  };
  buyer: BuyerParty;
  lines: EinvoiceLineInput[];
  allowanceCharges?: AllowanceChargeInput[];
  paidMinor?: number;
  invoicePeriod?: { start: string; end: string };
  /** Goods: where they went (needed for intra-Community supplies, BR-IC-12). */
  delivery?: { date?: string; address?: PostalAddress };
  payment?: PaymentInput;
  paymentTerms?: string;
  /** The PDF of the same document, embedded when the buyer wants it. */
  attachment?: { filename: string; pdf: Uint8Array };
  /** A credit note's invoice (BG-3). */
  creditsInvoice?: { number: string; issueDate?: string };
};

export type EinvoiceDocument = Omit<EinvoiceInput, 'seller'> & {
  seller: SellerIdentity;
  totals: DocumentTotals;
  /** One exemption note per VAT breakdown entry (null for S and Z), same order as totals.breakdown. */
  exemptions: ({ code: string; text: string } | null)[];
};
