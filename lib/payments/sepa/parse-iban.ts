import { alphanumericMod97 } from '../references/mod97';

/**
 * IBAN lengths of the countries in the SEPA scheme (EPC list: the EU and EEA, Switzerland, the
 * United Kingdom, Monaco, San Marino, Andorra, Vatican City, Gibraltar). An IBAN of any other
 * country can be valid and still not be debited by SEPA direct debit.
 */
const SEPA_IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27,
  VA: 22,
};

export type IbanError = 'format' | 'not_sepa' | 'length' | 'checksum';
export type ParsedIban = { ok: true; iban: string; country: string } | { ok: false; error: IbanError };

/**
 * An IBAN as a payer types it (spaces, lower case, the printed "IBAN" prefix) checked for a SEPA
 * direct debit: the country takes part in SEPA, the length is that country's, and the ISO 13616
 * check digits hold (MOD 97-10 of the rearranged number is 1). Returns it compact and upper case.
 */
export function parseSepaIban(input: string): ParsedIban {
  const compact = input.replace(/[\s-]+/g, '').toUpperCase().replace(/^IBAN/, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(compact)) return { ok: false, error: 'format' };
  const country = compact.slice(0, 2);
  const length = SEPA_IBAN_LENGTHS[country];
  if (length === undefined) return { ok: false, error: 'not_sepa' };
  if (compact.length !== length) return { ok: false, error: 'length' };
  if (alphanumericMod97(compact.slice(4) + compact.slice(0, 4)) !== 1) return { ok: false, error: 'checksum' };
  return { ok: true, iban: compact, country };
}
