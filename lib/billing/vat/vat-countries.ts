/** EU member states (ISO 3166-1 alpha-2; Greece is GR here, EL only in VAT ids). As of 2026. */
const EU = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
  'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** The EEA adds Norway, Iceland and Liechtenstein, which are outside the EU VAT area. */
const EEA_ONLY = new Set(['NO', 'IS', 'LI']);

export function isEuCountry(country: string): boolean {
  return EU.has(country);
}

/**
 * NOTE: EEA membership does not make a country part of the EU VAT area: the VAT Directive
 * (2006/112/EC) applies to the EU only, so for VAT a sale between Norway and an EU country is an
 * import/export like any other third-country trade. Kept separate so no rule confuses the two.
 */
export function isEeaCountry(country: string): boolean {
  return EU.has(country) || EEA_ONLY.has(country);
}
