/** What a product or plan is taxed as; the rate itself depends on the country whose VAT applies. */
export const TAX_CLASSES = ['standard', 'reduced', 'zero', 'exempt'] as const;
export type TaxClass = (typeof TAX_CLASSES)[number];

/** Rates of one country in basis points. `reduced` is the rate a shop's "reduced" products use. */
export type CountryVatRates = { standard: number; reduced?: number };
export type VatRateTable = Readonly<Record<string, CountryVatRates>>;

/**
 * Standard and main reduced rates of the EU member states and Norway as published for 2025-2026
 * (EE 24 % from 2025-07, RO 21 % from 2025-08, SK 23 % from 2025-01, FI 25.5 % from 2024-09).
 * Which reduced rate a product gets varies by product and country (books, food, passenger
 * transport...), so a shop passes its own table (settings) for what it sells; this is the default.
 * Denmark has no reduced rate.
 */
export const DEFAULT_VAT_RATES: VatRateTable = {
  AT: { standard: 2000, reduced: 1000 },
  BE: { standard: 2100, reduced: 600 },
  BG: { standard: 2000, reduced: 900 },
  CY: { standard: 1900, reduced: 500 },
  CZ: { standard: 2100, reduced: 1200 },
  DE: { standard: 1900, reduced: 700 },
  DK: { standard: 2500 },
  EE: { standard: 2400, reduced: 900 },
  ES: { standard: 2100, reduced: 1000 },
  FI: { standard: 2550, reduced: 1400 },
  FR: { standard: 2000, reduced: 550 },
  GR: { standard: 2400, reduced: 1300 },
  HR: { standard: 2500, reduced: 1300 },
  HU: { standard: 2700, reduced: 500 },
  IE: { standard: 2300, reduced: 1350 },
  IT: { standard: 2200, reduced: 1000 },
  LT: { standard: 2100, reduced: 900 },
  LU: { standard: 1700, reduced: 800 },
  LV: { standard: 2100, reduced: 1200 },
  MT: { standard: 1800, reduced: 700 },
  NL: { standard: 2100, reduced: 900 },
  NO: { standard: 2500, reduced: 1500 },
  PL: { standard: 2300, reduced: 800 },
  PT: { standard: 2300, reduced: 600 },
  RO: { standard: 2100, reduced: 1100 },
  SE: { standard: 2500, reduced: 1200 },
  SI: { standard: 2200, reduced: 950 },
  SK: { standard: 2300, reduced: 1900 },
};

/** The rate for a taxable class in a country, or null when the table has none for it. */
export function rateFor(table: VatRateTable, country: string, taxClass: 'standard' | 'reduced'): number | null {
  const rates = table[country];
  if (!rates) return null;
  return (taxClass === 'standard' ? rates.standard : rates.reduced) ?? null;
}
