/**
 * EN 16931 VAT category codes (UNCL5305 subset that Peppol BIS 3.0 accepts for our supplies).
 * A reduced rate is not a category of its own: it is `S` with another rate.
 *
 * - S  standard rated (any rate above 0, including reduced rates)
 * - Z  zero rated (taxable at 0 %, e.g. newspapers in Norway)
 * - E  exempt from VAT (e.g. education, health)
 * - AE reverse charge: the buyer accounts for the VAT (intra-EU B2B services)
 * - K  intra-Community supply of goods (B2B goods shipped to another EU country)
 * - G  export outside the EU (and, for a Norwegian seller, any supply abroad)
 * - O  outside the scope of VAT (e.g. a reminder fee: compensation, not a supply)
 */
export const VAT_CATEGORY_CODES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O'] as const;
export type VatCategoryCode = (typeof VAT_CATEGORY_CODES)[number];

/** A category with its rate in basis points (2500 = 25 %). Only `S` has a rate above 0. */
export type VatCategory = { code: VatCategoryCode; rateBp: number };

/**
 * Why no VAT is charged, as EN 16931 wants it in the VAT breakdown (BT-120 text, BT-121 code;
 * BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10). The codes are from the CEF VATEX list.
 */
export type VatExemption = { code: string; text: string };

const EXEMPTIONS: Readonly<Partial<Record<VatCategoryCode, VatExemption>>> = {
  E: { code: 'VATEX-EU-132', text: 'Exempt from VAT' },
  AE: { code: 'VATEX-EU-AE', text: 'Reverse charge' },
  K: { code: 'VATEX-EU-IC', text: 'Intra-Community supply' },
  G: { code: 'VATEX-EU-G', text: 'Export outside the EU' },
  O: { code: 'VATEX-EU-O', text: 'Not subject to VAT' },
};

/** The exemption a category needs in the VAT breakdown, or null for S and Z (which have none). */
export function exemptionFor(code: VatCategoryCode): VatExemption | null {
  return EXEMPTIONS[code] ?? null;
}

/** Builds a category, refusing a rate that EN 16931 forbids for it (BR-Z-05, BR-E-05, BR-AE-05...). */
export function vatCategory(code: VatCategoryCode, rateBp = 0): VatCategory {
  if (!Number.isInteger(rateBp) || rateBp < 0 || rateBp > 10_000) {
    throw new RangeError(`VAT rate must be 0..10000 basis points, got ${rateBp}`);
  }
  if (code === 'S' && rateBp === 0) throw new RangeError('Category S needs a rate above 0 (use Z for 0 %)');
  if (code !== 'S' && rateBp !== 0) throw new RangeError(`Category ${code} must have rate 0, got ${rateBp}`);
  return { code, rateBp };
}

/** One VAT breakdown group per category and rate (BR-CO-18 and the BR-S-08 "per rate" rule). */
export function categoryKey(category: VatCategory): string {
  return `${category.code}:${category.rateBp}`;
}
