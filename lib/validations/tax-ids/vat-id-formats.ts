/**
 * VAT id prefixes we check, with the ISO country each belongs to and its shape in words (for the
 * message a person reads when the id does not fit). The prefix is not always the ISO code:
 * Greece uses EL, Northern Ireland XI (country GB), Switzerland CHE.
 */
export const VAT_ID_FORMATS: Readonly<Record<string, { country: string; shape: string }>> = {
  AT: { country: 'AT', shape: 'ATU followed by 8 digits' },
  BE: { country: 'BE', shape: 'BE followed by 10 digits starting with 0 or 1' },
  BG: { country: 'BG', shape: 'BG followed by 9 or 10 digits' },
  CY: { country: 'CY', shape: 'CY followed by 8 digits and a letter' },
  CZ: { country: 'CZ', shape: 'CZ followed by 8 to 10 digits' },
  DE: { country: 'DE', shape: 'DE followed by 9 digits' },
  DK: { country: 'DK', shape: 'DK followed by 8 digits' },
  EE: { country: 'EE', shape: 'EE followed by 9 digits' },
  EL: { country: 'GR', shape: 'EL followed by 9 digits' },
  ES: { country: 'ES', shape: 'ES followed by 9 characters: digits, with a letter first and/or last' },
  FI: { country: 'FI', shape: 'FI followed by 8 digits' },
  FR: { country: 'FR', shape: 'FR followed by 2 check characters and the 9-digit SIREN' },
  HR: { country: 'HR', shape: 'HR followed by 11 digits' },
  HU: { country: 'HU', shape: 'HU followed by 8 digits' },
  IE: { country: 'IE', shape: 'IE followed by 7 digits and 1 or 2 letters' },
  IT: { country: 'IT', shape: 'IT followed by 11 digits' },
  LT: { country: 'LT', shape: 'LT followed by 9 or 12 digits' },
  LU: { country: 'LU', shape: 'LU followed by 8 digits' },
  LV: { country: 'LV', shape: 'LV followed by 11 digits' },
  MT: { country: 'MT', shape: 'MT followed by 8 digits' },
  NL: { country: 'NL', shape: 'NL followed by 9 digits, the letter B and 2 digits' },
  PL: { country: 'PL', shape: 'PL followed by 10 digits' },
  PT: { country: 'PT', shape: 'PT followed by 9 digits' },
  RO: { country: 'RO', shape: 'RO followed by 2 to 10 digits' },
  SE: { country: 'SE', shape: 'SE followed by 12 digits ending in 01' },
  SI: { country: 'SI', shape: 'SI followed by 8 digits' },
  SK: { country: 'SK', shape: 'SK followed by 10 digits' },
  NO: { country: 'NO', shape: 'NO followed by the 9-digit organisation number and MVA' },
  GB: { country: 'GB', shape: 'GB followed by 9 or 12 digits' },
  XI: { country: 'GB', shape: 'XI followed by 9 or 12 digits' },
  CHE: { country: 'CH', shape: 'CHE followed by 9 digits (optionally MWST, TVA or IVA)' },
};

/** The VAT id prefix of a country: its ISO code except Greece (EL) and Switzerland (CHE). */
export function vatPrefixOf(country: string): string {
  return country === 'GR' ? 'EL' : country === 'CH' ? 'CHE' : country;
}
