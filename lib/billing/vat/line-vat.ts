import { err, ok, type Result } from '../result';
import { decideVat, type SupplyKind, type VatDecisionInput } from './decide-vat';
import type { VatCategoryCode } from './vat-category';
import type { TaxClass, VatRateTable } from './vat-rates';

/** Who sells to whom: the parts of a VAT decision that are the same for every line of a document. */
export type VatContext = {
  seller: VatDecisionInput['seller'];
  buyer: VatDecisionInput['buyer'];
  rates?: VatRateTable;
};

/** What a line sells, as the catalog says: its tax class, the kind of supply, the shop's own rate. */
export type TaxableItem = {
  taxClass: TaxClass;
  supply: SupplyKind;
  /** The rate the merchant set on the plan or product for sales in the shop's own country. */
  shopRateBp: number;
};

/** A line's VAT as stored: category, rate, and the legal note the document prints for it. */
export type LineVat = { category: VatCategoryCode; rateBp: number; legalNote: string | null; message: string; requiresCountryEvidence: boolean };

/** A product kind of the catalog as the kind of supply the VAT rules distinguish. */
export function supplyKindOf(productKind: 'digital' | 'download' | 'service' | 'physical'): SupplyKind {
  return productKind === 'download' ? 'digital' : productKind;
}

/**
 * Without a context (an anonymous cart, a shop whose identity names no country the rules know):
 * the shop's own rate, as before e-invoicing: S above 0 %, otherwise zero-rated or exempt.
 */
function shopOwn(item: TaxableItem): LineVat {
  const base = { legalNote: null, message: "The shop's own rate.", requiresCountryEvidence: false };
  if (item.taxClass === 'exempt') return { ...base, category: 'E', rateBp: 0, legalNote: 'Exempt from VAT' };
  return item.shopRateBp > 0 && item.taxClass !== 'zero'
    ? { ...base, category: 'S', rateBp: item.shopRateBp }
    : { ...base, category: 'Z', rateBp: 0 };
}

/**
 * The VAT of one line for this buyer (decideVat), with one rule of the shop's: where the shop's
 * own country's VAT applies, the rate the merchant set on the plan or product wins over the table
 * (the table is a default; the merchant's catalog says what their product is taxed at at home).
 *
 * NOTE: prices are VAT-inclusive and stay what the customer was shown: a reverse-charged or
 * exported line costs the same and contains no VAT, an OSS line contains the destination
 * country's VAT. Only the split between net and VAT changes, never the amount due.
 */
export function lineVat(context: VatContext | null, taxable: TaxableItem): Result<LineVat, string> {
  // NOTE: a taxable item the merchant prices at 0 % at home is zero-rated, wherever it goes.
  const item: TaxableItem = taxable.shopRateBp === 0 && taxable.taxClass !== 'exempt' ? { ...taxable, taxClass: 'zero' } : taxable;
  if (context === null) return ok(shopOwn(item));
  const decided = decideVat({ ...context, supply: item.supply, taxClass: item.taxClass });
  if (!decided.ok) {
    if (decided.error.code === 'unsupported-seller-country') return ok(shopOwn(item));
    return err(decided.error.message);
  }
  const { category, rateCountry, legalNote, message, requiresCountryEvidence } = decided.value;
  const atHome = category.code === 'S' && rateCountry === context.seller.country && item.shopRateBp > 0;
  return ok({ category: category.code, rateBp: atHome ? item.shopRateBp : category.rateBp, legalNote, message, requiresCountryEvidence });
}
