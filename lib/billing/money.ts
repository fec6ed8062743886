import { dinero, toDecimal } from 'dinero.js';
import { currencyExponent } from './currency';
import { assertMinor, divideHalfUp, toExactDecimal } from './rounding';

/**
 * Money in the billing core is an integer number of minor units (cents, øre, yen, fils) in a JS
 * number, asserted to be a safe integer wherever it enters. Products that could pass 2^53 on the
 * way (amount x rate) are computed in bigint and rounded once, HALF_UP.
 */
export { currencyExponent, isSupportedCurrency } from './currency';
export { parseMoney } from './parse-money';
export { allocateMinor } from './allocate-minor';
export { assertMinor } from './rounding';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats for display, e.g. "€32.00" (en) or "32,00 €" (nb-NO). The default locale is fixed
 * rather than the runtime's so that a server render and a browser render print the same text.
 */
export function formatMoney(amountMinor: number, currency: string, locale = 'en'): string {
  assertMinor(amountMinor);
  const exponent = currencyExponent(currency);
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // NOTE: ICU's idea of a currency's decimals differs from ISO 4217 for a few codes; the
    // amounts are ISO minor units, so the exponent is forced.
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    formatters.set(key, formatter);
  }
  // An exact decimal string, never amount / 100: the float would misprint cents above ~2^46.
  const decimal = toDecimal(dinero({ amount: amountMinor, currency: { code: currency, base: 10, exponent } }));
  return formatter.format(decimal as Intl.StringNumericLiteral);
}

/** `percent` % of an amount, HALF_UP: 10% of 2495 is 249.5, which gives 250. */
export function percentOfMinor(amountMinor: number, percent: number): number {
  assertMinor(amountMinor);
  if (percent < 0) throw new RangeError(`Percent must not be negative, got ${percent}`);
  const { units, scale } = toExactDecimal(percent);
  return divideHalfUp(BigInt(amountMinor) * units, 100n * 10n ** BigInt(scale));
}

/**
 * The VAT contained in a VAT-inclusive amount: gross x rate / (1 + rate), HALF_UP.
 * `taxRateBp` is in basis points (2500 = 25%). Symmetric: a negative gross gives the mirrored tax.
 */
export function taxIncludedMinor(grossMinor: number, taxRateBp: number): number {
  assertMinor(grossMinor, 'gross');
  if (!Number.isInteger(taxRateBp) || taxRateBp < 0 || taxRateBp > 10_000) {
    throw new RangeError(`Tax rate must be 0..10000 basis points, got ${taxRateBp}`);
  }
  return divideHalfUp(BigInt(grossMinor) * BigInt(taxRateBp), 10_000n + BigInt(taxRateBp));
}

/**
 * The VAT on a net amount: net x rate, HALF_UP (symmetric for a negative net). The VAT of one
 * line alone; a net-price invoice then settles its VAT per category (settleNetVat).
 */
export function taxOnNetMinor(netMinor: number, taxRateBp: number): number {
  assertMinor(netMinor, 'net');
  if (!Number.isInteger(taxRateBp) || taxRateBp < 0 || taxRateBp > 10_000) {
    throw new RangeError(`Tax rate must be 0..10000 basis points, got ${taxRateBp}`);
  }
  return 0 + divideHalfUp(BigInt(netMinor) * BigInt(taxRateBp), 10_000n);
}

export function sumMinor(amounts: number[]): number {
  let total = 0;
  for (const amount of amounts) {
    assertMinor(amount);
    total += amount;
    // Checked at every step: past 2^53 a float sum is already inexact even if it comes back down.
    assertMinor(total, 'sum');
  }
  return total;
}
