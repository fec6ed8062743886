import { currencyExponent } from '@/lib/billing/currency';

/** EN 16931 states amounts with at most 2 decimals (BR-DEC-*); 3-decimal currencies are in steps of 10. */
const MAX_DECIMALS = 2;

function decimalText(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative ? `-${text}` : text;
}

/** Writes amounts of one currency: 1250 EUR -> "12.50", 1000 JPY -> "1000", 12350 KWD -> "12.35". */
export function amountWriter(currency: string) {
  const exponent = currencyExponent(currency);
  const decimals = Math.min(exponent, MAX_DECIMALS);
  const scale = 10n ** BigInt(exponent - decimals);
  return {
    amount(minor: number): string {
      const units = BigInt(minor);
      if (units % scale !== 0n) throw new RangeError(`${minor} ${currency} minor units do not fit ${decimals} decimals`);
      return decimalText(units / scale, decimals);
    },
    /** A unit price, net amount / quantity, to 4 more decimals than amounts (prices have no limit). */
    price(numeratorMinor: bigint, quantity: bigint): string {
      const extra = 4;
      const denominator = quantity * scale;
      const scaled = numeratorMinor * 10n ** BigInt(extra);
      const rounded = (2n * scaled + denominator) / (2n * denominator);
      return decimalText(rounded, decimals + extra).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    },
  };
}

export type AmountWriter = ReturnType<typeof amountWriter>;

/** A rate in basis points as a percentage: 2500 -> "25", 2550 -> "25.5", 0 -> "0". */
export function percentText(rateBp: number): string {
  return String(rateBp / 100);
}
