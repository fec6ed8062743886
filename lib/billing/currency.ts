import * as isoCurrencies from 'dinero.js/currencies';

/**
 * NOTE: dinero.js models the Malagasy ariary and the Mauritanian ouguiya as base-5 currencies
 * (1 unit = 5 subunits, exponent 1). ISO 4217 lists both with 2 decimals and we store every
 * amount as decimal minor units, so the ISO exponent wins for them.
 */
const NON_DECIMAL_OVERRIDES: Readonly<Record<string, number>> = { MGA: 2, MRU: 2 };

const EXPONENTS: ReadonlyMap<string, number> = new Map(
  Object.values(isoCurrencies).map((currency): [string, number] => {
    const decimal = currency.base === 10;
    const exponent = decimal ? currency.exponent : NON_DECIMAL_OVERRIDES[currency.code];
    if (exponent === undefined) {
      throw new Error(`No decimal exponent known for non-decimal currency ${currency.code}`);
    }
    return [currency.code, exponent];
  }),
);

/**
 * Codes are matched exactly: upper-case ISO 4217 ("EUR"), the form stored in the database.
 * A lower-case code reaching the domain is a bug upstream, so it is not silently accepted.
 */
export function isSupportedCurrency(currency: string): boolean {
  return EXPONENTS.has(currency);
}

/** Digits after the decimal point in the currency's major unit: EUR 2, JPY 0, KWD 3. */
export function currencyExponent(currency: string): number {
  const exponent = EXPONENTS.get(currency);
  if (exponent === undefined) throw new RangeError(`Unknown currency code "${currency}"`);
  return exponent;
}
