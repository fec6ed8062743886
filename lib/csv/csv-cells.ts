import { currencyExponent } from '@/lib/billing/money';

/**
 * Minor units as a plain decimal string in the currency's own exponent ("1234.50", "-0.05",
 * "1200" for JPY): string arithmetic, never a float, no grouping, a dot whatever the locale, so
 * a spreadsheet or an accounting import reads exactly the amount we stored.
 */
export function minorToDecimal(amountMinor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(amountMinor)).padStart(exponent + 1, '0');
  const sign = amountMinor < 0 ? '-' : '';
  if (exponent === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/**
 * NOTE: a name or reference typed by a customer ("=HYPERLINK(...)") would run as a formula when
 * the file is opened in a spreadsheet; such text cells get a leading apostrophe (OWASP's advice).
 */
export function csvText(value: string | null | undefined): string {
  if (!value) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
