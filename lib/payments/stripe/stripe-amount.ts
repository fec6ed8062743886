import { assertMinor, currencyExponent } from '@/lib/billing/money';

/**
 * NOTE: Stripe's minor unit is ISO 4217's except for two currencies: ISK stays a two-decimal
 * currency in Stripe's API (100 = 1 króna) although ISO has no decimals, and Stripe counts MGA
 * in whole ariary where ISO (and our ledger) has two decimals.
 */
const STRIPE_EXPONENTS: Readonly<Record<string, number>> = { ISK: 2, MGA: 0 };

/**
 * Our integer minor units (ISO 4217) in Stripe's unit for the currency: 1999 EUR -> 1999,
 * 500 JPY -> 500, 5 ISK -> 500. Throws where Stripe cannot take the amount exactly instead of
 * rounding money away.
 */
export function toStripeAmount(amountMinor: number, currency: string): number {
  assertMinor(amountMinor);
  if (amountMinor < 0) throw new RangeError(`Stripe amounts cannot be negative, got ${amountMinor}`);
  const isoExponent = currencyExponent(currency);
  const stripeExponent = STRIPE_EXPONENTS[currency] ?? isoExponent;
  let amount = amountMinor;
  if (stripeExponent > isoExponent) amount = amountMinor * 10 ** (stripeExponent - isoExponent);
  if (stripeExponent < isoExponent) {
    const factor = 10 ** (isoExponent - stripeExponent);
    if (amountMinor % factor !== 0)
      throw new RangeError(`Stripe takes ${currency} in whole units, got ${amountMinor} minor units`);
    amount = amountMinor / factor;
  }
  // Stripe's partners settle three-decimal currencies (KWD, BHD, ...) to the hundredth only.
  if (stripeExponent === 3 && amount % 10 !== 0) {
    throw new RangeError(`Stripe takes ${currency} in multiples of 10 minor units, got ${amountMinor}`);
  }
  assertMinor(amount);
  return amount;
}

/** Stripe wants ISO codes in lower case. */
export function toStripeCurrency(currency: string): string {
  return currency.toLowerCase();
}
