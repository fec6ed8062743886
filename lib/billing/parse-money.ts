import { currencyExponent } from './currency';
import { err, ok, type Result } from './result';

// A space (also the no-break and narrow no-break spaces Norwegian and French locales print)
// between digit groups of three is a thousands separator: "1 234,50".
const GROUP_SPACE = /(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g;
const AMOUNT = /^(\d+)(?:[.,](\d+))?$/;

/**
 * Reads an amount typed by a merchant or customer ("32", "32.5", "32,50", "1 234,50") into minor
 * units of `currency`. Either "." or "," is the decimal separator.
 *
 * NOTE: more decimals than the currency has are rejected, not rounded, even when they are zeros:
 * "32,500" in EUR is far more likely thirty-two thousand five hundred than 32.50, and a price
 * must never change silently between what was typed and what is charged.
 */
export function parseMoney(input: string, currency: string): Result<number> {
  const exponent = currencyExponent(currency);
  const text = input.trim().replace(GROUP_SPACE, '');
  const example = exponent === 0 ? '3200' : `32.${'5'.padEnd(exponent, '0')}`;

  if (text === '') return err('Enter an amount.');
  if (/^[-\u2212]/.test(text)) return err('The amount cannot be negative.');
  const match = AMOUNT.exec(text);
  if (!match) {
    return err(`Enter an amount like ${example}, with at most one decimal separator and no thousands separators.`);
  }

  const [, whole, fraction = ''] = match;
  if (fraction.length > exponent) {
    return err(
      exponent === 0
        ? `${currency} amounts have no decimals.`
        : `${currency} amounts have at most ${exponent} decimal${exponent === 1 ? '' : 's'}.`,
    );
  }

  const minor = BigInt(whole) * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return err('The amount is too large.');
  return ok(Number(minor));
}
