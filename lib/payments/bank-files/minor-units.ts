import { currencyExponent, isSupportedCurrency } from '@/lib/billing/currency';
import { manageMessage } from '@/lib/i18n/manage-code';

/** `reason`: a dashboard.manage.messages code with its values (the bank import words it for staff). */
export type MinorUnitsResult = { ok: true; minor: number } | { ok: false; reason: string };

// xs:decimal without a minus (camt amounts are never negative): "49.90", "+1000", ".5", "5."
// are all lexically valid.
const DECIMAL = /^\+?(?=\.?\d)(\d*)(?:\.(\d*))?$/;

/**
 * Converts a bank file's decimal amount ("1234.50") into integer minor units of `currency`
 * with string and BigInt arithmetic only: a float would turn 0.29 EUR into 28.999… cents.
 *
 * NOTE: decimals beyond the currency's minor unit are accepted only when they are zeros
 * ("100.00" JPY is 100); anything else means the file and we disagree on the currency, and a
 * silent rounding would book a different amount than the bank did.
 */
export function decimalToMinor(text: string, currency: string): MinorUnitsResult {
  if (!isSupportedCurrency(currency)) return { ok: false, reason: manageMessage('bankAmountCurrencyUnknown', { currency }) };
  const match = DECIMAL.exec(text.trim());
  if (!match) return { ok: false, reason: manageMessage('bankAmountNotNumber', { text }) };

  const exponent = currencyExponent(currency);
  const [, whole, fraction = ''] = match;
  const kept = fraction.slice(0, exponent);
  if (/[^0]/.test(fraction.slice(exponent))) {
    return { ok: false, reason: manageMessage('bankAmountDecimals', { text, currency, exponent }) };
  }

  const minor = BigInt(whole || '0') * 10n ** BigInt(exponent) + BigInt(kept.padEnd(exponent, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: manageMessage('bankAmountTooLarge', { text }) };
  return { ok: true, minor: Number(minor) };
}
