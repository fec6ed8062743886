import { isSEPACountry } from 'ibantools';
import { err, ok, type Result } from '@/lib/billing/result';
import { alphanumericMod97 } from '@/lib/payments/references/mod97';

const SHAPE = /^([A-Z]{2})(\d{2})([A-Z0-9]{3})([A-Z0-9]{1,28})$/;

/**
 * A SEPA creditor identifier (EPC262-08): the country code, two check digits, a three-character
 * creditor business code the creditor chooses (ZZZ when none), then the national identifier,
 * at most 35 characters. Checked offline: ISO 7064 MOD 97-10 over the national identifier
 * followed by the country code and the check digits (the business code is not part of the check,
 * so a creditor may change it freely). Returns the identifier compact and upper case.
 */
export function checkSepaCreditorId(raw: string): Result<string, string> {
  const compact = raw.replace(/[\s.\-]/g, '').toUpperCase();
  const parts = SHAPE.exec(compact);
  if (!parts || compact.length > 35) {
    return err('A SEPA creditor identifier is the country code, two check digits, a three-character business code and the national identifier, e.g. NL08ZZZ502057730000.');
  }
  const [, country, check, , national] = parts;
  if (!isSEPACountry(country!)) return err(`${country} is not a SEPA country: a creditor identifier starts with the code of the country that issued it.`);
  if (alphanumericMod97(`${national}${country}${check}`) !== 1) {
    return err('The check digits of this creditor identifier do not match: a character is probably mistyped. Copy it from the letter of your bank or central bank.');
  }
  return ok(compact);
}
