import type { VatCategoryCode } from './vat/vat-category';

/** A line of a credit note: the part of one invoice line it takes back, VAT included. */
export type CreditLine = {
  invoiceLineId: string;
  description: string;
  quantity: number;
  /** VAT included; negative for a discount line. */
  amountMinor: number;
  taxRateBp: number;
  taxMinor: number;
  /** The invoice line's VAT category, mirrored (null on lines stored before categories were). */
  vatCategory?: VatCategoryCode | null;
};

/** An invoice line as a credit note sees it: what it charged and what earlier notes took back. */
export type CreditableLine = CreditLine & {
  /** Taken back by earlier credit notes (same sign as the line). */
  creditedMinor: number;
  creditedTaxMinor: number;
};
