import { assertMinor, currencyExponent } from '@/lib/billing/money';

/**
 * Our integer minor units as Mollie's amount object: 1999 EUR -> "19.99", 500 JPY -> "500".
 * Built from the digits, never by dividing a float, so no amount can come out a cent off.
 */
export function toMollieAmount(amountMinor: number, currency: string): { currency: string; value: string } {
  assertMinor(amountMinor);
  if (amountMinor < 0) throw new RangeError(`Mollie amounts cannot be negative, got ${amountMinor}`);
  const exponent = currencyExponent(currency);
  if (exponent === 0) return { currency, value: String(amountMinor) };
  const digits = String(amountMinor).padStart(exponent + 1, '0');
  return { currency, value: `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}` };
}

/**
 * Mollie's amount object in our integer minor units: "19.99" EUR -> 1999, "-19.99" -> -1999.
 * Read from the digits, never through a float.
 */
export function fromMollieAmount(amount: { currency: string; value: string }): number {
  const exponent = currencyExponent(amount.currency);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.value);
  if (!match || (match[3] ?? '').length !== exponent) throw new RangeError(`Not a Mollie amount of ${amount.currency}: "${amount.value}"`);
  const minor = Number(`${match[2]}${match[3] ?? ''}`);
  assertMinor(minor);
  return match[1] ? -minor : minor;
}
