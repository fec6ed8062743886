import { checkVAT, countries } from 'jsvat';
import { err, ok, type Result } from '@/lib/billing/result';
import { countryName } from './country-name';
import { isBelgianEnterpriseNumber, isNorwegianOrgNumber } from './registry-numbers';
import { VAT_ID_FORMATS, vatPrefixOf } from './vat-id-formats';

export type VatId = {
  /** ISO 3166 country the id belongs to (GR for an EL id, GB for an XI id). */
  country: string;
  /** Normalised: upper case, no spaces or punctuation, Norwegian ids with their MVA suffix. */
  value: string;
};

export type VatIdError = {
  code: 'empty' | 'unknown-prefix' | 'format' | 'check-digits' | 'wrong-country';
  message: string;
};

/**
 * NOTE: the per-country check-digit algorithms are jsvat's (format and checksum for the EU, GB
 * and CH, no network); Belgium and Norway use our own, because jsvat rejects the Belgian
 * 1-series enterprise numbers and we share the Norwegian mod 11 with the Peppol 0192 check.
 * An id that passes is well-formed, not necessarily issued: VIES can confirm that (VatNumberChecker).
 */
function passesCheckDigits(prefix: string, body: string): boolean {
  if (prefix === 'BE') return isBelgianEnterpriseNumber(body);
  if (prefix === 'NO') return isNorwegianOrgNumber(body.replace(/MVA$/, ''));
  const asJsvat = prefix === 'XI' ? `GB${body}` : `${prefix}${body}`;
  return checkVAT(asJsvat, countries).isValid;
}

function matchesShape(prefix: string, body: string): boolean {
  if (prefix === 'BE') return /^[01]\d{9}$/.test(body);
  if (prefix === 'NO') return /^\d{9}(MVA)?$/.test(body);
  const asJsvat = prefix === 'XI' ? `GB${body}` : `${prefix}${body}`;
  return checkVAT(asJsvat, countries).isValidFormat;
}

/**
 * Checks a VAT id as a person typed it ("nl 8057.92.461 b01"): known country prefix, the
 * country's shape, its check digits, and, when `country` is given, that the id is that country's.
 */
export function checkVatId(raw: string, country?: string): Result<VatId, VatIdError> {
  const compact = raw.toUpperCase().replace(/[\s.\-/]/g, '');
  if (compact === '') return err({ code: 'empty', message: 'Enter the VAT id.' });
  const prefix = compact.startsWith('CHE') ? 'CHE' : compact.slice(0, 2);
  const format = VAT_ID_FORMATS[prefix];
  if (!format) {
    return err({
      code: 'unknown-prefix',
      message: `A VAT id starts with its country code (e.g. NL, DE, NO); "${compact.slice(0, 2)}" is not one we know.`,
    });
  }
  if (country !== undefined && format.country !== country) {
    return err({
      code: 'wrong-country',
      message: `This is a VAT id from ${countryName(format.country)}; one from ${countryName(country)} starts with ${vatPrefixOf(country)}.`,
    });
  }
  const body = compact.slice(prefix.length);
  if (!matchesShape(prefix, body)) {
    return err({ code: 'format', message: `A VAT id from ${countryName(format.country)} is ${format.shape}.` });
  }
  if (!passesCheckDigits(prefix, body)) {
    return err({ code: 'check-digits', message: 'This VAT id has a typing error: its check digits do not match. Check each digit.' });
  }
  const value = prefix === 'NO' && !body.endsWith('MVA') ? `${compact}MVA` : compact;
  return ok({ country: format.country, value });
}
