import { isSEPACountry, validateIBAN, ValidationErrorsIBAN } from 'ibantools';

export type IbanError = 'format' | 'not_sepa' | 'length' | 'checksum';
export type ParsedIban = { ok: true; iban: string; country: string } | { ok: false; error: IbanError };

/**
 * An IBAN as a payer types it (spaces, lower case, the printed "IBAN" prefix) checked for a SEPA
 * direct debit: the country takes part in SEPA (an IBAN of another country can be valid and still
 * not be debited), the length and format are that country's, and the ISO 13616 check digits hold.
 * The rules per country are ibantools' (as for the seller's own IBAN in settings); this only names
 * the problem so the payer can be told which. Returns the IBAN compact and upper case.
 */
export function parseSepaIban(input: string): ParsedIban {
  const compact = input.replace(/[\s-]+/g, '').toUpperCase().replace(/^IBAN/, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(compact)) return { ok: false, error: 'format' };
  const country = compact.slice(0, 2);
  if (!isSEPACountry(country)) return { ok: false, error: 'not_sepa' };
  const { errorCodes } = validateIBAN(compact);
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANLength)) return { ok: false, error: 'length' };
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANFormat)) return { ok: false, error: 'format' };
  if (errorCodes.length > 0) return { ok: false, error: 'checksum' };
  return { ok: true, iban: compact, country };
}
