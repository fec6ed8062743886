import type { VatCategoryCode } from './vat/vat-category';

/** One line of a priced invoice. Amounts are VAT-inclusive minor units; `taxMinor` is the VAT in them. */
export type PricedLine = {
  kind: 'plan' | 'setup_fee' | 'discount' | 'one_off' | 'shipping' | 'reminder_fee' | 'proration';
  /** The cart item the line came from; null for discount lines, which span items. */
  ref: string | null;
  description: string;
  quantity: number;
  unitAmountMinor: number;
  amountMinor: number;
  taxRateBp: number;
  taxMinor: number;
  /** EN 16931 VAT category; absent on lines priced without a VAT decision (S above 0 %, else Z). */
  vatCategory?: VatCategoryCode;
};
